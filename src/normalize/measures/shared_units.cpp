// Two figures slashed, then one unit written apart ("the 2.4/5.8 GHz bands", "110/220 V mains",
// "12/24 V systems"): the unit belongs to both, as in "2GB/3GB", and the pair is a choice of
// sizes, said "two point four or five point eight gigahertz". eSpeak NG had read the pair as a
// fraction or a date ("one hundred ten two hundred twentieths V", "December twenty-fourth") and
// spelled the unit. The larger figure first ("5/4 mm", "33/30 psi") is two parts at once, said
// with a pause, or before a noun as one adjective ("five-four-millimeter neoprene"); three or
// more figures are a list. A blood pressure ("140/90 mmHg") is one
// reading; a rate ("300/50 Mbps") is a speed down and up, read by the rate rules.
#include <string>
#include <vector>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The figures and their unit size the noun after them ("a 12/24 V system", "on 12/24 V
// boats", "4/3 mm neoprene"): the unit is said once, in the singular, as an adjective.
bool before_noun(const Words& words, std::size_t i) {
  return is_adjectival(words, i, 2) || measure_modifies_noun(words, i, 2);
}

// The unit after slashed figures, said with the last of them ("28 MHz" -> "twenty eight
// megahertz"), or nullopt when the next word is no unit's symbol.
std::optional<std::string> unit_after(const Words& words, std::size_t i, std::string_view last) {
  std::string_view unit = words[i + 1].core;
  // A unit is a symbol, never a word of the sentence ("the 9/11 attacks", "1/2 cup" stay apart).
  if (unit.empty() || unit.size() > 5 || text::is_function_word(unit)) return std::nullopt;
  bool symbol = false;
  for (char c : unit) symbol = symbol || text::is_upper(c);
  if (!symbol && unit.size() > 2) return std::nullopt;
  std::string glued = std::string(last) + std::string(unit);
  auto said = speak_measure(glued);
  // "140/90 mmHg", "120/70 mm Hg" are one blood pressure, said "over" by its own rule; "x" is a sign of times.
  if (!said || said->find(" per ") != std::string::npos || said->find("mercury") != std::string::npos ||
      text::iequals(unit, "x") || (i + 2 < words.size() && text::iequals(words[i + 2].core, "Hg"))) {
    return std::nullopt;
  }
  if (before_noun(words, i)) return speak_measure_adjective(glued);
  return said;
}

// "7/14/21 MHz", "6/12/24 V": three or more figures slashed before one unit are the values it
// takes, said as a list ("seven, fourteen and twenty one megahertz"), not "slash".
std::optional<Match> slashed_list(const Words& words, std::size_t i) {
  std::vector<std::string_view> parts = text::split(words[i].core, '/');
  if (parts.size() < 3 || parts.size() > 6) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    auto figure = text::parse_plain_figure(part);
    if (part.size() > 6 || !figure || figure->negative) return std::nullopt;
    said.push_back(number_words(*figure, false));
  }
  auto last = unit_after(words, i, parts.back());
  if (!last) return std::nullopt;
  said.back() = *last;
  return Match{2, text::joined(said, ", ", " and "), false};
}

// Words a heating engineer writes for a pipe inside a pipe: the flue itself, and its kinds
// ("concentric", "coaxial", "twin-wall"), which name the pair before or after its figures.
bool is_nested_pipe_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"flue", "flues", "concentric", "coaxial", "co-axial", "twin-wall", "twin-walled",
                                     "double-wall", "double-walled"});
}

// "60/100 mm flue", "a concentric 80/125 mm", "80/125 mm balanced flue": a flue's inner and
// outer pipes, both at once, written low first. A word of a nested pipe after the unit (or
// after one word more: "balanced flue", "horizontal flue") or before the figures says so.
bool nested_sizes(const Words& words, std::size_t i) {
  bool noun = i + 2 < words.size() && words[i + 1].suffix.empty() && is_nested_pipe_word(words[i + 2].core);
  bool flue_after_one = i + 3 < words.size() && words[i + 1].suffix.empty() && words[i + 2].suffix.empty() &&
                        text::is_one_of_lowered(words[i + 3].core, {"flue", "flues"});
  bool before = i > 0 && is_nested_pipe_word(words[i - 1].core) &&
                !text::is_one_of_lowered(words[i - 1].core, {"flue", "flues"});
  return noun || flue_after_one || before;
}

}  // namespace

// Whether the first figure is the larger: compared as numbers, by their whole parts and then
// their decimals, without converting digits a hostile line may hold by the thousand.
bool descending(const text::NumberLiteral& first, const text::NumberLiteral& second) {
  if (first.grouped || second.grouped) return false;
  if (first.integer.size() != second.integer.size()) return first.integer.size() > second.integer.size();
  if (first.integer != second.integer) return first.integer > second.integer;
  return first.decimals > second.decimals;
}

// "10/26 °C (air/water)", "8/12 V (idle/load)": slashed words in brackets after the unit name
// what each figure is, so both hold at once ("and"), never a choice.
bool labels_each(const Words& words, std::size_t k) {
  if (k >= words.size() || words[k - 1].suffix.size() > 0 || !text::starts_with(words[k].prefix, "(")) return false;
  std::string_view label = words[k].core;
  std::size_t slash = label.find('/');
  return slash != std::string_view::npos && slash > 0 && slash + 1 < label.size() &&
         text::all_alpha(label.substr(0, slash)) && text::all_alpha(label.substr(slash + 1));
}

std::optional<Match> match_shared_unit(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.size() > 30 || i + 1 >= words.size()) return std::nullopt;
  if (!words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (core.find('/', slash + 1) != std::string_view::npos) return slashed_list(words, i);
  auto first = text::parse_plain_figure(core.substr(0, slash));
  std::string_view right = core.substr(slash + 1);
  auto second_figure = text::parse_plain_figure(right);
  if (!first || !second_figure) return std::nullopt;
  // "3/4 m", "1/8 in": a smaller whole over a halving denominator is a fraction of the unit.
  // The top is compared only when it has at most two figures: a longer one is past 64, and
  // std::stoi would throw on the thirty figures a hostile line may hold.
  std::string_view top = core.substr(0, slash);
  bool whole = !first->has_point && !second_figure->has_point;
  if (whole && text::is_one_of(right, {"2", "3", "4", "8", "16", "32", "64"}) && top.size() <= 2 &&
      text::all_digits(top) && std::stoi(std::string(top)) < std::stoi(std::string(right))) {
    return std::nullopt;
  }
  auto second = unit_after(words, i, right);
  if (!second) return std::nullopt;
  // "4/3 mm" (a wetsuit's body and limbs), "140/130 mm" (fork and shock), "36/33 psi" (front and
  // rear): the larger first is two parts of one thing, both at once, never a choice; said with a
  // pause between ("four, three millimeters"), not "or". A choice of sizes is written low first.
  if (!descending(*first, *second_figure) && !nested_sizes(words, i)) {
    return Match{2, number_words(*first, false) + (labels_each(words, i + 2) ? " and " : " or ") + *second, false};
  }
  // Before a noun two parts in one word each are one adjective ("four-three-millimeter"); longer
  // figures keep the pause ("one-hundred-forty, one-hundred-thirty-millimeter forks").
  std::string said_first = number_words(*first, false);
  if (!before_noun(words, i)) return Match{2, said_first + ", " + *second, false};
  bool short_figures = said_first.find(' ') == std::string::npos && number_words(*second_figure, false).find(' ') == std::string::npos;
  return Match{2, text::hyphenated(said_first) + (short_figures ? "-" : ", ") + *second, false};
}

}  // namespace briefcast::rules
