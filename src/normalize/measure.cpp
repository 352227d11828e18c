// Measures: a figure with a unit, attached or as the next word ("5 km", "12KG", "60 mph",
// "1.5°C", "100 million kg", "20%", "3 cc/s"), dimensions ("2x8 m2") and multipliers ("2.5x").
#include <array>
#include <initializer_list>

#include "normalize/function_words.h"
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// "km", "mi": consumption is counted per a distance; "51,200 KB/50 MB" gives one size twice.
bool is_distance(std::string_view written) {
  auto unit = find_unit(written);
  return unit && (text::ends_with(unit->many, "meters") || unit->many == "miles");
}

// Units that follow "per" in a written ratio: "MB/s", "km/h", "cc/s". After a unit a bare
// "s" is the second, whatever the unit before it.
std::optional<std::string> per_unit_words(std::string_view written) {
  if (written == "s" || written == "sec") return std::string("second");
  if (written == "h" || written == "hr") return std::string("hour");
  if (written == "min") return std::string("minute");
  if (written == "d") return std::string("day");
  return std::nullopt;
}

// "100 people/km²", "12 vehicles/h": a counted noun per a unit, as a density or a flow is
// written in tables; the slash is "per", never "or", when a unit symbol stands after it.
std::optional<std::string> counted_per_unit(std::string_view noun, std::string_view unit) {
  if (noun.size() < 3 || !text::all_alpha(noun) || !text::is_lower(noun[0])) return std::nullopt;
  if (text::is_function_word(text::lower(noun))) return std::nullopt;
  if (auto per = per_unit_words(unit)) return std::string(noun) + " per " + *per;
  if (auto per = find_unit(unit)) return std::string(noun) + " per " + per->one;
  return std::nullopt;
}

// "kg/min" after a first unit's slash: " per kilogram per minute", or nothing unless every
// part is a unit.
std::optional<std::string> per_units(std::string_view written) {
  if (written.find('/') == std::string_view::npos) return std::nullopt;
  std::string spoken;
  while (!written.empty()) {
    std::size_t slash = written.find('/');
    std::string_view part = written.substr(0, slash);
    auto unit = per_unit_words(part);
    // "mg/kg/day": a dose or a rate per a span of the calendar, written as the word.
    if (!unit && text::is_one_of(part, {"day", "week", "month", "year"})) unit = std::string(part);
    if (!unit) {
      auto found = find_unit(part);
      if (!found) return std::nullopt;
      unit = found->one;
    }
    spoken += " per " + *unit;
    written = slash == std::string_view::npos ? std::string_view() : written.substr(slash + 1);
    if (slash != std::string_view::npos && written.empty()) return std::nullopt;
  }
  return spoken;
}

bool is_one(const text::NumberLiteral& n) { return n.integer == "1" && !n.has_point && !n.negative; }

// A unit word: a known unit, or "known/anything" read with "per".
std::optional<std::string> unit_words(std::string_view written, bool singular) {
  if (auto u = find_unit(written)) return singular ? u->one : u->many;
  std::size_t slash = written.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view right = written.substr(slash + 1);
  // "42 /m²", "7 /km": a rate per unit written after a space.
  if (slash == 0) {
    if (auto per = find_unit(right)) return "per " + per->one;
    return std::nullopt;
  }
  auto left = find_unit(written.substr(0, slash));
  // "8 t/ha": a bare "t" is no unit alone ("5 t" may be a letter) but is the tonne before a slash.
  if (written.substr(0, slash) == "t") left = UnitName{"tonne", "tonnes"};
  if (!left && !right.empty()) return counted_per_unit(written.substr(0, slash), right);
  if (!left || right.empty()) return std::nullopt;
  std::string head(singular ? left->one : left->many);
  if (auto per = per_unit_words(right)) return head + " per " + *per;
  // "ml/kg/min": each further slash is one more "per".
  if (auto pers = per_units(right)) return head + *pers;
  // "kg/m3": a unit on both sides.
  if (auto per = find_unit(right)) return head + " per " + per->one;
  // "l/100km", "kWh/100 km": a consumption per a distance with its own figure.
  if (std::size_t digits = text::number_prefix_length(right); digits > 0 && is_distance(right.substr(digits))) {
    if (auto distance = speak_measure(right)) return head + " per " + *distance;
  }
  if (!text::all_alpha(right)) return std::nullopt;
  return head + " per " + std::string(right);
}

std::string quantity(const text::NumberLiteral& n) { return number_words(n, false); }

