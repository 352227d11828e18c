// A lone "x" between two sizes that each name their thing ("18 sts x 24 rows", "3 ft x 4 ft"):
// the "by" of dimensions. The dimension rules take it only between bare figures and a unit
// after the second ("4 x 5 metres"); here a word stands after each figure, and eSpeak NG said
// "eks". A figure times a power of ten ("5 × 10^-8", "2.4 x 10^6") is the "times" of
// scientific notation, not a dimension.
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
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

bool is_equals(const Word& w) { return w.core == "=" && w.prefix.empty() && w.suffix.empty(); }

// "21 = 3 \u00d7 7", "6 x 4 = 24": two bare whole figures beside an equals sign are a product of
// arithmetic, said "times"; with no equals sign they stay a dimension's "by" ("a 2 x 4").
std::optional<Match> arithmetic_times(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !is_times_sign(words[i + 1]) ||
      !words[i + 2].prefix.empty() || !text::all_digits(words[i].core) ||
      !text::all_digits(text::drop_final_period(words[i + 2].core))) {
    return std::nullopt;
  }
  bool equals_before = i > 0 && is_equals(words[i - 1]);
  bool equals_after = i + 3 < words.size() && words[i + 2].suffix.empty() && is_equals(words[i + 3]);
  if (!equals_before && !equals_after) return std::nullopt;
  auto number = text::parse_plain_figure(words[i].core);
  if (!number) return std::nullopt;
  return Match{2, number_words(*number, false) + " times", false};
}

bool is_filled_or_weighed(std::string_view unit) {
  UnitKind kind = unit_kind(unit);
  // the tonne's kind is none in the table, since a lone "t" is as often a letter
  return find_unit(unit) && (kind == UnitKind::volume || kind == UnitKind::mass || unit == "t");
}

// "1 \u00d7 5L jug": one, the sign, then a measure joined to its unit before the singular noun it
// sizes is one such thing; the sign is unsaid and the measure is one adjective ("one five-liter
// jug"), never "one times five liters". (Plurals are counted_sizes.cpp's; "a 4 x 60W receiver",
// a rating per channel, keeps its "times".)
std::optional<Match> count_of_sized(const Words& words, std::size_t i) {
  if (i + 3 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !is_times_sign(words[i + 1]) ||
      !words[i + 2].prefix.empty() || !words[i + 2].suffix.empty() || words[i].core != "1" ||
      // "a 1 x 50L drum": after an article the figures are the thing's dimensions, not a count.
      (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"}))) {
    return std::nullopt;
  }
  std::string_view sized = words[i + 2].core;
  std::size_t digits = text::number_prefix_length(sized);
  // Only a volume or a mass fills or weighs one thing ("1 x 2kg bag"); a length or an area is a
  // dimension's second side ("a 1 x 3m banner" keeps its "by"), and a relay's legs keep theirs.
  if (digits == 0 || digits == sized.size() || !is_filled_or_weighed(sized.substr(digits)) ||
      !plain_noun_after(words, i + 2) ||
      is_race_word(text::lower(words[i + 3].core))) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  auto measure = attached(sized, true);
  if (!number || !measure) return std::nullopt;
  return Match{3, number_words(*number, false) + " " + text::hyphenated(*measure), false};
}

}  // namespace

std::optional<Match> match_times_sign(const Words& words, std::size_t i) {
  if (auto m = scientific_times(words, i)) return m;
  if (auto m = arithmetic_times(words, i)) return m;
  if (auto m = count_of_sized(words, i)) return m;
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
