// Measures written as one word: a figure with its unit against it ("12KG", "1.5°C", "20%"),
// hyphened to it ("a 5-km race"), dimensions ("2x8", "4x100m"), multipliers ("2.5x"), feet and
// inches ("6'2"), powers ("10^3", "3.8e25"); and the unit words ("kg/m3", "cc/s"). Apart from
// measure.cpp, which finds measures across words, so that each file holds one reading; the unit
// words are shared (attached_measures.h), so "5 km" and "5km" are said alike.
#include <initializer_list>

#include "normalize/function_words.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

// "km", "mi": consumption is counted per a distance; "51,200 KB/50 MB" gives one size twice.
bool is_distance(std::string_view written) {
  auto unit = find_unit(written);
  return unit && (text::ends_with(unit->many, "meters") || unit->many == "miles");
}

// "100km", "100 mL": a distance or a volume, which a ratio may give with its own figure
// ("l/100km", "cfu/100ml").
bool is_per_figure_unit(std::string_view written) {
  auto unit = find_unit(written);
  return is_distance(written) || (unit && (text::ends_with(unit->many, "liters") || text::starts_with(unit->many, "cubic")));
}

// "1000h", "24h": a span of time (the time units of quantity_kind), which a rate glued to its
// slash may give with its own figure ("kWh/1000h", an energy label's base; "mm/24h").
bool is_span_of_time(std::string_view written) {
  auto unit = find_unit(written);
  return unit && quantity_kind(unit->many) == "time";
}

// "2x150W", "4 x 25W", "6x330ml": a small count times a quantity in a unit no side of a box is
// measured in (power, volume, mass, data) is so many of that quantity, said "times"; "by" is
// for dimensions and relay legs ("2x4m", "4x100m"), which are lengths.
bool counts_rated_quantity(std::string_view count, std::string_view piece) {
  auto n = text::parse_number(count);
  if (!n || n->negative || n->has_point || n->grouped || n->integer.size() > 2 || n->integer == "0") return false;
  std::size_t digits = text::number_prefix_length(piece);
  if (digits == 0 || digits == piece.size() || !text::parse_number(piece.substr(0, digits))) return false;
  std::string_view symbol = piece.substr(digits);
  auto unit = find_unit(symbol);
  if (!unit || !text::all_alpha(symbol)) return false;
  for (std::string_view length : {"meter", "feet", "foot", "inch", "yard", "mile", "pixel"}) {
    if (unit->many.find(length) != std::string::npos) return false;
  }
  return true;
}

namespace {

// "200mm-equivalent", "10m-long": a figure and its unit hyphened to a lowercase word.
bool unit_joins_word(std::string_view measure) {
  std::string_view rest = measure.substr(text::number_prefix_length(measure));
  std::size_t dash = rest.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= rest.size()) return false;
  std::string_view word = rest.substr(dash + 1);
  return find_unit(rest.substr(0, dash)) && text::all_alpha(word) && text::is_lower(word[0]);
}

// Units that follow "per" in a written ratio: "MB/s", "km/h", "cc/s". After a unit a bare
// "s" is the second, whatever the unit before it.
std::optional<std::string> per_unit_words(std::string_view written) {
  if (written == "s" || written == "sec") return std::string("second");
  if (written == "h" || written == "hr") return std::string("hour");
  if (written == "min") return std::string("minute");
  if (written == "d") return std::string("day");
  // "12 dB/oct": a filter's slope per octave, as audio copy shortens it.
  if (written == "oct") return std::string("octave");
  // "2.4 t/ac", "180 bu/ac": a yield over the acre, which alone after a figure needs a cue.
  if (written == "ac") return std::string("acre");
  // "0.25 s/rot", "2 s/rev": a scanner's gantry or a spindle turning, abbreviated.
  if (written == "rot") return std::string("rotation");
  if (written == "rev") return std::string("revolution");
  // "96 kg/t", "31 kWh/t": a yield or a use per tonne of what a mill takes in.
  if (written == "t") return std::string("tonne");
  return std::nullopt;
}

// "lap", "stage", "vehicles": a lower-case word of three letters or more, no function word, that
// a rate may be counted per or that may count what a rate is of.
bool is_counted_noun(std::string_view w) {
  return w.size() >= 3 && text::all_alpha(w) && text::is_lower(w[0]) && !text::is_function_word(text::lower(w));
}

