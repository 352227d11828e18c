// A date written year first with a dot after each part and a space between, as Hungarian and
// Korean copy writes it: "on 2025. 05. 17." -> "on the seventeenth of May twenty twenty five".
// Read part by part it had been "twenty twenty five. zero five. seventeen.", three sentences.
// All three dots are required (a year ending a sentence and a count opening the next has no
// dot after the count), the month is 1-12 and the day a day of the month; the closing dot is
// the date's own and is dropped unless the line ends there.
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// "05", "5" -> 5 when one or two figures make a number from `low` to `high`.
std::optional<int> small_figure(std::string_view core, int low, int high) {
  if (core.empty() || core.size() > 2 || !text::all_digits(core)) return std::nullopt;
  int n = std::stoi(std::string(core));
  if (n < low || n > high) return std::nullopt;
  return n;
}

}  // namespace

std::optional<Match> match_spaced_dotted_date(const Words& words, std::size_t i) {
  if (i + 2 >= words.size()) return std::nullopt;
  const Word& year = words[i];
  const Word& month_word = words[i + 1];
  const Word& day_word = words[i + 2];
  if (!year.prefix.empty() || year.suffix != "." || !is_year(year.core) || !month_word.prefix.empty() ||
      month_word.suffix != "." || !day_word.prefix.empty() || day_word.suffix.empty() || day_word.suffix[0] != '.') {
    return std::nullopt;
  }
  auto month = small_figure(month_word.core, 1, 12);
  auto day = small_figure(day_word.core, 1, 31);
  if (!month || !day) return std::nullopt;
  bool article = i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "the");
  std::string spoken = (article ? "" : "the ") + ordinal_words(std::to_string(*day)) + " of " + month_name(*month) +
                       " " + year_words(year.core);
  return Match{3, spoken, i + 3 < words.size()};
}

}  // namespace briefcast::rules
