// Days of one month listed before it: "on 3, 5 and 7 June", "between 12 and 14 March", "on 1st
// and 2nd May". The last day and the month are a date the date rule reads ("the seventh of
// June"); the days before it are that month's too, so each is an ordinal ("on the third, fifth
// and the seventh of June"), never a count ("on three, five and the seventh of June"). Only
// after a word that a date follows ("on", "between", "from"), so "aged 5, 7 and 9 May" stays.
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// A day of the month written alone: "3", "03", "21st".
bool is_listed_day(const Word& w) { return w.prefix.empty() && day_number(w.core).has_value(); }

bool is_joiner(const Word& w) {
  return w.prefix.empty() && w.suffix.empty() && text::is_one_of(w.core, {"and", "or", "&", "to"});
}

// The words a list of days comes after ("strikes on 3 and 4 June").
bool opens_day_list(const Word& w) {
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"on", "between", "from", "over", "until", "till", "by", "for"});
}

// The index of the next day of the list after the day at j, or nothing at its end: a comma after
// the day, or "and", "or", "&" or "to" before the next.
std::optional<std::size_t> next_day(const Words& words, std::size_t j) {
  if (words[j].suffix == "," && j + 1 < words.size() && is_listed_day(words[j + 1])) return j + 1;
  if (words[j].suffix.empty() && j + 2 < words.size() && is_joiner(words[j + 1]) && is_listed_day(words[j + 2])) {
    return j + 2;
  }
  return std::nullopt;
}

// Whether the list that goes on from the day at i ends in a day right before a month's name.
bool ends_in_month(const Words& words, std::size_t i) {
  constexpr std::size_t kMaxDays = 8;
  std::size_t j = i;
  for (std::size_t seen = 0; seen < kMaxDays; ++seen) {
    auto next = next_day(words, j);
    if (!next) return false;
    j = *next;
    if (words[j].suffix.empty() && j + 1 < words.size() && month_number(words[j + 1].core, false)) return true;
  }
  return false;
}

// Where the list holding the day at i starts, walking back over its commas and joiners.
std::size_t list_start(const Words& words, std::size_t i) {
  std::size_t start = i;
  while (start >= 1) {
    if (words[start - 1].suffix == "," && is_listed_day(words[start - 1])) {
      start -= 1;
    } else if (start >= 2 && is_joiner(words[start - 1]) && words[start - 2].suffix.empty() &&
               is_listed_day(words[start - 2])) {
      start -= 2;
    } else {
      break;
    }
  }
  return start;
}

}  // namespace

std::optional<Match> match_day_list(const Words& words, std::size_t i) {
  if (!is_listed_day(words[i]) || !ends_in_month(words, i)) return std::nullopt;
  const std::size_t start = list_start(words, i);
  if (start == 0 || !opens_day_list(words[start - 1])) return std::nullopt;
  auto day = day_number(words[i].core);
  std::string spoken = ordinal_words(std::to_string(*day));
  return Match{1, start == i ? "the " + spoken : spoken, false};
}

}  // namespace briefcast::rules
