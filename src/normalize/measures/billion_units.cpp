// "BCM" after a figure, in gas and water copy, is a billion cubic meters ("120 BCM of gas", "an
// 8 BCM reservoir"). Spelt, the letters were lost on a listener. Elsewhere they are as often a
// college's or a firm's initials ("the 40 BCM staff", "12 BCM alumni"), so the reading needs a
// word of gas or water near AND a measure's frame after the letters: a gas or water word, "of" a
// gas, a span ("a year", "per annum"), "capacity", or the clause's end. (A "BU" of electricity
// was tried and given up: no cue told it from a university's initials before its students.)
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool tells_of_gas_or_water(std::string_view w) {
  return text::is_one_of_lowered(w, {"gas", "lng", "pipeline", "pipelines", "water", "reservoir", "reservoirs",
                                     "dam", "lake", "river", "allocation", "storage", "inflow", "inflows", "irrigation",
                                     "aquifer", "groundwater"});
}

// After "BCM" at word n: the measure's own frame, no noun the initials could name.
bool measure_frame_follows(const Words& words, std::size_t n) {
  if (!words[n - 1].suffix.empty() || n >= words.size()) return true;
  std::string_view next = words[n].core;
  if (tells_of_gas_or_water(next) || text::is_one_of_lowered(next, {"capacity", "annually", "each"})) return true;
  if (n + 1 >= words.size() || !words[n].suffix.empty()) return false;
  std::string_view then = words[n + 1].core;
  if (text::lower(next) == "of") return tells_of_gas_or_water(then);
  return text::is_one_of_lowered(next, {"a", "per", "each", "every"}) &&
         text::is_one_of_lowered(then, {"year", "annum", "yr", "day", "month"});
}

// Another figure in "BCM" in the line: a line reads its letters one way, so a second figure
// far from the word of gas or water shares the first one's reading.
bool another_figure_in_bcm(const Words& words, std::size_t i) {
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (k != i && words[k + 1].core == "BCM" && text::parse_plain_figure(words[k].core)) return true;
  }
  return false;
}

}  // namespace

std::optional<Match> match_billion_unit(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() ||
      words[i + 1].core != "BCM") {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  // A second figure shares the reading only where it sizes no noun ("after 2 BCM directors
  // resigned", "the 12 BCM branch": the letters are a name's).
  bool shared = another_figure_in_bcm(words, i) && text::any_word(words, tells_of_gas_or_water) &&
                !plain_noun_after(words, i + 1);
  if (!number || number->negative || !(shared || measure_frame_follows(words, i + 2)) ||
      !(shared || text::any_word_near(words, i, 12, tells_of_gas_or_water))) {
    return std::nullopt;
  }
  std::string said = number_words(*number, false);
  // "an 8 BCM reservoir": before a noun the measure is one adjective, its unit singular.
  if (is_adjectival(words, i, 2)) return Match{2, text::hyphenated(said + " billion cubic meter"), false};
  return Match{2, said + " billion cubic meters", false};
}

}  // namespace briefcast::rules
