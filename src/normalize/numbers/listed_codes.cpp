// "services 2, 2C, 3 and 9", "routes 14, 14F", "the 7C bus": a figure with a capital C or F inside
// a list of plain figures, or next to a word of transport, is a code (a bus route, a service, a platform), said as the figure and its
// letter ("two C"). A temperature written without its degree sign ("40C") is the measure rule's;
// a list of temperatures carries its letter on every figure ("14C or 15C") or a word of the
// weather somewhere in the line, and then it stays a temperature.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "2", "14", "317": a plain figure that can stand in a list of route or service numbers.
bool is_listed_figure(std::string_view s) { return !s.empty() && s.size() <= 4 && s[0] != '0' && text::all_digits(s); }

bool is_weather_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"temperature", "temperatures", "temps", "degrees", "degree", "mercury", "high",
                                             "highs", "low", "lows", "heat", "heatwave", "hot", "hotter", "hottest", "cold",
                                             "colder", "coldest", "warm", "warmer", "warmest", "cool", "cooler", "coolest",
                                             "weather", "forecast", "forecaster", "celsius", "fahrenheit", "frost", "freezing",
                                             "thermometer", "oven", "climate", "warming", "thermostat"});
}

// A neighbour in such a list: a plain figure, or a code with another letter ("5A"); a
// neighbour with the same letter ("3C, 5C") makes a list of temperatures.
bool is_list_member(std::string_view s) {
  if (is_listed_figure(s)) return true;
  char letter = s.empty() ? '\0' : s.back();
  return s.size() >= 2 && text::is_upper(letter) && letter != 'C' && letter != 'F' && is_listed_figure(s.substr(0, s.size() - 1));
}

// Word i stands in a list of plain figures: one before it ends with a comma, or it ends with a
// comma and a plain figure follows, or it closes the list ("3, 4 and 9F").
bool in_figure_list(const Words& words, std::size_t i) {
  bool last = i >= 3 && words[i - 1].suffix.empty() && text::is_one_of(words[i - 1].core, {"and", "or"}) &&
              words[i - 2].suffix.empty() && is_list_member(words[i - 2].core) && words[i - 3].suffix == ",";
  bool before = i > 0 && words[i - 1].suffix == "," && words[i - 1].prefix.empty() && is_list_member(words[i - 1].core);
  bool after = words[i].suffix == "," && i + 1 < words.size() && words[i + 1].prefix.empty() &&
               is_list_member(words[i + 1].core);
  return last || before || after;
}

// "the 7C bus", "route 12F", "platform 2C": a word of transport next to the figure names what
// it labels.
bool names_a_route(const Words& words, std::size_t i) {
  auto transport = [](std::string_view w) {
    return text::is_one_of_lowered(w, {"bus", "buses", "route", "routes", "service", "services", "line", "lines",
                                            "platform", "platforms", "tram", "trams", "train", "trains", "gate", "gates"});
  };
  bool before = i > 0 && words[i - 1].suffix.empty() && transport(words[i - 1].core);
  bool after = i + 1 < words.size() && words[i].suffix.empty() && transport(words[i + 1].core);
  return before || after;
}

// "It was 3C in Glasgow, and 7, 8C in the south": the same letter on a figure outside any list
// is a temperature, and so are the line's other ones.
bool temperature_elsewhere(const Words& words, std::size_t i, char letter) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view core = words[k].core;
    if (k == i || core.size() < 2 || core.back() != letter || !is_listed_figure(core.substr(0, core.size() - 1))) continue;
    if (!in_figure_list(words, k)) return true;
  }
  return false;
}

}  // namespace

std::optional<Match> match_listed_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || (core.back() != 'C' && core.back() != 'F')) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  bool labelled = in_figure_list(words, i) || names_a_route(words, i);
  if (!is_listed_figure(figure) || !labelled || text::any_word(words, is_weather_word) ||
      temperature_elsewhere(words, i, core.back())) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(figure) + " " + std::string(1, core.back()), false};
}

}  // namespace briefcast::rules