// The figure of a measure. Leading zeros pad a clock-like reading ("2 hours 01min 09sec") and
// are not said: "one minute", not "zero one minutes".
std::optional<text::NumberLiteral> measured_number(std::string_view s) {
  auto number = text::parse_number(s);
  if (!number) return number;
  std::size_t zeros = number->integer.find_first_not_of('0');
  if (number->integer.size() > 1 && zeros != 0) {
    number->integer.erase(0, std::min(zeros, number->integer.size() - 1));
  }
  return number;
}

std::optional<std::string> attached(std::string_view core, bool adjective);

// The last figure of dimensions with its unit: "13cm", or a unit word joined by a hyphen
// ("9x13-inch pan", "10 x 12-foot room": "nine by thirteen-inch"), the whole a compound
// adjective that the unit abbreviations alone do not cover.
std::optional<std::string> last_dimension(std::string_view piece, bool adjective) {
  // "4x4s", "2x4s": vehicles and timber named by their dimensions, in the plural ("four by
  // fours"), not the letter "s" or seconds.
  if (piece.size() >= 2 && piece.size() <= 3 && piece.back() == 's' && text::all_digits(piece.substr(0, piece.size() - 1))) {
    if (auto figure = text::parse_number(piece.substr(0, piece.size() - 1))) return pluralize_last_word(quantity(*figure));
  }
  if (auto unit = attached(piece, adjective)) return unit;
  std::size_t dash = piece.find('-');
  if (dash == std::string_view::npos || dash + 1 >= piece.size()) return std::nullopt;
  std::string_view word = piece.substr(dash + 1);
  auto figure = text::parse_number(piece.substr(0, dash));
  if (!figure || !text::all_alpha(word) || !text::is_lower(word[0]) || word.size() > 12) return std::nullopt;
  return text::hyphenated(quantity(*figure) + " " + std::string(word));
}

