// A lone "x" between two sizes that each name their thing ("18 sts x 24 rows", "3 ft x 4 ft"):
// the "by" of dimensions. The dimension rules take it only between bare figures and a unit
// after the second ("4 x 5 metres"); here a word stands after each figure, and eSpeak NG said
// "eks". A figure times a power of ten ("5 × 10^-8", "2.4 x 10^6") is the "times" of
// scientific notation, not a dimension.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool starts_with_figure(std::string_view w) { return !w.empty() && text::is_digit(w[0]); }

// "5 × 10^-8": the figure and the sign, said "five times"; the power is read by the unit rules.
std::optional<Match> scientific_times(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !is_times_sign(words[i + 1]) ||
      !text::starts_with(words[i + 2].core, "10^") || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  auto number = text::parse_number(words[i].core);
  if (!number || number->grouped) return std::nullopt;
  return Match{2, number_words(*number, false) + " times", false};
}

}  // namespace

std::optional<Match> match_times_sign(const Words& words, std::size_t i) {
  if (auto m = scientific_times(words, i)) return m;
  const Word& w = words[i];
  if (!is_times_sign(w) || i < 2 || i + 2 >= words.size()) {
    return std::nullopt;
  }
  // A figure, then its word, before the sign; a figure and its word after it.
  const Word& word_before = words[i - 1];
  bool sized_before = starts_with_figure(words[i - 2].core) && words[i - 2].suffix.empty() && word_before.suffix.empty() &&
                      !word_before.core.empty() && text::is_lower(word_before.core[0]);
  bool sized_after = starts_with_figure(words[i + 1].core) && words[i + 1].prefix.empty() && words[i + 1].suffix.empty() &&
                     !words[i + 2].core.empty() && text::is_lower(words[i + 2].core[0]);
  if (!sized_before || !sized_after) return std::nullopt;
  return Match{1, "by", false};
}

}  // namespace briefcast::rules
