// "Sports Illustrated / 6 hours ago", "Reuters / 2d ago", "AP / Updated an hour ago": a story
// list's source and the age of its story, parted by a spaced slash. The slash is a separator
// there, said as a pause (a comma); left to the fallback it was read "slash".
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_age_unit(std::string_view w) {
  return text::is_one_of_lowered(w, {"s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
                                     "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week",
                                     "weeks", "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years"});
}

// The words from k on say how long ago: "6 hours ago", "6h ago", "an hour ago", "Updated 2 days ago".
bool says_age(const Words& words, std::size_t k) {
  auto word = [&words, &k]() { return k < words.size() ? words[k++].core : std::string_view(); };
  std::string_view first = word();
  if (text::is_one_of_lowered(first, {"updated", "published", "posted"})) first = word();
  std::size_t figures = text::digit_run_end(first, 0);
  if (figures > 3 || (figures == 0 && !text::is_one_of_lowered(first, {"a", "an"}))) return false;
  std::string_view unit = figures == 0 ? std::string_view() : first.substr(figures);
  if (unit.empty()) unit = word();
  return is_age_unit(unit) && text::iequals(word(), "ago");
}

}  // namespace

std::optional<Match> match_dated_source(const Words& words, std::size_t i) {
  // After a word, not a figure ("8 / 10" is a rating).
  if (words[i].raw != "/" || i == 0 || !text::is_alpha(words[i - 1].raw.back())) return std::nullopt;
  if (!says_age(words, i + 1)) return std::nullopt;
  return Match{1, ",", false};
}

}  // namespace briefcast::rules
