// An acceleration in multiples of gravity: "ground acceleration peaked at 0.9g", "pilots pull
// 9G in the turn", "the centrifuge reached 8 g". The unit table says "g" is the gram, which
// made a quake's shaking or a pilot's load a mass ("zero point nine grams"). Where the words
// around the figure speak of acceleration, gravity or shaking, the letter is said as it is
// spoken in the trade: "zero point nine g".
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The clause around the figure that is read for its sense: a bounded span keeps a line of
// many figures linear.
constexpr std::size_t kSpan = 12;

bool tells_of_acceleration(std::string_view core) {
  return text::is_one_of_lowered(core, {"acceleration", "accelerations", "deceleration", "g-force", "g-forces",
                                        "gravity", "shaking", "centrifuge", "pga", "pilot", "pilots", "astronaut",
                                        "astronauts", "rollercoaster", "jolt"});
}

// Words of a ride or a flight whose load is in g, where "4 g of sugar" on a ride's menu is still a
// mass: they count only where no "of" follows the letter, and a capital only after a point
// ("launched 5G service" is a network's generation).
bool tells_of_ride_load(std::string_view core) {
  return text::is_one_of_lowered(core, {"coaster", "coasters", "ride", "rides", "pulls", "pulled", "pulling",
                                        "launched", "launch", "inversion", "inversions", "airshow", "aerobatic",
                                        "fighter", "crash", "sustained"});
}

bool is_g(std::string_view letters) { return letters == "g" || letters == "G"; }

// The figure at i with its "g", glued ("0.9g") or spaced ("8 g"); the words it takes.
std::optional<std::pair<text::NumberLiteral, std::size_t>> figure_with_g(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t n = text::number_prefix_length(core);
  if (n == 0 || !words[i].prefix.empty()) return std::nullopt;
  auto number = text::parse_plain_figure(core.substr(0, n));
  if (!number) return std::nullopt;
  if (n < core.size()) {
    if (!is_g(core.substr(n))) return std::nullopt;
    return std::make_pair(*number, std::size_t{1});
  }
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() || !is_g(words[i + 1].core)) {
    return std::nullopt;
  }
  return std::make_pair(*number, std::size_t{2});
}

// "0.17g", "3.5g": a decimal figure under ten, the shape of an acceleration in g; a mass in
// grams is rarely written so ("50g", "400g").
bool is_small_decimal(const text::NumberLiteral& n) {
  return n.has_point && n.integer.size() == 1 && !n.negative;
}

// Another decimal figure under ten in g on the line that stands beside a word of acceleration:
// the line reads its figures in g one way, so a later one far from the cue (a figure compared
// with the earlier one) is the same acceleration. A whole figure ("a 50g bar") never takes the reading from it.
bool cued_decimal_elsewhere(const Words& words, std::size_t i) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k == i) continue;
    auto other = figure_with_g(words, k);
    if (other && is_small_decimal(other->first) && text::any_word_near(words, k, kSpan, tells_of_acceleration)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<Match> match_g_force(const Words& words, std::size_t i) {
  auto figure = figure_with_g(words, i);
  if (!figure) return std::nullopt;
  std::size_t after = i + figure->second;
  bool of_next = words[after - 1].suffix.empty() && after < words.size() && words[after].core == "of";
  std::string_view letter = figure->second == 2 ? words[i + 1].core : words[i].core.substr(words[i].core.size() - 1);
  bool capital_of_whole = letter == "G" && !figure->first.has_point;
  bool ride = !of_next && !capital_of_whole && text::any_word_near(words, i, kSpan, tells_of_ride_load);
  // Not before "of" or a noun it sizes ("2.5g of saffron", "2.5g gold coins"): a mass.
  bool same_as_cued = !of_next && !plain_noun_after(words, after - 1) && is_small_decimal(figure->first) &&
                      cued_decimal_elsewhere(words, i);
  // Beside a word of acceleration, a figure before "of" ("28g of powder") is a mass, a whole
  // capital before a noun ("the 5G rollout", "a 3G auction") a network's generation, and a whole
  // figure of ten or more before a noun a packet's mass ("a 400g tin"; a body's load in g is a
  // single figure: "the 8g limit").
  bool sizes_noun = !figure->first.has_point && plain_noun_after(words, after - 1);
  bool network = capital_of_whole && sizes_noun;
  bool packet = sizes_noun && figure->first.integer.size() >= 2;
  bool cued = !of_next && !network && !packet && text::any_word_near(words, i, kSpan, tells_of_acceleration);
  if (!ride && !same_as_cued && !cued) {
    return std::nullopt;
  }
  return Match{figure->second, number_words(figure->first, false) + " g", false};
}

}  // namespace briefcast::rules
