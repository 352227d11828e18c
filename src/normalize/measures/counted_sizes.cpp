// A count of things of one size, written "3 x 500ml bottles", "2 x 1TB drives", "5 x 2ml
// samples": so many items, each of that size. Read as a dimension it was "three by five
// hundred milliliters bottles"; said as a shop says it, "three five-hundred-milliliter
// bottles". Only before a plural noun, so "the 4 x 100m relay" stays a relay's name. The unit
// may stand apart from its figure ("12 x 3 min rounds" -> "twelve three-minute rounds").
#include "normalize/function_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// "3 min", "2 kg": a figure and its unit in the word after it, with nothing between.
bool spaced_unit_at(const Words& words, std::size_t k) {
  return k + 1 < words.size() && words[k].suffix.empty() && words[k + 1].prefix.empty() && words[k + 1].suffix.empty() &&
         text::all_digits(words[k].core) && find_unit(words[k + 1].core).has_value();
}

}  // namespace

std::optional<Match> match_counted_size(const Words& words, std::size_t i) {
  if (i + 3 >= words.size()) return std::nullopt;
  bool spaced = spaced_unit_at(words, i + 2);
  if (spaced && i + 4 >= words.size()) return std::nullopt;
  const Word& count = words[i];
  const Word& sign = words[i + 1];
  const Word& size = words[i + 2];
  const Word& noun = words[spaced ? i + 4 : i + 3];
  if (!count.prefix.empty() || !count.suffix.empty() || count.core.size() > 3 || count.core[0] == '0' || !text::all_digits(count.core) ||
      (sign.core != "x" && sign.core != "\u00d7") || !sign.prefix.empty() || !sign.suffix.empty() || !size.prefix.empty() ||
      !size.suffix.empty() || size.core.empty() || !text::is_digit(size.core[0]) || !noun.prefix.empty()) {
    return std::nullopt;
  }
  // The noun: a lower-case plural that is no word of measure or function.
  std::string_view n = noun.core;
  if (n.size() < 4 || !text::all_alpha(n) || !text::is_lower(n[0]) || n.back() != 's' || text::ends_with(n, "ss") ||
      text::is_function_word(std::string(n))) {
    return std::nullopt;
  }
  std::string written(size.core);
  if (spaced) written += words[i + 3].core;
  auto adjective = speak_measure_adjective(written);
  if (!adjective) return std::nullopt;
  return Match{spaced ? 4u : 3u, speak_word(count.core) + " " + *adjective, false};
}

}  // namespace briefcast::rules
