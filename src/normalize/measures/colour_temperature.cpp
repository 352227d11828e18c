// A colour temperature in kelvin: "4000K", "2,700K", "6500 K" in a line about light (a lamp, an
// LED, white or warm light, glare). The capital K after four figures was read as thousands
// ("four thousand thousand"), a wrong number; light is never counted in thousands so.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_light_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"led", "leds", "light", "lights", "lighting", "lit", "lamp", "lamps", "bulb", "bulbs",
                                     "luminaire", "luminaires", "streetlight", "streetlights", "colour", "color", "cct",
                                     "white", "warm", "cool", "daylight", "glare", "lumens", "lm", "lux", "kelvin",
                                     "downlight", "downlights", "batten", "fixture", "fixtures", "tone", "lantern", "lanterns",
                                     "streetlamp", "streetlamps", "floodlight", "floodlights", "spotlight", "spotlights",
                                     "lightbulb", "lightbulbs", "illumination"});
}

// "2700", "2,700": a whole number of kelvin a lamp is sold at (1,000 to 10,000).
std::optional<std::string> kelvin_figure(std::string_view figure) {
  std::string digits;
  for (char c : figure) {
    if (c == ',') continue;
    if (!text::is_digit(c)) return std::nullopt;
    digits.push_back(c);
  }
  std::size_t comma = figure.find(',');
  bool grouped = comma == std::string_view::npos || (comma + 4 == figure.size() && (comma == 1 || comma == 2));
  if (digits.size() < 4 || digits.size() > 5 || digits[0] == '0' || !grouped) return std::nullopt;
  int value = std::stoi(digits);
  if (value < 1000 || value > 10000) return std::nullopt;
  return cardinal_words(digits);
}

}  // namespace

std::optional<Match> match_colour_temperature(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.size() < 4) return std::nullopt;
  std::size_t count = 1;
  std::string_view figure;
  if (w.core.back() == 'K') {
    figure = w.core.substr(0, w.core.size() - 1);
  } else if (w.suffix.empty() && i + 1 < words.size() && words[i + 1].core == "K" && words[i + 1].prefix.empty()) {
    figure = w.core;
    count = 2;
  } else {
    return std::nullopt;
  }
  auto said = kelvin_figure(figure);
  if (!said || !text::any_word_near(words, i, 12, is_light_word)) return std::nullopt;
  return Match{count, *said + " kelvin", false};
}

}  // namespace briefcast::rules
