// A lone "x" between two sizes that each name their thing ("18 sts x 24 rows", "3 ft x 4 ft"):
// the "by" of dimensions. The dimension rules take it only between bare figures and a unit
// after the second ("4 x 5 metres"); here a word stands after each figure, and eSpeak NG said
// "eks". A figure times a power of ten ("5 × 10^-8", "2.4 x 10^6") is the "times" of
// scientific notation, not a dimension.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/text_util.h"

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

// "5,000 x g", "2.5 x working pressure", "10 x faster": a figure, the sign and then a word is
// the figure times that thing, said "times"; eSpeak NG said "eks". A whole count before a
// product's name in capitals ("24 x XLR outputs", "4 x USB ports") is the number of them, as a
// spec sheet lists its parts: the sign is unsaid ("twenty four X.L.R outputs").
std::optional<Match> times_a_word(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !is_times_sign(words[i + 1]) ||
      !words[i + 2].prefix.empty() || words[i + 2].core.empty() || !text::is_alpha(words[i + 2].core[0])) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  if (!number) return std::nullopt;
  std::string figure = number_words(*number, false);
  std::string_view thing = words[i + 2].core;
  bool product = !number->has_point && thing.size() >= 2 && text::is_upper(thing[0]) && text::is_upper(thing[1]);
  return Match{2, product ? figure : figure + " times", false};
}

}  // namespace

std::optional<Match> match_times_sign(const Words& words, std::size_t i) {
  if (auto m = scientific_times(words, i)) return m;
  if (auto m = times_a_word(words, i)) return m;
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