// "100 people/km²", "12 vehicles/h": a counted noun per a unit, as a density or a flow is
// written in tables; the slash is "per", never "or", when a unit symbol stands after it.
std::optional<std::string> counted_per_unit(std::string_view noun, std::string_view unit) {
  if (!is_counted_noun(noun)) return std::nullopt;
  if (auto per = per_unit_words(unit)) return std::string(noun) + " per " + *per;
  if (auto per = find_unit(unit)) return std::string(noun) + " per " + per->one;
  return std::nullopt;
}

// "lane-km", "passenger-km", "vehicle-km": a unit of length run by each lane, passenger or
// vehicle, a base that road and transport rates are counted per ("40 l/lane-km"). Said as the
// noun joined to the unit's name ("lane-kilometer"), as the trade says it.
std::optional<std::string> noun_unit(std::string_view written) {
  std::size_t dash = written.find('-');
  if (dash == std::string_view::npos || dash < 3) return std::nullopt;
  std::string_view noun = written.substr(0, dash);
  if (!text::all_alpha(noun) || !text::is_lower(noun[0]) || text::is_function_word(noun)) return std::nullopt;
  auto unit = find_unit(written.substr(dash + 1));
  if (!unit) return std::nullopt;
  return std::string(noun) + "-" + std::string(unit->one);
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
    if (!unit) unit = per_unit_name(part);
    if (!unit) return std::nullopt;
    spoken += " per " + *unit;
    written = slash == std::string_view::npos ? std::string_view() : written.substr(slash + 1);
    if (slash != std::string_view::npos && written.empty()) return std::nullopt;
  }
  return spoken;
}

// "61 bu/a", "2 bales/a", "40 lb/a": after a unit a crop is weighed or counted in per area,
// a lone "a" is the acre (it was said "per a", the article). After a tonne or a kilogram "/a"
// is as often "per annum" (a plant's "500,000 t/a"), so those keep it unsaid as a unit.
bool is_acre_after(std::string_view left, std::string_view right) {
  return right == "a" && text::is_one_of(left, {"bu", "bale", "bales", "lb", "lbs"});
}

}  // namespace

bool is_one(const text::NumberLiteral& n) { return n.integer == "1" && !n.has_point && !n.negative; }

// A unit word: a known unit, or "known/anything" read with "per".
std::optional<std::string> unit_words(std::string_view written, bool singular) {
  if (auto u = find_unit(written)) return singular ? u->one : u->many;
  // A yield per acre is weighed in the acre's own tons (the US short ton), not in tonnes.
  if (written == "t/ac") return std::string(singular ? "ton per acre" : "tons per acre");
  std::size_t slash = written.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view right = written.substr(slash + 1);
  // "42 /m²", "7 /km": a rate per unit written after a space.
  if (slash == 0) {
    if (auto per = per_unit_name(right)) return "per " + *per;
    return std::nullopt;
  }
  auto left = find_unit(written.substr(0, slash));
  // "125.3 s/100m": a time per a distance swum or run, past the pace rule's figures.
  std::size_t digits = text::number_prefix_length(right);
  if (!left) left = seconds_before_distance(written.substr(0, slash), right.substr(digits));
  // "8 t/ha", "355 N/mm²": a bare symbol that is no unit alone is one before a slash and a
  // unit ("N/A" stays as written).
  if (!left && (find_unit(right) || per_unit_words(right))) left = find_ratio_head(written.substr(0, slash));
  // "0.05 s/lap", "+2 s/d": a bare "s" before a slash is the second, over a unit or over a noun
  // it is counted per ("per lap", "per stage"); alone after a figure it may be a letter.
  if (!left && written.substr(0, slash) == "s" && (per_unit_words(right) || find_unit(right) || is_counted_noun(right))) {
    left = UnitName{"second", "seconds"};
  }
  // "550 r/min": after a figure engineers write the revolution as its bare letter. Only over the
  // minute: "12 r/s" is as often a count of posts; and the ratio heads ("rev/min") see no right
  // side, so the letter cannot stand beside "rev" there without taking "r/s" and "r/h" too.
  if (!left && written.substr(0, slash) == "r" && right == "min") {
    left = UnitName{"revolution", "revolutions"};
  }
  if (!left && !right.empty()) return counted_per_unit(written.substr(0, slash), right);
  if (!left || right.empty()) return std::nullopt;
  std::string head(singular ? left->one : left->many);
  if (is_acre_after(written.substr(0, slash), right)) return head + " per acre";
  if (auto per = per_unit_words(right)) return head + " per " + *per;
  // "ml/kg/min": each further slash is one more "per".
  if (auto pers = per_units(right)) return head + *pers;
  // "kg/m3", "W/m²K": a unit on both sides.
  if (auto per = per_unit_name(right)) return head + " per " + *per;
  if (auto per = noun_unit(right)) return head + " per " + *per;
  // "l/100km", "kWh/100 km", "cfu/100ml": a consumption per a distance, or a count per a
  // volume, with its own figure.
  // "kWh/1000h": over a span of time too, but a temperature's "°C/2h" is a process step's time.
  bool over_time = is_span_of_time(right.substr(digits)) && quantity_kind(head) != "temperature";
  if (digits > 0 && (is_per_figure_unit(right.substr(digits)) || over_time)) {
    if (auto distance = speak_measure(right)) return head + " per " + *distance;
  }
  if (!text::all_alpha(right)) return std::nullopt;
  return head + " per " + std::string(right);
}

