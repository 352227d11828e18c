// Two sides each written with the same unit, across a times sign, before the noun they size:
// "a 10 m × 4 m pool" -> "a ten-by-four-meter pool", "the 15 cm × 14 cm gauge". Each side was
// said as an amount in the plural ("ten meters by four meters pool"), which English never says
// before a noun. Without a determiner before the first side, or a noun after the second, the
// sides are an amount and the dimension rules read them.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

using text::is_determiner;

// A plain figure alone in word k, with nothing glued to it.
std::optional<text::NumberLiteral> bare_figure(const Words& words, std::size_t k) {
  if (!words[k].prefix.empty() || !words[k].suffix.empty()) return std::nullopt;
  return text::parse_plain_figure(words[k].core);
}

}  // namespace

std::optional<Match> match_dimension_pair(const Words& words, std::size_t i) {
  if (i == 0 || i + 5 >= words.size() || !words[i - 1].suffix.empty() || !is_determiner(words[i - 1].core)) {
    return std::nullopt;
  }
  auto first = bare_figure(words, i);
  auto second = first ? bare_figure(words, i + 3) : std::nullopt;
  if (!second || !is_times_sign(words[i + 2]) || !words[i + 1].prefix.empty() || !words[i + 1].suffix.empty() ||
      words[i + 1].core != words[i + 4].core || !words[i + 4].prefix.empty() || !plain_noun_after(words, i + 4)) {
    return std::nullopt;
  }
  auto unit = unit_words(words[i + 4].core, true);
  if (!unit) return std::nullopt;
  std::string said = number_words(*first, false) + " by " + number_words(*second, false) + " " + *unit;
  return Match{5, text::hyphenated(said), false};
}

}  // namespace briefcast::rules
