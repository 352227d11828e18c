// Compass points written as capitals after a distance or before "of": "20 miles ESE of Apalachicola",
// "moved 10 miles further NW", "winds from the SW". Left alone, they are initialisms that
// eSpeak NG spells letter by letter.
#include <array>
#include <string>

#include "normalize/codes/codes.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

struct Point {
  std::string_view written;
  std::string_view spoken;
};

constexpr std::array<Point, 16> kPoints = {{
    {"N", "north"},       {"S", "south"},       {"E", "east"},        {"W", "west"},
    {"NE", "northeast"},  {"NW", "northwest"},  {"SE", "southeast"},  {"SW", "southwest"},
    {"NNE", "north-northeast"}, {"ENE", "east-northeast"}, {"ESE", "east-southeast"}, {"SSE", "south-southeast"},
    {"SSW", "south-southwest"}, {"WSW", "west-southwest"}, {"WNW", "west-northwest"}, {"NNW", "north-northwest"},
}};

std::optional<std::string_view> point_name(std::string_view core) {
  for (const Point& p : kPoints) {
    if (core == p.written) return p.spoken;
  }
  return std::nullopt;
}

bool is_distance_word(std::string_view word) {
  return text::is_one_of_lowered(word, {"miles", "mile", "mi", "km", "kilometers", "kilometres", "kilometer",
                                             "kilometre", "feet", "ft", "yards", "meters", "metres", "nm"});
}

// The word before position i (skipping "further", "farther", "due") is a distance, or a
// direction's "from the" / "to the".
bool after_distance_or_direction(const Words& words, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && words[k - 1].suffix.empty() &&
         text::is_one_of_lowered(words[k - 1].core, {"further", "farther", "due"})) {
    --k;
  }
  if (k == 0 || !words[k - 1].suffix.empty()) return false;
  if (is_distance_word(words[k - 1].core)) return true;
  return k >= 2 && text::lower(words[k - 1].core) == "the" && words[k - 2].suffix.empty() &&
         text::is_one_of_lowered(words[k - 2].core, {"from", "to", "toward", "towards"});
}

// "Winds: SE 5 MPH", "S 10-15 mph", "NW 20 knots": a wind's direction before its speed.
bool before_wind_speed(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty()) return false;
  std::string_view speed = words[i + 1].core;
  if (speed.empty() || !text::is_digit(speed[0]) || speed.find_first_not_of("0123456789-") != std::string_view::npos) {
    return false;
  }
  return is_speed_unit(text::lower(words[i + 2].core));
}

// "turning from SW to north", "from NE,", "moving WNW at 15 mph": a point of two or more
// letters right after "from", "to" or a verb of motion, where no name follows it ("from SW
// London" is a postcode area).
bool after_bare_direction(const Words& words, std::size_t i) {
  if (i == 0 || words[i].core.size() < 2 || !words[i - 1].suffix.empty() ||
      !(text::is_one_of_lowered(words[i - 1].core, {"from", "to", "toward", "towards"}) ||
        text::is_motion_verb(text::lower(words[i - 1].core)))) {
    return false;
  }
  if (!words[i].suffix.empty() || i + 1 == words.size()) return true;
  std::string_view next = words[i + 1].core;
  return !next.empty() && text::is_lower(next[0]) && text::is_function_word(next);
}

// "NW 95th Street", "SW 8th St": a quarter of a gridded city before a numbered street.
bool before_numbered_street(const Words& words, std::size_t i) {
  if (words[i].core.size() != 2 || i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty()) {
    return false;
  }
  return speak_ordinal(words[i + 1].core) && is_street_word(words[i + 2].core);
}

// "25.3N", "70W": a degree figure and its hemisphere letter; north and south up to 90, east
// and west up to 180. Empty when the word is no such figure.
std::string_view hemisphere(std::string_view core, std::string_view letters, int limit) {
  if (core.size() < 2 || letters.find(core.back()) == std::string_view::npos) return {};
  std::string_view figure = core.substr(0, core.size() - 1);
  // Plain digits with at most one point: no sign, no thousands separator.
  if (!text::is_digit(figure[0])) return {};
  auto number = text::parse_number(figure);
  if (!number || number->grouped || number->integer.size() > 3) return {};
  if (std::stoi(number->integer) > limit) return {};
  return figure;
}

std::string with_hemisphere(std::string_view figure, char letter) {
  return speak_word(figure) + " " + std::string(*point_name(std::string_view(&letter, 1)));
}

}  // namespace

std::optional<std::string_view> compass_point_name(std::string_view core) { return point_name(core); }

bool names_compass_point(std::string_view core) {
  return compass_point_name(core).has_value() ||
         text::is_one_of_lowered(core, {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                        "southwest", "north-east", "north-west", "south-east", "south-west"});
}

// "near 25.3N 70.1W", "at 12S, 45E", "25N and 70W": a latitude followed by a longitude, each a
// figure with its hemisphere letter, is a position; the letters are north, south, east and
// west, never newtons, seconds or watts.
std::optional<Match> match_coordinates(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty()) return std::nullopt;
  std::string_view latitude = hemisphere(words[i].core, "NS", 90);
  if (latitude.empty() || i + 1 >= words.size()) return std::nullopt;
  std::size_t j = i + 1;
  std::string joiner = std::string(words[i].suffix) + " ";
  if (words[i].suffix.empty() && words[j].core == "and" && words[j].suffix.empty() && j + 1 < words.size()) {
    joiner = " and ";
    ++j;
  }
  if (!words[j].prefix.empty() || (words[i].suffix != "," && !words[i].suffix.empty())) return std::nullopt;
  std::string_view longitude = hemisphere(words[j].core, "EW", 180);
  if (longitude.empty()) return std::nullopt;
  return Match{j - i + 1,
               with_hemisphere(latitude, words[i].core.back()) + joiner + with_hemisphere(longitude, words[j].core.back()),
               false};
}

std::optional<Match> match_compass_point(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto name = point_name(w.core);
  if (!name || !w.prefix.empty()) return std::nullopt;
  bool before_of = i + 1 < words.size() && w.suffix.empty() && words[i + 1].core == "of" && w.core.size() >= 2;
  if (!before_of && !after_distance_or_direction(words, i) && !before_wind_speed(words, i) &&
      !after_bare_direction(words, i) && !before_numbered_street(words, i)) {
    return std::nullopt;
  }
  return Match{1, std::string(*name), false};
}

}  // namespace briefcast::rules
