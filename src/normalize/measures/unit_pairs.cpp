// Two quantities of different units joined by a slash, as spec sheets and energy copy write a
// pair of figures about one thing: "a 400MW/1,600MWh battery" (its power and its energy),
// "24-bit/96kHz audio" (depth and rate), "a 48V/20Ah pack". The slash joins two facts, so it is
// said "and" ("four hundred megawatts and sixteen hundred megawatt hours"); before a noun each is
// a compound adjective of its own, in a row ("a four-hundred-megawatt, sixteen-hundred-
// megawatt-hour battery"). A mass over a volume ("10mg/5ml") is a concentration, said "per".
// eSpeak NG said the slash "slash". Pairs in one unit ("2GB/3GB") or of one kind ("200g/7oz")
// are choices and conversions, which the measure rules read first.
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// The unit written after a part's figure, without the hyphen of "24-bit".
std::string_view unit_of(std::string_view part) {
  std::string_view unit = part.substr(text::number_prefix_length(part));
  if (!unit.empty() && unit[0] == '-') unit.remove_prefix(1);
  return unit;
}

bool has(const std::string& spoken, std::string_view word) { return spoken.find(word) != std::string::npos; }

// "24-bit", "10-core": a figure hyphened to a lowercase word is a compound adjective already,
// said the same before a noun or alone.
std::optional<std::string> figure_compound(std::string_view part) {
  std::size_t n = text::number_prefix_length(part);
  std::string_view word = part.substr(n);
  if (word.size() < 2 || word[0] != '-' || !text::all_alpha(word.substr(1)) || !text::is_lower(word[1])) return std::nullopt;
  auto number = text::parse_number(part.substr(0, n));
  if (!number || number->negative) return std::nullopt;
  return text::hyphenated(number_words(*number) + " " + std::string(word.substr(1)));
}

// A part said as a noun phrase or, with `adjective`, before a noun; nullopt when it is no quantity.
std::optional<std::string> part_words(std::string_view part, bool adjective) {
  if (auto said = adjective ? speak_measure_adjective(part) : speak_measure(part)) return said;
  return figure_compound(part);
}

// A pair of specs straight before a lowercase word qualifies it whatever opens the phrase
// ("streams 24-bit/96kHz audio"): two quantities slashed are never a count of the thing after.
bool before_noun(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  return !next.empty() && text::all_alpha(next) && text::is_lower(next[0]) && !is_not_noun(next);
}

}  // namespace

std::optional<Match> match_unit_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.size() > 40 || core.find('/', slash + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (text::number_prefix_length(left) == 0 || text::number_prefix_length(right) == 0) return std::nullopt;
  if (!text::is_digit(left[0]) || !text::is_digit(right[0])) return std::nullopt;  // no signs: "+5%/-3%" are changes
  std::string_view left_unit = unit_of(left);
  std::string_view right_unit = unit_of(right);
  if (left_unit.empty() || right_unit.empty() || text::iequals(left_unit, right_unit)) return std::nullopt;
  // One side at least must be a measure: "2-for-1/3-for-2" is no pair of quantities.
  if (!speak_measure(left) && !speak_measure(right)) return std::nullopt;
  auto first = part_words(left, false);
  auto second = part_words(right, false);
  if (!first || !second) return std::nullopt;
  if (has(*first, "gram") && has(*second, "liter")) return Match{1, *first + " per " + *second, false};
  if (before_noun(words, i) || is_adjectival(words, i, 1)) {
    auto first_adjective = part_words(left, true);
    auto second_adjective = part_words(right, true);
    if (first_adjective && second_adjective) return Match{1, *first_adjective + ", " + *second_adjective, false};
  }
  return Match{1, *first + " and " + *second, false};
}

}  // namespace briefcast::rules
