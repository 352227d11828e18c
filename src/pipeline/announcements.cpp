#include "pipeline/announcements.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace briefcast {

namespace {

std::string count_words(std::size_t n) {
  static const char* const kWords[] = {"No",    "One",   "Two", "Three", "Four", "Five",  "Six",
                                       "Seven", "Eight", "Nine", "Ten",  "Eleven", "Twelve"};
  return n < std::size(kWords) ? kWords[n] : std::to_string(n);
}

// A headline ends its own list item: drop a final full stop so the list reads as one sentence.
std::string list_item(std::string title) {
  while (!title.empty() && (title.back() == '.' || title.back() == ' ')) title.pop_back();
  return title;
}

}  // namespace

std::string spoken_date(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  const year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return "";
  static const char* const kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  const weekday day_of_week{sys_days{date}};
  return std::string(kWeekdays[day_of_week.c_encoding()]) + ", " + kMonths[month - 1] + " " + std::to_string(day);
}

std::vector<std::string> make_intro_sentences(const std::vector<std::string>& titles, const std::string& date,
                                              int about_minutes) {
  std::vector<std::string> sentences;
  sentences.push_back(date.empty() ? "Your briefing." : "Briefing for " + date + ".");
  if (titles.empty()) return sentences;
  if (about_minutes > 0) {
    // A shortened briefing has no time to read its headlines twice: the count and the length.
    std::string number = count_words(static_cast<std::size_t>(about_minutes));
    number[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(number[0])));
    sentences.push_back(count_words(titles.size()) + (titles.size() == 1 ? " story" : " stories") + ", about " +
                        number + (about_minutes == 1 ? " minute." : " minutes."));
    return sentences;
  }
  // A story whose page named no headline has nothing to list; it still counts.
  std::vector<std::string> named;
  for (const auto& title : titles) {
    if (!list_item(title).empty()) named.push_back(list_item(title));
  }
  const std::string count = count_words(titles.size()) + (titles.size() == 1 ? " story" : " stories");
  if (named.empty()) {
    sentences.push_back(count + ".");
    return sentences;
  }
  if (titles.size() == 1) {
    sentences.push_back("One story: " + named[0] + ".");
    return sentences;
  }
  const bool all = named.size() == titles.size() && titles.size() <= kMaxIntroTitles;
  const std::size_t listed = all ? named.size() : std::min<std::size_t>(3, named.size());
  std::string list = count + (all ? ": " : ", starting with: ");
  for (std::size_t i = 0; i < listed; ++i) {
    if (i > 0) list += "; ";
    if (all && i + 1 == listed) list += "and ";
    list += named[i];
  }
  sentences.push_back(list + ".");
  return sentences;
}

std::vector<std::string> make_outro_sentences(const std::string& date) {
  return {date.empty() ? "That was the briefing." : "That was the briefing for " + date + "."};
}

}  // namespace briefcast
