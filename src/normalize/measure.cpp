// Measures: a figure with a unit, attached or as the next word ("5 km", "12KG", "60 mph",
// "1.5°C", "100 million kg", "20%", "3 cc/s"), dimensions ("2x8 m2") and multipliers ("2.5x").
#include <array>

#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

struct Unit {
  std::string_view written;
  std::string_view one;
  std::string_view many;
  bool any_case;  // "KG" and "kg" are the same unit; "M" and "m" are not
};

constexpr Unit kUnits[] = {
    {"km", "kilometer", "kilometers", true},
    {"m", "meter", "meters", false},
    {"cm", "centimeter", "centimeters", true},
    {"mm", "millimeter", "millimeters", false},
    {"mi", "mile", "miles", false},
    {"ft", "foot", "feet", true},
    {"yd", "yard", "yards", false},
    {"kg", "kilogram", "kilograms", true},
    {"kgs", "kilogram", "kilograms", true},
    {"g", "gram", "grams", false},
    {"mg", "milligram", "milligrams", false},
    {"lb", "pound", "pounds", true},
    {"lbs", "pound", "pounds", true},
    {"oz", "ounce", "ounces", true},
    {"mph", "mile per hour", "miles per hour", true},
    {"kph", "kilometer per hour", "kilometers per hour", true},
    {"km/h", "kilometer per hour", "kilometers per hour", true},
    {"kmh", "kilometer per hour", "kilometers per hour", true},
    {"m/s", "meter per second", "meters per second", false},
    {"mbps", "megabit per second", "megabits per second", true},
    {"gbps", "gigabit per second", "gigabits per second", true},
    {"kbps", "kilobit per second", "kilobits per second", true},
    {"GB", "gigabyte", "gigabytes", false},
    {"MB", "megabyte", "megabytes", false},
    {"KB", "kilobyte", "kilobytes", false},
    {"kB", "kilobyte", "kilobytes", false},
    {"TB", "terabyte", "terabytes", false},
    {"ghz", "gigahertz", "gigahertz", true},
    {"mhz", "megahertz", "megahertz", true},
    {"khz", "kilohertz", "kilohertz", true},
    {"Hz", "hertz", "hertz", false},
    {"kW", "kilowatt", "kilowatts", false},
    {"MW", "megawatt", "megawatts", false},
    {"GW", "gigawatt", "gigawatts", false},
    {"kwh", "kilowatt hour", "kilowatt hours", true},
    {"mwh", "megawatt hour", "megawatt hours", true},
    {"mAh", "milliamp hour", "milliamp hours", false},
    {"L", "liter", "liters", false},
    {"ml", "milliliter", "milliliters", true},
    {"cc", "c c", "c c", true},
    {"ha", "hectare", "hectares", false},
    {"m2", "square meter", "square meters", false},
    {"m\u00b2", "square meter", "square meters", false},
    {"km2", "square kilometer", "square kilometers", true},
    {"km\u00b2", "square kilometer", "square kilometers", true},
    {"sq km", "square kilometer", "square kilometers", true},
    {"m3", "cubic meter", "cubic meters", false},
    {"m\u00b3", "cubic meter", "cubic meters", false},
    {"\u00b0C", "degree Celsius", "degrees Celsius", true},
    {"\u00b0F", "degree Fahrenheit", "degrees Fahrenheit", true},
    {"\u00b0", "degree", "degrees", true},
    {"%", "percent", "percent", true},
    {"ms", "millisecond", "milliseconds", false},
    {"sec", "second", "seconds", false},
    {"min", "minute", "minutes", false},
    {"hrs", "hour", "hours", false},
    {"hr", "hour", "hours", false},
    {"bn", "billion", "billion", false},
    {"nm", "nanometer", "nanometers", false},
    {"dB", "decibel", "decibels", false},
    {"kcal", "kilocalorie", "kilocalories", true},
    {"V", "volt", "volts", false},
    {"kV", "kilovolt", "kilovolts", false},
    {"sq ft", "square foot", "square feet", true},
    {"h", "hour", "hours", false},
    {"mins", "minute", "minutes", false},
    {"yrs", "year", "years", false},
    {"kms", "kilometer", "kilometers", false},
    {"mA", "milliamp", "milliamps", false},
    {"\u00b5m", "micrometer", "micrometers", false},
    {"\u03bcm", "micrometer", "micrometers", false},
    {"W", "watt", "watts", false},
    {"tbsp", "tablespoon", "tablespoons", true},
    {"tsp", "teaspoon", "teaspoons", true},
    {"gal", "gallon", "gallons", true},
    {"yds", "yard", "yards", false},
    {"hp", "horsepower", "horsepower", true},
    {"ppm", "part per million", "parts per million", true},
    {"Gb", "gigabit", "gigabits", false},
    {"Mb", "megabit", "megabits", false},
    {"mcg", "microgram", "micrograms", true},
    {"\u00b5g", "microgram", "micrograms", false},
    {"cm2", "square centimeter", "square centimeters", true},
    {"cm\u00b2", "square centimeter", "square centimeters", true},
    {"cm3", "cubic centimeter", "cubic centimeters", true},
    {"cm\u00b3", "cubic centimeter", "cubic centimeters", true},
    {"mm2", "square millimeter", "square millimeters", false},
    {"ft\u00b2", "square foot", "square feet", true},
    {"sq mi", "square mile", "square miles", true},
    {"kn", "knot", "knots", false},
    {"MPa", "megapascal", "megapascals", false},
    {"kPa", "kilopascal", "kilopascals", false},
    {"mmHg", "millimeter of mercury", "millimeters of mercury", false},
};