// The spoken measure of one word ("12KG", "2x8", "10^3"); `adjective` asks for the unit in
// the singular, as before a noun ("a 30W charger" -> "thirty watt").
std::optional<std::string> attached(std::string_view core, bool adjective) {
  std::size_t n = text::number_prefix_length(core);
  if (n == 0 || n == core.size()) return std::nullopt;
  auto number = measured_number(core.substr(0, n));
  if (!number) return std::nullopt;
  std::string_view rest = core.substr(n);
  // Dimensions and multipliers: "2x8", "2.5x".
  if (rest[0] == 'x' || rest[0] == 'X') {
    if (rest.size() == 1) return quantity(*number) + " times";
    // "3x3x3": every further "x" is one more dimension.
    std::string spoken = quantity(*number);
    std::size_t start = 1;
    for (int dimensions = 0; dimensions < 3; ++dimensions) {
      std::size_t end = rest.find_first_of("xX", start);
      std::string_view piece = rest.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
      auto other = text::parse_number(piece);
      if (!other && end == std::string_view::npos) {
        // "4x100m": the last dimension may carry the unit.
        auto last = last_dimension(piece, adjective);
        return last ? std::optional<std::string>(spoken + " by " + *last) : std::nullopt;
      }
      if (!other) return std::nullopt;
      spoken += " by " + quantity(*other);
      if (end == std::string_view::npos) return spoken;
      start = end + 1;
    }
    return std::nullopt;
  }
  // A height in feet and inches: "6'2" -> "six foot two" (the inch mark, if any, is outside the core).
  // Past eleven, or with a leading zero, the second figure is no inch: "3'20", "12'45", "4'07"
  // are minutes and seconds, as cycling, skiing and rowing copy write a gap or a time.
  if (rest[0] == '\'' && rest.size() >= 2 && rest.size() <= 3 && text::all_digits(rest.substr(1)) &&
      !number->has_point && number->integer.size() <= 2) {
    std::string_view second = rest.substr(1);
    if (marks_seconds(second)) {
      const bool one_second = adjective || second == "01";  // "a three-minute-twenty-second lead"
      std::string seconds = second == "00" ? "" : cardinal_words(second) + (one_second ? " second" : " seconds");
      if (number->integer == "0") return seconds.empty() ? std::nullopt : std::optional<std::string>(seconds);
      const bool one = adjective || is_one(*number);
      std::string minutes = quantity(*number) + (one ? " minute" : " minutes");
      return seconds.empty() ? minutes : minutes + " " + seconds;
    }
    if (number->integer.size() == 1) return quantity(*number) + " foot " + cardinal_words(second);
  }
  // Powers: "10^3", "2^-8"; E notation, "3.8e25", "1.6E-19", is the figure times ten to one.
  const bool e_notation = (rest[0] == 'e' || rest[0] == 'E') && rest.size() >= 2;
  if (rest[0] == '^' || e_notation) {
    auto exponent = text::parse_number(rest.substr(1));
    if (exponent && !exponent->has_point && exponent->integer.size() <= 6) {
      return quantity(*number) + (e_notation ? " times ten" : "") + " to the power of " + quantity(*exponent);
    }
    return std::nullopt;
  }
  // "a 5-km race", "the 100-m final": a figure joined to its unit by a hyphen is a compound
  // adjective, its unit singular ("a five-kilometer race").
  if (rest[0] == '-' && rest.size() > 1) {
    if (auto unit = unit_words(rest.substr(1), true)) {
      return text::hyphenated(quantity(*number) + " " + *unit);
    }
    // "a 15-yr-old", "a 3-hr-long delay": a unit inside a longer compound.
    std::size_t dash = rest.find('-', 1);
    if (dash != std::string_view::npos && text::all_alpha(rest.substr(dash + 1))) {
      if (auto unit = unit_words(rest.substr(1, dash - 1), true)) {
        return text::hyphenated(quantity(*number) + " " + *unit + " " + std::string(rest.substr(dash + 1)));
      }
    }
  }
  // "2in of rain": written against the figure, "in" is inches (alone it is the word).
  if (rest == "in" && !number->negative) return quantity(*number) + (adjective || is_one(*number) ? " inch" : " inches");
  if (auto unit = unit_words(rest, adjective || is_one(*number))) return quantity(*number) + " " + *unit;
  // "a 10m-long tunnel", "a 40ft-high wave": a unit joined to the word it measures ("4K-ready" is a screen's).
  if (std::size_t dash = rest.find('-'); dash != std::string_view::npos && dash > 0 && rest.substr(0, dash) != "K") {
    auto unit = unit_words(rest.substr(0, dash), true);
    std::string_view word = rest.substr(dash + 1);
    if (unit && !word.empty() && text::all_alpha(word) && text::is_lower(word[0])) {
      return text::hyphenated(quantity(*number) + " " + *unit + " " + std::string(word));
    }
  }
  // "1.2s", "19.46s": after a decimal figure an "s" is seconds; "4s" alone may be a plural.
  if (rest == "s" && number->has_point) return quantity(*number) + (adjective ? " second" : " seconds");
  // "40C", "-5C", "104F": a temperature written without its degree sign, as British and wire
  // copy write it; a figure of up to three digits only, so codes like "1080C" stay codes.
  if ((rest == "C" || rest == "F") && number->integer.size() <= 3) {
    auto unit = unit_words(rest == "C" ? "\u00b0C" : "\u00b0F", adjective || is_one(*number));
    if (unit) return quantity(*number) + " " + *unit;
  }
  return std::nullopt;
}

// "0-60", "5–10": two plain figures joined by a hyphen or an en dash, the first the lower.
std::optional<std::string> number_range(std::string_view core) {
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    auto low = text::parse_number(core.substr(0, at));
    auto high = text::parse_number(core.substr(at + dash.size()));
    if (!low || !high || low->negative || high->negative) return std::nullopt;
    return quantity(*low) + " to " + quantity(*high);
  }
  return std::nullopt;
}

// "1/4", "3/8": a fraction below one, as a recipe writes it before a unit.
std::optional<std::string> proper_fraction(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || core.size() - slash - 1 > 2) return std::nullopt;
  std::string_view top = core.substr(0, slash);
  std::string_view bottom = core.substr(slash + 1);
  if (bottom.empty() || !text::all_digits(top) || !text::all_digits(bottom)) return std::nullopt;
  if (std::stoi(std::string(top)) >= std::stoi(std::string(bottom))) return std::nullopt;
  return speak_fraction(core);
}

// "3 ft. this summer": a unit's period before a lower-case word abbreviates it; it is no
// sentence end, and left in eSpeak NG would pause there.
bool abbreviation_period(const Words& words, std::size_t j) {
  if (words[j].suffix != "." || j + 1 >= words.size()) return false;
  const Word& next = words[j + 1];
  return next.prefix.empty() && !next.core.empty() && text::is_lower(next.core[0]);
}

// The figure that opens a spaced measure, and how its unit agrees with it.
struct LeadingFigure {
  std::string spoken;
  bool singular = false;  // the unit after it is said in the singular
  bool decimal = false;   // written with a point, so a lone "s" after it is seconds
};

