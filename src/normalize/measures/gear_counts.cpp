// "21F/5R", "16F/16R": a gearbox's count of forward and reverse gears, as tractor and truck copy
// writes it. The F was read as Fahrenheit ("twenty one degrees Fahrenheit slash five R"); it is
// said "twenty one forward, five reverse". Only the pair: a lone "21F" is still a temperature.
// Its linkage, a "3-pt hitch", is a three-point hitch ("pt" was spelt "P T", or read as pints).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// "21F": one or two figures (no leading zero) and the letter; the figures, or empty.
std::string_view gear_figures(std::string_view part, char letter) {
  if (part.size() < 2 || part.size() > 3 || part.back() != letter || part[0] == '0') return {};
  std::string_view figures = part.substr(0, part.size() - 1);
  return text::all_digits(figures) ? figures : std::string_view{};
}

// "powershift", "gearbox", "tractor": words of a drive train, without which "12F/14R" may be
// seats or rooms.
bool tells_of_drive_train(std::string_view w) {
  // "box", "shuttle" and "speed" are left out: a box office, a shuttle bus and a runner's speed
  // sit beside seat rows and grades written the same way.
  return text::is_one_of_lowered(w, {"powershift", "gearbox", "gearboxes", "transmission", "transmissions", "gears",
                                     "tractor", "tractors", "powerquad", "creeper", "hp", "horsepower"});
}

}  // namespace

std::optional<Match> match_gear_count(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !words[i].prefix.empty()) return std::nullopt;
  std::string_view forward = gear_figures(core.substr(0, slash), 'F');
  std::string_view reverse = gear_figures(core.substr(slash + 1), 'R');
  if (forward.empty() || reverse.empty() || !text::any_word_near(words, i, 8, tells_of_drive_train)) return std::nullopt;
  return Match{1, speak_word(forward) + " forward, " + speak_word(reverse) + " reverse", false};
}

std::optional<Match> match_hitch_points(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty() || !words[i].suffix.empty() || i + 1 >= words.size() ||
      !text::is_one_of_lowered(words[i + 1].core, {"hitch", "hitches", "linkage", "linkages"})) {
    return std::nullopt;
  }
  if (!text::ends_with(core, "pt")) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 2);  // "3-pt" or "3pt"
  if (text::ends_with(figure, "-")) figure.remove_suffix(1);
  if (figure.size() != 1 || !text::all_digits(figure)) return std::nullopt;
  return Match{1, speak_word(figure) + "-point", false};
}

}  // namespace briefcast::rules
