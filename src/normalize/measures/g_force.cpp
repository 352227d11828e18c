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

// Words that make a whole line about acceleration: a quake's peak ground acceleration or a
// g-force is the line's subject (not "seismic" alone: a seismic survey's charges are in grams), and every figure in g on it is one ("a PGA of 0.20g ... up from
// 0.17g"), however far the second figure stands from the cue.
bool tells_of_acceleration_line(std::string_view core) {
  return text::is_one_of_lowered(core, {"pga", "acceleration", "accelerations", "g-force", "g-forces", "centrifuge"});
}

// Words of a mass weighed in grams: food, drugs, jewellery, a weight on scales. Near one, "g"
// stays the gram even on a line about acceleration.
bool tells_of_mass(std::string_view core) {
  return text::is_one_of_lowered(core, {"sugar", "salt", "fat", "protein", "fibre", "fiber", "carbs", "carbohydrate",
                                        "calories", "serving", "portion", "dose", "doses", "dosage", "tablet",
                                        "tablets", "cocaine", "heroin", "cannabis", "gold", "silver", "ring", "weighs",
                                        "weighed", "weighing", "weight", "flour", "butter", "mass"});
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

}  // namespace

std::optional<Match> match_g_force(const Words& words, std::size_t i) {
  auto figure = figure_with_g(words, i);
  if (!figure) return std::nullopt;
  std::size_t after = i + figure->second;
  bool of_next = words[after - 1].suffix.empty() && after < words.size() && words[after].core == "of";
  std::string_view letter = figure->second == 2 ? words[i + 1].core : words[i].core.substr(words[i].core.size() - 1);
  bool capital_of_whole = letter == "G" && !figure->first.has_point;
  bool ride = !of_next && !capital_of_whole && text::any_word_near(words, i, kSpan, tells_of_ride_load);
  bool line_of_acceleration = text::any_word(words, tells_of_acceleration_line) &&
                              !text::any_word_near(words, i, kSpan, tells_of_mass);
  if (!ride && !line_of_acceleration && !text::any_word_near(words, i, kSpan, tells_of_acceleration)) {
    return std::nullopt;
  }
  return Match{figure->second, number_words(figure->first, false) + " g", false};
}

}  // namespace briefcast::rules