std::optional<LeadingFigure> leading_figure(std::string_view core, bool adjective) {
  if (auto number = measured_number(core)) {
    return LeadingFigure{quantity(*number), adjective || is_one(*number), number->has_point};
  }
  // "1/4 tsp": less than one, so "one quarter teaspoon"; "½ tsp" is the same written as one sign.
  if (auto part = proper_fraction(core)) return LeadingFigure{*part, true, false};
  if (!core.empty() && !text::is_digit(core[0]) && core[0] != '-') {
    if (auto part = speak_fraction(core)) return LeadingFigure{*part, true, false};
  }
  // "0-60 mph": a range of figures before its unit, plural unless an adjective
  if (auto range = number_range(core)) return LeadingFigure{*range, adjective, false};
  if (auto dims = speak_measure(core); dims && dims->find(" by ") != std::string::npos) {
    return LeadingFigure{*dims, adjective, false};
  }
  // "130/80 mmHg": two readings of one unit, "one hundred thirty over eighty"
  if (auto pair = speak_fraction(core); pair && pair->find(" over ") != std::string::npos) {
    return LeadingFigure{*pair, adjective, false};
  }
  return std::nullopt;
}

bool is_times_sign(const Word& w) {
  return (w.core == "x" || w.core == "\u00d7") && w.prefix.empty() && w.suffix.empty();
}

// "3.5 x 4.5 m": dimensions with spaces around the "x" after the figure at word i.
std::optional<Match> spaced_dimensions(const Words& words, std::size_t i, const std::string& figure, bool adjective) {
  std::size_t j = i + 1;
  if (!is_times_sign(words[j])) return std::nullopt;
  if (j + 2 < words.size() && words[j + 1].suffix.empty()) {
    if (auto other = text::parse_number(words[j + 1].core)) {
      if (words[j + 2].prefix.empty()) {
        // "1280 x 2800 pixels": a screen's resolution is counted in pixels.
        auto unit = text::is_one_of(words[j + 2].core, {"pixels", "pixel"}) ? std::optional<std::string>("pixels")
                                                                           : unit_words(words[j + 2].core, adjective);
        if (unit) return Match{j - i + 3, figure + " by " + quantity(*other) + " " + *unit, false};
      }
    }
  }
  // "1,220 x 2,712px": the unit written against the second figure.
  if (j + 1 < words.size() && words[j + 1].prefix.empty()) {
    if (auto other = last_dimension(words[j + 1].core, adjective)) return Match{j - i + 2, figure + " by " + *other, false};
  }
  // "a 10 x 12 room", "the 4 x 400 relay", "2 x 2 x 3": figures across a times sign are
  // dimensions or a relay's legs, said "by", with or without a unit after them.
  std::string spoken = figure;
  for (; j + 1 < words.size() && is_times_sign(words[j]) && words[j + 1].prefix.empty(); j += 2) {
    auto other = text::parse_number(words[j + 1].core);
    if (!other) break;
    spoken += " by " + quantity(*other);
    if (!words[j + 1].suffix.empty()) {
      j += 2;
      break;
    }
  }
  if (j > i + 1) return Match{j - i, spoken, false};
  return std::nullopt;
}

// "40 sq ft", "12 fl oz", "140/90 mm Hg": a unit written as two words from word j, after the
// figure at word i.
std::optional<Match> two_word_unit(const Words& words, std::size_t i, std::size_t j, const LeadingFigure& figure) {
  if (j + 1 >= words.size() || !words[j + 1].prefix.empty()) return std::nullopt;
  const Word& w = words[j];
  std::string_view next = words[j + 1].core;
  bool singular = figure.singular;
  // "40 sq ft", "3 cu m": an area or volume.
  if ((w.core == "sq" || w.core == "cu") && (w.suffix.empty() || w.suffix == ".")) {
    // "in" is inches only here, after "sq" or "cu"; alone it is the word.
    auto unit = next == "in" ? std::optional<std::string>(singular ? "inch" : "inches") : unit_words(next, singular);
    if (unit) {
      std::string power = w.core == "sq" ? "square " : "cubic ";
      return Match{j - i + 2, figure.spoken + " " + power + *unit, abbreviation_period(words, j + 1)};
    }
  }
  if (!w.suffix.empty()) return std::nullopt;
  // "280 lb ft": torque in pound feet, written with a space.
  if ((w.core == "lb" || w.core == "lbs") && next == "ft") {
    return Match{j - i + 2, figure.spoken + (singular ? " pound foot" : " pound feet"), abbreviation_period(words, j + 1)};
  }
  if (w.core == "fl" && next == "oz") {
    return Match{j - i + 2, figure.spoken + (singular ? " fluid ounce" : " fluid ounces"), false};
  }
  if (w.core == "mm" && next == "Hg") {
    return Match{j - i + 2, figure.spoken + (singular ? " millimeter of mercury" : " millimeters of mercury"), false};
  }
  return std::nullopt;
}