// Units that follow "per" in a written ratio: "MB/s", "km/h". A bare "s" is read as
// "second" only after a data unit ("MB/s"); after other units the reference suite spells it
// ("3 cc/s" -> "three c c per s"), and those ratios are rare enough in news to follow it.
std::optional<std::string> per_unit_words(std::string_view written, const Unit& left) {
  bool data = text::ends_with(left.many, "bytes") || text::ends_with(left.many, "bits");
  if ((written == "s" && data) || written == "sec") return std::string("second");
  if (written == "h" || written == "hr") return std::string("hour");
  if (written == "min") return std::string("minute");
  if (written == "d") return std::string("day");
  return std::nullopt;
}

const Unit* find_unit(std::string_view written) {
  for (const Unit& u : kUnits) {
    if (written == u.written || (u.any_case && text::iequals(written, u.written))) return &u;
  }
  return nullptr;
}

bool is_one(const text::NumberLiteral& n) { return n.integer == "1" && !n.has_point && !n.negative; }

// A unit word: a known unit, or "known/anything" read with "per".
std::optional<std::string> unit_words(std::string_view written, bool singular) {
  if (const Unit* u = find_unit(written)) return std::string(singular ? u->one : u->many);
  std::size_t slash = written.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  const Unit* left = find_unit(written.substr(0, slash));
  std::string_view right = written.substr(slash + 1);
  if (left == nullptr || right.empty()) return std::nullopt;
  std::string head(singular ? left->one : left->many);
  if (auto per = per_unit_words(right, *left)) return head + " per " + *per;
  // "kg/m3": a unit on both sides.
  if (const Unit* per = find_unit(right)) return head + " per " + std::string(per->one);
  if (!text::all_alpha(right)) return std::nullopt;
  return head + " per " + std::string(right);
}

std::string quantity(const text::NumberLiteral& n) { return number_words(n, false); }

}  // namespace

std::optional<std::string> speak_measure(std::string_view core) {
  std::size_t n = text::number_prefix_length(core);
  if (n == 0 || n == core.size()) return std::nullopt;
  auto number = text::parse_number(core.substr(0, n));
  if (!number) return std::nullopt;
  std::string_view rest = core.substr(n);
  // Dimensions and multipliers: "2x8", "2.5x".
  if (rest[0] == 'x' || rest[0] == 'X') {
    if (rest.size() == 1) return quantity(*number) + " times";
    auto other = text::parse_number(rest.substr(1));
    if (other) return quantity(*number) + " by " + quantity(*other);
    return std::nullopt;
  }
  // Powers: "10^3", "2^-8".
  if (rest[0] == '^') {
    auto exponent = text::parse_number(rest.substr(1));
    if (exponent && !exponent->has_point && exponent->integer.size() <= 6) {
      return quantity(*number) + " to the power of " + quantity(*exponent);
    }
    return std::nullopt;
  }
  if (auto unit = unit_words(rest, is_one(*number))) return quantity(*number) + " " + *unit;
  return std::nullopt;
}

std::optional<Match> match_measure(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return std::nullopt;
  std::string figure;
  bool singular = false;
  if (auto number = text::parse_number(words[i].core)) {
    figure = quantity(*number);
    singular = is_one(*number);
  } else if (auto dims = speak_measure(words[i].core); dims && dims->find(" by ") != std::string::npos) {
    figure = *dims;
  } else {
    return std::nullopt;
  }
  std::size_t j = i + 1;
  // "3.5 x 4.5 m": dimensions with spaces around the "x".
  if ((words[j].core == "x" || words[j].core == "\u00d7") && words[j].prefix.empty() && words[j].suffix.empty() &&
      j + 2 < words.size() && words[j + 1].suffix.empty()) {
    if (auto other = text::parse_number(words[j + 1].core)) {
      if (words[j + 2].prefix.empty()) {
        if (auto unit = unit_words(words[j + 2].core, false)) {
          return Match{j - i + 3, figure + " by " + quantity(*other) + " " + *unit, false};
        }
      }
    }
  }
  if (auto scale = speak_scale(words[j].core); scale && words[j].suffix.empty() && j + 1 < words.size()) {
    figure += " " + *scale;
    singular = false;
    ++j;
  }
  if (!words[j].prefix.empty()) return std::nullopt;
  // "40 sq ft", "3 cu m": an area or volume written as two words.
  if ((words[j].core == "sq" || words[j].core == "cu") && words[j].suffix.empty() && j + 1 < words.size() &&
      words[j + 1].prefix.empty()) {
    if (auto unit = unit_words(words[j + 1].core, singular)) {
      std::string power = words[j].core == "sq" ? "square " : "cubic ";
      return Match{j - i + 2, figure + " " + power + *unit, false};
    }
  }
  auto unit = unit_words(words[j].core, singular);
  if (!unit) return std::nullopt;
  return Match{j - i + 1, figure + " " + *unit, false};
}

}  // namespace briefcast::rules
