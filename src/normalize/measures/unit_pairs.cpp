// Two quantities of different units joined by a slash, as spec sheets and energy copy write a
// pair of figures about one thing: "a 400MW/1,600MWh battery" (its power and its energy),
// "24-bit/96kHz audio" (depth and rate), "a 48V/20Ah pack". The slash joins two facts, so it is
// said "and" ("four hundred megawatts and sixteen hundred megawatt hours"); before a noun each is
// a compound adjective of its own, in a row ("a four-hundred-megawatt, sixteen-hundred-
// megawatt-hour battery"). A mass over a volume ("10mg/5ml") is a concentration, said "per".
// eSpeak NG said the slash "slash". Pairs in one unit ("2GB/3GB") or of one kind ("200g/7oz")
// are choices and conversions, which the measure rules read first. Three or four facts are a
// list ("eighty-seven decibels, two point eight three volts and one meter").
#include <vector>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

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

// "3A" slashed beside volts or watts ("12V/3A/36W"): a current, said in amps. Alone a figure
// and a capital "A" may be a label ("Flat 3A"), which no spec slashes with volts.
std::optional<std::string> amps(std::string_view part, bool adjective) {
  std::size_t n = text::number_prefix_length(part);
  auto number = text::parse_number(part.substr(0, n));
  if (part.substr(n) != "A" || !number || number->negative) return std::nullopt;
  if (adjective) return text::hyphenated(number_words(*number) + " amp");
  return number_words(*number) + (number->integer == "1" && !number->has_point ? " amp" : " amps");
}

bool electrical(std::string_view unit) { return text::is_one_of(unit, {"V", "W", "kW", "mA", "Ah", "mAh", "Wh", "kWh"}); }

// A part said as a noun phrase or, with `adjective`, before a noun; nullopt when it is no
// quantity. `with_electrical`: another part is in volts or watts, so "A" is amps.
std::optional<std::string> part_words(std::string_view part, bool adjective, bool with_electrical) {
  if (auto said = adjective ? speak_measure_adjective(part) : speak_measure(part)) return said;
  if (with_electrical) {
    if (auto current = amps(part, adjective)) return current;
  }
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
  if (core.find('/') == std::string_view::npos || core.size() > 40) return std::nullopt;
  // "87dB/2.83V/1m", "12V/3A/36W": a spec sheet may slash three or four facts about one thing.
  const std::vector<std::string_view> parts = text::split(core, '/');
  if (parts.size() > 4) return std::nullopt;
  bool any_measure = false;
  bool with_electrical = false;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::string_view part = parts[k];
    if (text::number_prefix_length(part) == 0 || !text::is_digit(part[0])) return std::nullopt;  // "+5%/-3%" are changes
    if (unit_of(part).empty()) return std::nullopt;
    for (std::size_t other = 0; other < k; ++other) {
      if (text::iequals(unit_of(part), unit_of(parts[other]))) return std::nullopt;
    }
    // One part at least must be a measure: "2-for-1/3-for-2" is no pair of quantities.
    any_measure = any_measure || speak_measure(part);
    with_electrical = with_electrical || electrical(unit_of(part));
  }
  if (!any_measure) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    auto spoken = part_words(part, false, with_electrical);
    if (!spoken) return std::nullopt;
    said.push_back(*spoken);
  }
  if (said.size() == 2 && has(said[0], "gram") && has(said[1], "liter")) return Match{1, said[0] + " per " + said[1], false};
  if (before_noun(words, i) || is_adjectival(words, i, 1)) {
    std::vector<std::string> adjectives;
    for (std::string_view part : parts) {
      if (auto adjective = part_words(part, true, with_electrical)) adjectives.push_back(*adjective);
    }
    if (adjectives.size() == parts.size()) return Match{1, text::joined(adjectives, ", "), false};
  }
  return Match{1, text::joined(said, ", ", " and "), false};
}

}  // namespace briefcast::rules