// "6 ft 2 in": a length in feet and inches; "in" is inches only after feet and a figure.
// Before a noun it is "a six-foot-four forward". measure says the figure and its feet.
std::optional<Match> feet_and_inches(const Words& words, std::size_t i, std::size_t j, const std::string& measure,
                                     bool adjective) {
  // "6 ft. 2 in. tall": either unit may carry its abbreviation's period.
  bool feet = words[j].core == "ft" && (words[j].suffix.empty() || words[j].suffix == ".");
  if (feet && j + 2 < words.size() && words[j + 1].prefix.empty() && words[j + 1].suffix.empty() &&
      words[j + 2].prefix.empty() && words[j + 2].core == "in") {
    if (auto inches = text::parse_number(words[j + 1].core); inches && !inches->negative) {
      std::string inch_word = adjective ? "" : is_one(*inches) ? " inch" : " inches";
      return Match{j - i + 3, measure + " " + quantity(*inches) + inch_word, abbreviation_period(words, j + 2)};
    }
  }
  return std::nullopt;
}

// "7.5 L/100 km": a consumption per a distance whose figure and unit are two words; the unit
// at word j ends in "/" and a figure, the distance's unit is the next word.
std::optional<Match> per_spaced_distance(const Words& words, std::size_t i, std::size_t j, const LeadingFigure& figure) {
  std::size_t slash = words[j].core.find('/');
  if (slash == std::string_view::npos || j + 1 >= words.size() || !words[j].suffix.empty() ||
      !words[j + 1].prefix.empty() || !text::all_digits(words[j].core.substr(slash + 1))) {
    return std::nullopt;
  }
  auto unit = find_unit(words[j].core.substr(0, slash));
  auto distance = find_unit(words[j + 1].core);
  if (!unit || !distance || !is_distance(words[j + 1].core) || slash + 1 >= words[j].core.size()) return std::nullopt;
  std::string_view per = words[j].core.substr(slash + 1);
  std::string spoken = figure.spoken + " " + (figure.singular ? unit->one : unit->many) + " per " +
                       cardinal_words(per) + " " + (per == "1" ? distance->one : distance->many);
  return Match{j - i + 2, spoken, abbreviation_period(words, j + 1)};
}

// "0.5 mL per kg": a rate written with the word "per" before a second unit.
std::optional<Match> per_second_unit(const Words& words, std::size_t i, std::size_t j, const std::string& measure) {
  if (j + 2 < words.size() && words[j].suffix.empty() && words[j + 1].core == "per" && words[j + 1].suffix.empty() &&
      words[j + 2].prefix.empty()) {
    if (auto per = find_unit(words[j + 2].core)) {
      return Match{j - i + 3, measure + " per " + per->one, abbreviation_period(words, j + 2)};
    }
  }
  return std::nullopt;
}

// A measure written as several words from i on: "5 km", "100 million kg", "3.5 x 4.5 m",
// "40 sq ft".
std::optional<Match> spaced(const Words& words, std::size_t i, bool adjective) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return std::nullopt;
  auto figure = leading_figure(words[i].core, adjective);
  if (!figure) return std::nullopt;
  if (auto dims = spaced_dimensions(words, i, figure->spoken, adjective)) return dims;
  std::size_t j = i + 1;
  if (auto scale = speak_scale(words[j].core); scale && words[j].suffix.empty() && j + 1 < words.size()) {
    figure->spoken += " " + *scale;
    figure->singular = adjective;
    ++j;
  }
  if (!words[j].prefix.empty()) return std::nullopt;
  if (auto two_words = two_word_unit(words, i, j, *figure)) return two_words;
  if (auto consumption = per_spaced_distance(words, i, j, *figure)) return consumption;
  auto unit = unit_words(words[j].core, figure->singular);
  // "9.58 s": a lone "s" is a unit only after a figure with a point, a time to the hundredth,
  // or after minutes ("6 min 20 s").
  bool after_minutes = i > 0 && text::is_one_of(words[i - 1].core, {"min", "mins", "minutes", "minute"});
  if (!unit && (figure->decimal || after_minutes) && words[j].core == "s") unit = figure->singular ? "second" : "seconds";
  // "3 in. of snow": "in" with an abbreviation's period, a lower-case word going on after it,
  // is the inch; without the period it is the word.
  if (!unit && words[j].core == "in" && text::starts_with(words[j].suffix, ".") && j + 1 < words.size() &&
      !words[j + 1].core.empty() && text::is_lower(words[j + 1].core[0])) {
    unit = figure->singular ? "inch" : "inches";
  }
  if (!unit) return std::nullopt;
  std::string measure = figure->spoken + " " + *unit;
  if (auto length = feet_and_inches(words, i, j, measure, adjective)) return length;
  if (auto rate = per_second_unit(words, i, j, measure)) return rate;
  return Match{j - i + 1, measure, abbreviation_period(words, j)};
}

