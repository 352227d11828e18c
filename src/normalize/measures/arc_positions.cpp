// A latitude or longitude in degrees and minutes (and seconds) with its hemisphere letter, as
// charts, wreck sites and incident reports give them ("50°23'N", "4°07'W", "51°30'26\"N"):
// "fifty degrees twenty three minutes north". The degree rule took only the degrees and left
// "23'N" to be read as letters and marks.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Digits (with one point) at the front of s; their length, 0 when none.
std::size_t figure_length(std::string_view s) {
  std::size_t n = 0;
  bool point = false;
  while (n < s.size() && (text::is_digit(s[n]) || (s[n] == '.' && !point && n > 0))) {
    point = point || s[n] == '.';
    ++n;
  }
  return n;
}

// A mark after the minutes or seconds: the apostrophe and quote stand in for the primes.
constexpr std::string_view kMinuteMarks[] = {"'", "\u2032", "\u2019"};
constexpr std::string_view kSecondMarks[] = {"\"", "\u2033", "''"};

std::size_t mark_length(std::string_view s, bool seconds) {
  for (std::string_view mark : seconds ? kSecondMarks : kMinuteMarks) {
    if (text::starts_with(s, mark)) return mark.size();
  }
  return 0;
}

std::string said_part(std::string_view digits, std::string_view one, std::string_view many) {
  while (digits.size() > 1 && digits[0] == '0' && digits[1] != '.') digits.remove_prefix(1);
  auto number = text::parse_number(digits);
  if (!number) return {};
  bool single = !number->has_point && number->integer == "1";
  return number_words(*number, false) + " " + std::string(single ? one : many);
}

}  // namespace

std::optional<Match> match_arc_position(const Words& words, std::size_t i) {
  std::string_view s = words[i].core;
  if (s.size() < 6 || s.size() > 24 || !words[i].prefix.empty()) return std::nullopt;
  std::size_t n = figure_length(s);
  if (n == 0 || n > 3 || !text::starts_with(s.substr(n), "\u00b0")) return std::nullopt;
  std::string said = said_part(s.substr(0, n), "degree", "degrees");
  s.remove_prefix(n + 2);
  for (bool seconds : {false, true}) {
    std::size_t k = figure_length(s);
    std::size_t mark = k == 0 ? 0 : mark_length(s.substr(k), seconds);
    if (mark == 0) {
      if (!seconds) return std::nullopt;  // minutes are what this rule is for
      break;
    }
    said += " " + said_part(s.substr(0, k), seconds ? "second" : "minute", seconds ? "seconds" : "minutes");
    s.remove_prefix(k + mark);
  }
  static constexpr std::string_view kNames[] = {"north", "south", "east", "west"};
  std::string_view suffix = words[i].suffix;
  // "51°28'12.4\" N": the seconds' mark closes the word and the hemisphere is spaced after it.
  if (!s.empty() && figure_length(s) == s.size() && mark_length(suffix, true) == suffix.size() && !suffix.empty()) {
    said += " " + said_part(s, "second", "seconds");
    s = {};
  }
  if (s.empty()) {
    if (i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
    std::string_view side = words[i + 1].core;
    if (side.size() != 1 || std::string_view("NSEW").find(side[0]) == std::string_view::npos) return std::nullopt;
    return Match{2, said + " " + std::string(kNames[std::string_view("NSEW").find(side[0])]), false};
  }
  if (s.size() != 1 || std::string_view("NSEW").find(s[0]) == std::string_view::npos) return std::nullopt;
  said += " " + std::string(kNames[std::string_view("NSEW").find(s[0])]);
  return Match{1, said, false};
}

}  // namespace briefcast::rules
