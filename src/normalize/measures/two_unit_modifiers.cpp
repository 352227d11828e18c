// A measure in two units of one quantity, each unit spaced from its figure, before the noun it
// describes: "a 1 hr 15 min slot", "a 2 h 30 min drive", "the 3 ft 6 in gauge", "a 7 lb 8 oz
// baby". Before a noun the whole is one compound adjective with its units singular ("a
// one-hour-fifteen-minute slot", "the three-foot-six gauge"), as "a one-hour slot" is; read a
// part at a time the second part was a plural before the noun ("a one hour fifteen minutes
// slot"). Glued parts ("1h 52m", "6ft 5in") have readers of their own; with no noun after
// them ("took 1 hr 15 min.") the parts stay amounts.
#include <array>
#include <initializer_list>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

namespace {

// A larger unit, the smaller one that follows it, their singular names, and the most of the
// smaller unit a whole larger one leaves ("1 hr 75 min" is no compound). Inches after feet go
// unnamed, as a height or a gauge is said ("a six-foot-nine center", "two-foot-six gauge").
struct UnitPair {
  std::initializer_list<std::string_view> large;
  std::string_view large_one;
  std::initializer_list<std::string_view> small;
  std::string_view small_one;
  int most;
};

const std::array<UnitPair, 5>& unit_pairs() {
  static const std::array<UnitPair, 5> pairs = {{
      {{"h", "hr", "hrs"}, "hour", {"m", "min", "mins"}, "minute", 59},
      {{"min", "mins"}, "minute", {"s", "sec", "secs"}, "second", 59},
      {{"ft"}, "foot", {"in"}, "", 11},
      {{"lb", "lbs"}, "pound", {"oz"}, "ounce", 15},
      {{"st"}, "stone", {"lb", "lbs"}, "pound", 13},
  }};
  return pairs;
}

// A whole figure of up to three digits, spaced from what follows it.
bool is_whole_figure(const Word& w) {
  return w.prefix.empty() && w.suffix.empty() && !w.core.empty() && w.core.size() <= 3 && text::all_digits(w.core);
}

}  // namespace

std::optional<Match> match_two_unit_modifier(const Words& words, std::size_t i) {
  if (i + 4 >= words.size() || !is_whole_figure(words[i]) || !is_whole_figure(words[i + 2])) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 3; k += 2) {
    if (!words[k].prefix.empty() || !words[k].suffix.empty()) return std::nullopt;
  }
  for (const UnitPair& pair : unit_pairs()) {
    if (!text::is_one_of(words[i + 1].core, pair.large) || !text::is_one_of(words[i + 3].core, pair.small)) continue;
    if (words[i + 2].core.size() > 2 || std::stoi(std::string(words[i + 2].core)) > pair.most) return std::nullopt;
    if (!is_adjectival(words, i, 4)) return std::nullopt;
    std::string spoken = cardinal_words(words[i].core) + " " + std::string(pair.large_one) + " " +
                         cardinal_words(words[i + 2].core);
    if (!pair.small_one.empty()) spoken += " " + std::string(pair.small_one);
    return Match{4, text::hyphenated(spoken), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