// "fired 155mm artillery shells", "shot on 35mm film": millimetres before ammunition, a gun
// or film are its calibre or gauge, an adjective with no article before it.
bool names_a_calibre(const Words& words, std::size_t i, std::size_t count) {
  std::size_t n = i + count;
  if (n >= words.size() || !words[n - 1].suffix.empty() || !text::ends_with(words[n - 1].core, "mm")) return false;
  // One word may stand between ("155mm artillery shells").
  for (std::size_t k = n; k < words.size() && k <= n + 1 && words[k].prefix.empty(); ++k) {
    if (text::is_one_of(words[k].core, {"shells", "shell", "rounds", "ammunition", "ammo", "artillery", "guns", "gun",
                                        "howitzer", "howitzers", "mortar", "mortars", "cannon", "pistol", "rifle",
                                        "bullets", "cartridges", "film", "lens", "camera"})) {
      return true;
    }
    if (!words[k].suffix.empty()) break;
  }
  return false;
}

}  // namespace

std::optional<std::string> speak_measure_adjective(std::string_view core) {
  auto single = attached(core, true);
  if (!single) return std::nullopt;
  return text::hyphenated(*single);
}

std::optional<std::string> speak_measure(std::string_view core) {
  // "0,5%", "2,25%": a decimal comma, as European figures print it.
  if (!core.empty() && core.back() == '%') {
    if (auto dotted = text::with_decimal_point(core.substr(0, core.size() - 1), 3, 1, 2)) {
      return attached(*dotted + "%", false);
    }
  }
  auto spoken = attached(core, false);
  // "+3.5%": a change is said with its sign.
  if (spoken && !core.empty() && core[0] == '+') return "plus " + *spoken;
  return spoken;
}

std::optional<Match> match_measure(const Words& words, std::size_t i) {
  if (auto m = match_cued_measure(words, i)) return m;
  if (auto m = match_count_scale(words, i)) return m;
  if (auto m = match_named_measure(words, i)) return m;
  auto found = spaced(words, i, false);
  std::size_t count = found ? found->count : 1;
  // Before a noun the measure is one compound adjective: "a 30W charger" -> "a thirty-watt
  // charger", "the 100 m final" -> "the one-hundred-meter final".
  bool adjectival =
      is_adjectival(words, i, count) || names_a_calibre(words, i, count) || sizes_each_of_plural(words, i, count);
  // "a 12 oz. bottle", "a 6 ft. fence": the unit's period abbreviates, and the measure before
  // the noun is one adjective all the same.
  bool dotted_unit = found && abbreviation_period(words, i + count - 1);
  if (!adjectival && dotted_unit) {
    Words plain = words;
    plain[i + count - 1].suffix = "";
    adjectival = is_adjectival(plain, i, count);
  }
  if (adjectival) {
    if (found) {
      auto singular = spaced(words, i, true);
      return Match{count, text::hyphenated(singular->spoken), dotted_unit};
    }
    // "a 200-lb. man": the unit's period before the noun abbreviates; it ends no sentence.
    if (auto single = attached(words[i].core, true)) return Match{1, text::hyphenated(*single), abbreviation_period(words, i)};
  }
  // "a 200-lb. man": a unit joined by a hyphen, its period before the noun, abbreviates.
  if (!found && abbreviation_period(words, i) && words[i].core.find('-') != std::string_view::npos) {
    if (auto single = attached(words[i].core, false)) return Match{1, *single, true};
  }
  return found;
}

}  // namespace briefcast::rules