std::string quantity(const text::NumberLiteral& n) {
  // "2.50 kg", "0.40 mm": a zero closing two decimals is the writer's precision, which a reader
  // leaves unsaid ("two point five"); one figure stays after the point ("2.00" -> "two point
  // zero"). Three decimals ("2.400 km") may be thousands as German writes them: kept as written.
  text::NumberLiteral said = n;
  if (said.decimals.size() == 2 && said.decimals.back() == '0') said.decimals.pop_back();
  return number_words(said, false);
}

std::optional<std::string> meters_and_centimeters(const text::NumberLiteral& n, std::string_view unit, bool adjective) {
  if (unit != "m" || n.negative || n.grouped || n.decimals.size() != 2 || n.integer.size() != 1 ||
      n.integer[0] == '0') {
    return std::nullopt;
  }
  bool one = adjective || n.integer == "1";
  std::string meters = cardinal_words(n.integer) + (one ? " meter" : " meters");
  // "5.05 m" -> "five meters oh five": "five meters five" was heard as 5.5.
  std::string_view centimeters = n.decimals[0] == '0' ? std::string_view(n.decimals).substr(1) : std::string_view(n.decimals);
  if (centimeters != "0") meters += (n.decimals[0] == '0' ? " oh " : " ") + cardinal_words(centimeters);
  return adjective ? text::hyphenated(meters) : meters;
}

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

std::optional<std::string> vulgar_figure_words(std::string_view figure, bool adjective) {
  if (!text::is_vulgar_figure(figure) || !text::is_digit(figure[0])) return std::nullopt;
  auto said = speak_fraction(figure);
  if (!said) return std::nullopt;
  if (std::size_t q = said->find("quarters"); adjective && q != std::string::npos) said->erase(q + 7, 1);
  return said;
}

namespace {

// "2½-lb", "8½in": a whole figure and a fraction sign glued to its unit, hyphened or not; with
// the hyphen, or before a noun, one adjective ("a two-and-a-half-pound loaf").
std::optional<std::string> vulgar_measure(std::string_view figure, std::string_view unit, bool adjective) {
  bool hyphen = text::starts_with(unit, "-");
  if (hyphen) unit.remove_prefix(1);
  bool single = adjective || hyphen;
  auto said = vulgar_figure_words(figure, single);
  auto name = unit == "in" ? std::optional<std::string>(single ? "inch" : "inches") : unit_words(unit, single);
  if (!said || !name) return std::nullopt;
  if (single) return text::hyphenated(*said + " " + *name);
  return *said + " " + *name;
}

// "10^9", "1.5e9": ten's powers are said as scientists say them, "ten to the ninth"; the
// second is "squared". A negative power keeps its count ("to the power of minus six"): "to
// the minus sixth" is heard less and "to the first" not at all.
std::string said_power(const text::NumberLiteral& number, const text::NumberLiteral& exponent, bool e_notation) {
  bool ten = e_notation || (number.integer == "10" && !number.has_point && !number.negative);
  std::string_view power = exponent.integer;
  std::string base = quantity(number) + (e_notation ? " times ten" : "");
  if (ten && !exponent.negative && power == "2") return base + " squared";
  if (ten && !exponent.negative && power.size() <= 2 && power != "0" && power != "1") {
    return base + " to the " + ordinal_words(power);
  }
  return base + " to the power of " + quantity(exponent);
}

}  // namespace

