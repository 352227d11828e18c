// Decades and years written short, said in part: "the 1990s" -> "the nineteen nineties",
// "'90s" and "mid-'80s" -> "nineties", "eighties", "1980 s" with its "s" come loose, and "in
// '08" -> "in oh eight". The date rules (date.cpp) try the shortened year and the loose decade
// among theirs; the single-word decade is a rule of its own.
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

std::optional<std::string> speak_decade(std::string_view core) {
  if (core.size() < 3 || (core.back() != 's' && core.back() != 'S')) return std::nullopt;
  std::string_view digits = core.substr(0, core.size() - 1);
  if (!digits.empty() && digits.back() == '\'') digits.remove_suffix(1);
  // "'70s" inside a compound ("mid-'70s"), where the apostrophe is no prefix of the word.
  bool clipped = text::starts_with(digits, "'") || text::starts_with(digits, "\u2019");
  if (clipped) digits.remove_prefix(digits[0] == '\'' ? 1 : 3);
  if (digits.empty() || !text::all_digits(digits) || digits.back() != '0' || (clipped && digits.size() != 2)) {
    return std::nullopt;
  }
  if (digits.size() == 4) return pluralize_last_word(year_words(digits));
  if (digits.size() == 2) return pluralize_last_word(cardinal_words(digits));
  return std::nullopt;
}

// "1980 s": a decade whose "s" came loose.
std::optional<Match> match_loose_decade(const Words& words, std::size_t i) {
  const Word& first = words[i];
  const Word& second = words[i + 1];
  if (first.suffix.empty() && is_year(first.core) && first.core.back() == '0' && second.core == "s" &&
      second.prefix.empty()) {
    return Match{2, pluralize_last_word(year_words(first.core)), false};
  }
  return std::nullopt;
}

// "in '08", "the class of '92": an apostrophe before two figures shortens a year, said as the
// year's last two figures ("oh eight", "ninety two"), never figure by figure. A figure quoted
// between apostrophes ("'42'") is no year. The year is taken with the plain word before it,
// which drops the apostrophe: eSpeak NG pauses at it.
std::optional<Match> match_shortened_year(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& before = words[i];
  const Word& w = words[i + 1];
  bool apostrophe = w.prefix == "'" || w.prefix == "\u2019";
  bool quoted = text::starts_with(w.suffix, "'") || text::starts_with(w.suffix, "\u2019");
  if (!apostrophe || quoted || w.core.size() != 2 || !text::all_digits(w.core)) return std::nullopt;
  if (!before.suffix.empty() || !text::all_alpha(before.core) || text::all_upper(before.core)) return std::nullopt;
  std::string year = w.core[0] == '0' ? "oh " + cardinal_words(w.core.substr(1)) : cardinal_words(w.core);
  return Match{2, std::string(before.core) + " " + year, false};
}

}  // namespace briefcast::rules
