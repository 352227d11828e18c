// Compass points that no distance or "from" introduces.
// Two points joined by a dash are a span of directions: "on NE–E aspects", "the N-S axis"
// -> "northeast to east", "north to south"; the letters had been spelt and the dash lost
// ("N E E aspects"). A lone letter on both sides needs a point across from it ("N-S", "E-W"),
// so that initials such as "S-E" stay letters.
// A point before a wind's force in a forecast: "SW 4 to 5, occasionally 6", "NW 7-8" ->
// "southwest four to five": a Beaufort force has no unit after it, so the rule for a wind's
// speed (compass.cpp) did not see it, and the letters were spelt. Before the word "wind" a point
// says where it blows from ("a light E wind" -> "a light easterly wind"), and Beaufort's scale
// may be written short ("F2\u20133" -> "force two to three").
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// Words around a force that tell of the weather at sea or in the hills.
constexpr std::size_t kSpan = 10;

bool tells_of_wind(std::string_view core) {
  return text::is_one_of_lowered(core, {"wind", "winds", "forecast", "force", "gale", "gales", "veering", "backing",
                                        "breeze", "beaufort", "sea", "gusts", "gusting", "occasionally", "becoming",
                                        "increasing", "decreasing", "moderating", "squally", "shipping"});
}

bool opposite(std::string_view a, std::string_view b) {
  return (a == "N" && b == "S") || (a == "S" && b == "N") || (a == "E" && b == "W") || (a == "W" && b == "E");
}

std::optional<std::string> point_span(std::string_view core) {
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0 || core.size() > 9) continue;
    std::string_view left = core.substr(0, at);
    std::string_view right = core.substr(at + dash.size());
    auto from = compass_point_name(left);
    auto to = compass_point_name(right);
    if (!from || !to || left == right) return std::nullopt;
    if (left.size() == 1 && right.size() == 1 && !opposite(left, right)) return std::nullopt;
    return std::string(*from) + " to " + std::string(*to);
  }
  return std::nullopt;
}

// "4", "7-8": a Beaufort force of 1 to 12, or a span of two.
bool is_force(std::string_view core) {
  auto force = [](std::string_view s) {
    return !s.empty() && s.size() <= 2 && text::all_digits(s) && s[0] != '0' && std::stoi(std::string(s)) <= 12;
  };
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos) return force(core);
  return force(core.substr(0, dash)) && force(core.substr(dash + 1));
}

std::optional<Match> point_before_force(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto name = compass_point_name(w.core);
  if (!name || !w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  const Word& force = words[i + 1];
  if (!is_force(force.core)) return std::nullopt;
  // The force ends its phrase or runs on to a second one ("4 to 5", "4 or 5"); a noun after
  // it ("N 4 bus") makes the figure something else.
  bool ends = !force.suffix.empty() || i + 2 == words.size() ||
              text::is_one_of_lowered(words[i + 2].core, {"to", "or", "occasionally", "increasing", "decreasing",
                                                          "veering", "backing", "becoming", "later"});
  if (!ends || !text::any_word_near(words, i, kSpan, tells_of_wind)) return std::nullopt;
  return Match{1, std::string(*name), false};
}

// "a light E wind", "NW winds": a point before the word "wind" names where it blows from, said
// as a newsreader does ("easterly", "northwesterly"); the letter alone was spelt.
std::optional<Match> point_before_wind(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto name = compass_point_name(w.core);
  if (!name || !w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      !text::is_one_of_lowered(words[i + 1].core, {"wind", "winds", "breeze", "gale", "gales", "airflow"})) {
    return std::nullopt;
  }
  // "John S Gale", "the W Breeze Hotel": a lone letter before a capitalised word is an initial
  // of a name; "Block E wind farm": before a compound of the wind ("farm", "tunnel") a letter
  // labels the thing.
  const Word& wind = words[i + 1];
  if (w.core.size() == 1 && text::is_capitalized(wind.core)) return std::nullopt;
  if (wind.suffix.empty() && i + 2 < words.size() &&
      text::is_one_of_lowered(words[i + 2].core, {"farm", "farms", "turbine", "turbines", "tunnel", "tunnels", "park",
                                                  "parks", "power", "energy", "project", "projects", "developer"})) {
    return std::nullopt;
  }
  std::string said = text::lower(*name);
  // "north-northeast" -> "north-northeasterly": the ending goes on the last part.
  return Match{1, said + "erly", false};
}

// "F2\u20133", "F7": Beaufort's scale written short, beside words of the wind ("force two to three").
std::optional<Match> written_force(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core[0] != 'F' || !text::is_digit(core[1])) return std::nullopt;
  std::string figures(core.substr(1));
  if (std::size_t en = figures.find("\u2013"); en != std::string::npos) figures.replace(en, 3, "-");
  if (!is_force(figures) || !text::any_word_near(words, i, kSpan, tells_of_wind)) return std::nullopt;
  // In a forecast the force follows its point or a word of the wind ("SW F4\u20135", "increasing
  // F6", "a N wind, F5"); "an F4 tornado", "F1 practice", "the F3 race" are Fujita's scale and
  // racing's classes, whatever wind blew.
  if (i == 0 || (!words[i - 1].suffix.empty() && words[i - 1].suffix != ",")) return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (!compass_point_name(before) && !tells_of_wind(before) &&
      !text::is_one_of_lowered(before, {"variable", "mainly", "locally", "perhaps"})) {
    return std::nullopt;
  }
  std::size_t dash = figures.find('-');
  std::string said = "force " + cardinal_words(figures.substr(0, dash));
  if (dash != std::string::npos) said += " to " + cardinal_words(figures.substr(dash + 1));
  return Match{1, said, false};
}

}  // namespace

std::optional<Match> match_compass_span(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty()) return std::nullopt;
  if (auto span = point_span(words[i].core)) return Match{1, *span, false};
  if (auto wind = point_before_wind(words, i)) return wind;
  if (auto force = written_force(words, i)) return force;
  return point_before_force(words, i);
}

}  // namespace briefcast::rules