// The spoken measure of one word ("12KG", "2x8", "10^3"); `adjective` asks for the unit in
// the singular, as before a noun ("a 30W charger" -> "thirty watt").
std::optional<std::string> attached(std::string_view core, bool adjective) {
  std::size_t n = text::number_prefix_length(core);
  if (n == 0 || n == core.size()) return std::nullopt;
  auto number = measured_number(core.substr(0, n));
  if (!number) return std::nullopt;
  std::string_view rest = core.substr(n);
  if (std::size_t sign = text::vulgar_fraction_length(rest); sign > 0 && sign < rest.size()) {
    return vulgar_measure(core.substr(0, n + sign), rest.substr(sign), adjective);
  }
  // "64×64", "2.5×": the times sign written as itself reads as the letter does.
  if (text::starts_with(rest, "\u00d7")) {
    // One pass that copies, so a long run of signs stays linear.
    std::string plain;
    plain.reserve(core.size());
    for (std::size_t k = 0; k < core.size(); ++k) {
      bool sign = core.compare(k, 2, "\u00d7") == 0;
      plain += sign ? 'x' : core[k];
      if (sign) ++k;
    }
    return attached(plain, adjective);
  }
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
        // "5x10^-8": a figure times a power of ten is scientific notation, no dimension.
        bool times = dimensions == 0 && (counts_rated_quantity(core.substr(0, n), piece) || text::starts_with(piece, "10^"));
        return last ? std::optional<std::string>(spoken + (times ? " times " : " by ") + *last) : std::nullopt;
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
    // "9'0\"": a length with no inches over is said in feet alone, as a height is ("nine foot
    // long", "a seven foot funboard"); "nine foot zero" was heard as a count, "nine foot oh" as
    // stilted.
    if (number->integer.size() == 1 && second == "0") return quantity(*number) + " foot";
    if (number->integer.size() == 1) return quantity(*number) + " foot " + cardinal_words(second);
    // "13'5\"", "14′3″": past nine feet a length is said in full units ("thirteen feet five
    // inches", "a thirteen-foot-five-inch dinghy"); with no inches over, in feet alone ("a
    // ten-foot ceiling", "ten feet").
    if (is_long_feet_and_inches(core)) {
      std::string feet = quantity(*number) + (adjective ? " foot" : " feet");
      if (second == "0") return adjective ? text::hyphenated(feet) : feet;
      if (adjective) return text::hyphenated(feet + " " + cardinal_words(second) + " inch");
      return feet + " " + cardinal_words(second) + (second == "1" ? " inch" : " inches");
    }
  }
  // Powers: "10^3", "2^-8"; E notation, "3.8e25", "1.6E-19", is the figure times ten to one.
  const bool e_notation = (rest[0] == 'e' || rest[0] == 'E') && rest.size() >= 2;
  if (rest[0] == '^' || e_notation) {
    // "10^6/mL", "1e9/L": a count per a unit, as a lab gives a concentration; said "per".
    std::size_t slash = rest.find('/');
    std::string per;
    if (slash != std::string_view::npos) {
      auto name = per_unit_name(rest.substr(slash + 1));
      if (!name) return std::nullopt;
      per = " per " + *name;
      rest = rest.substr(0, slash);
    }
    auto exponent = text::parse_number(rest.substr(1));
    if (exponent && !exponent->has_point && exponent->integer.size() <= 6) {
      return said_power(*number, *exponent, e_notation) + per;
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
  // "a 5-10mg dose", "a 70–200mm lens": a range before a noun, hyphened or with an en dash,
  // its unit said once and in the singular; so is one whose unit is hyphened to a word, a
  // compound adjective wherever it stands ("24–200mm-equivalent", as "10m-long" is).
  if (std::size_t dash = range_dash_length(rest); dash > 0 && (adjective || unit_joins_word(rest.substr(dash)))) {
    if (auto high = attached(rest.substr(dash), true)) {
      std::string range = quantity(*number) + " to " + *high;
      return adjective ? range : text::hyphenated(range);
    }
  }
  // "2in of rain": written against the figure, "in" is inches (alone it is the word).
  if (rest == "in" && !number->negative) return quantity(*number) + (adjective || is_one(*number) ? " inch" : " inches");
  if (auto height = meters_and_centimeters(*number, rest, adjective)) return height;
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

std::size_t range_dash_length(std::string_view rest) {
  std::size_t dash = text::starts_with(rest, "-") ? 1 : text::starts_with(rest, "\u2013") ? 3 : 0;
  return dash > 0 && dash < rest.size() && text::is_digit(rest[dash]) ? dash : 0;
}

std::string_view glued_unit(std::string_view core) {
  std::string_view unit = core.substr(text::number_prefix_length(core));
  if (std::size_t dash = range_dash_length(unit); dash > 0) {
    unit.remove_prefix(dash);
    unit.remove_prefix(text::number_prefix_length(unit));
  }
  return unit;
}

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

}  // namespace briefcast::rules
