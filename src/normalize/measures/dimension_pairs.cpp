// Two sides each written with the same unit, across a times sign, before the noun they size:
// "a 10 m × 4 m pool" -> "a ten-by-four-meter pool", "the 15cm x 14cm gauge". Each side was
// said as an amount in the plural ("ten meters by four meters pool"), which English never says
// before a noun. Without a determiner before the first side, or a noun after the second, the
// sides are an amount and the dimension rules read them; glued sides ("40cm x 30cm") are then
// said each with its unit ("forty centimeters by thirty centimeters").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

using text::is_determiner;

// One side of a dimension: its figure and its unit as written, spaced ("10 m", two words) or
// glued ("10m", one word).
struct Side {
  text::NumberLiteral figure;
  std::string_view unit;
  std::size_t words = 0;
};

std::optional<Side> side_at(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].prefix.empty() || !words[k].suffix.empty()) return std::nullopt;
  std::string_view core = words[k].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits > 0 && digits < core.size()) {
    auto figure = text::parse_plain_figure(core.substr(0, digits));
    if (!figure) return std::nullopt;
    return Side{*figure, core.substr(digits), 1};
  }
  auto figure = text::parse_plain_figure(core);
  if (!figure || k + 1 >= words.size() || !words[k + 1].prefix.empty() || !words[k + 1].suffix.empty()) {
    return std::nullopt;
  }
  return Side{*figure, words[k + 1].core, 2};
}

// "40cm", "3m", "6.5ft": a figure with a unit of length glued on.
bool is_glued_length(std::string_view core) {
  std::size_t k = 0;
  while (k < core.size() && (text::is_digit(core[k]) || core[k] == '.')) ++k;
  return k > 0 && k < core.size() && text::is_digit(core[0]) &&
         text::is_one_of(core.substr(k), {"mm", "cm", "m", "km", "in", "ft", "yd", "ins"});
}

}  // namespace

std::optional<Match> match_glued_dimensions(const Words& words, std::size_t i) {
  if (auto pair = match_dimension_pair(words, i)) return pair;
  if (i + 2 >= words.size() || !is_glued_length(words[i].core) || !words[i].suffix.empty()) return std::nullopt;
  if (!is_times_sign(words[i + 1]) || !words[i + 2].prefix.empty() || !is_glued_length(words[i + 2].core)) {
    return std::nullopt;
  }
  // Matched at the first side, said as a plain quantity: before "x" it sizes no noun.
  auto first = speak_measure(words[i].core);
  if (!first) return std::nullopt;
  return Match{2, *first + " by", false};
}

std::optional<Match> match_dimension_pair(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !is_determiner(words[i - 1].core)) return std::nullopt;
  auto first = side_at(words, i);
  if (!first || i + first->words >= words.size() || !is_times_sign(words[i + first->words])) return std::nullopt;
  std::size_t times = i + first->words;
  auto second = side_at(words, times + 1);
  if (!second || second->words != first->words || second->unit != first->unit) return std::nullopt;
  std::size_t last = times + second->words;
  if (!plain_noun_after(words, last)) return std::nullopt;
  auto unit = unit_words(first->unit, true);
  if (!unit) return std::nullopt;
  std::string said = number_words(first->figure, false) + " by " + number_words(second->figure, false) + " " + *unit;
  return Match{last - i + 1, text::hyphenated(said), false};
}

}  // namespace briefcast::rules
