// Two days joined by a slash before a month's name: "the night of 12/13 Aug.", "over the
// weekend of 5/6 July 2025". The pair is two days of that month (a night across them, or a
// weekend), said "the twelfth to thirteenth of August"; read as one all-figure date it had
// been "December thirteenth August". Days that follow one another are said with "to", others
// with "and" ("on 3/10 May" -> "the third and tenth of May").
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

std::optional<std::pair<int, int>> slashed_days(std::string_view core) {
  std::size_t slash = core.find('/');
  if (core.size() > 5 || slash == std::string_view::npos) return std::nullopt;
  std::string_view first = core.substr(0, slash);
  std::string_view second = core.substr(slash + 1);
  if (!text::all_digits(first) || !text::all_digits(second)) return std::nullopt;
  auto from = day_number(first);
  auto to = day_number(second);
  if (!from || !to || *from >= *to) return std::nullopt;
  return std::pair{*from, *to};
}

}  // namespace

std::optional<Match> match_slashed_day_pair(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& pair = words[i];
  const Word& month_word = words[i + 1];
  if (!pair.prefix.empty() || !pair.suffix.empty() || !month_word.prefix.empty()) return std::nullopt;
  auto days = slashed_days(pair.core);
  // A month in capitals of its own ("Aug.", "August"); "may" in lower case is the verb.
  if (!days || !text::is_capitalized(month_word.core)) return std::nullopt;
  auto month = month_number(month_word.core, false);
  if (!month) return std::nullopt;
  bool article = i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "the");
  std::string joiner = days->second == days->first + 1 ? " to " : " and ";
  std::string spoken = (article ? "" : "the ") + ordinal_words(std::to_string(days->first)) + joiner +
                       ordinal_words(std::to_string(days->second)) + " of " + month_name(*month);
  // "12/13 Aug. 2026": a year after the month, with or without a comma.
  bool open = month_word.suffix.empty() || month_word.suffix == "," || month_word.suffix == ".";
  if (open && i + 2 < words.size() && is_year(words[i + 2].core) && words[i + 2].prefix.empty()) {
    return Match{3, spoken + " " + year_words(words[i + 2].core), false};
  }
  // "12/13 Aug. when": the period of a short month's name that ends no sentence is dropped.
  return Match{2, spoken, month_period_goes_on(words, i + 1)};
}

}  // namespace briefcast::rules
