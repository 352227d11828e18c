// Two figures slashed, then one unit written apart ("the 2.4/5.8 GHz bands", "110/220 V mains",
// "12/24 V systems"): the unit belongs to both, as in "2GB/3GB", and the pair is a choice of
// sizes, said "two point four or five point eight gigahertz". eSpeak NG had read the pair as a
// fraction or a date ("one hundred ten two hundred twentieths V", "December twenty-fourth") and
// spelled the unit. A blood pressure ("140/90 mmHg") is one reading; a rate ("300/50 Mbps") is a speed down and up, read by the rate rules.
#include <string>

#include "normalize/function_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

}  // namespace

std::optional<Match> match_shared_unit(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.size() > 30 || i + 1 >= words.size()) return std::nullopt;
  if (!words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
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
  std::string_view unit = words[i + 1].core;
  // A unit is a symbol, never a word of the sentence ("the 9/11 attacks", "1/2 cup" stay apart).
  if (unit.empty() || unit.size() > 5 || text::is_function_word(unit)) return std::nullopt;
  bool symbol = false;
  for (char c : unit) symbol = symbol || text::is_upper(c);
  if (!symbol && unit.size() > 2) return std::nullopt;
  std::string glued = std::string(right) + std::string(unit);
  auto second = speak_measure(glued);
  // "140/90 mmHg", "120/70 mm Hg" are one blood pressure, said "over" by its own rule; "x" is a sign of times.
  if (!second || second->find(" per ") != std::string::npos || second->find("mercury") != std::string::npos ||
      text::iequals(unit, "x") || (i + 2 < words.size() && text::iequals(words[i + 2].core, "Hg"))) {
    return std::nullopt;
  }
  if (is_adjectival(words, i, 2)) {
    auto adjective = speak_measure_adjective(glued);
    if (!adjective) return std::nullopt;
    return Match{2, number_words(*first, false) + " or " + *adjective, false};
  }
  return Match{2, number_words(*first, false) + " or " + *second, false};
}

}  // namespace briefcast::rules
