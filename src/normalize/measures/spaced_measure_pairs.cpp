// Two measures slashed with their units written apart: "51,200 KB/50 MB", "10 km/6 miles", "400
// MW/1,600 MWh", "10 mg/5 ml". Each figure keeps its own unit, so each is said with it, joined as
// the glued forms are ("200g/7oz", "400MW/1,600MWh"): one thing in two units of a kind is a
// conversion or a choice ("fifty one thousand two hundred kilobytes or fifty megabytes"), two
// kinds are two facts ("... megawatts and ... megawatt hours"), a mass over a volume is a
// concentration ("per"). eSpeak NG had said the slash, and spelled a unit it met glued to a
// figure after it ("KB slash fifty M.B"). Two speeds of a line are down and up (line_speeds.cpp).
// One unit with the larger figure first ("400 V/230 V", a supply's line and phase voltages) is
// two values that both hold, said with a pause as shared_units.cpp says "400/230 V", never "or":
// a choice of sizes is written low first ("2 GB/4 GB"). A slash standing apart between two
// measures ("52 g down / 24 g up", "230 V / 15 W") parts two readings, said with a pause.
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool has(const std::string& spoken, std::string_view word) { return spoken.find(word) != std::string::npos; }

// "100", "10", "1": a figure a rate is counted per ("6 L/100 km", "15 kWh/100 km").
bool is_power_of_ten(std::string_view figure) {
  return !figure.empty() && figure[0] == '1' && figure.find_first_not_of('0', 1) == std::string_view::npos;
}

// What is said between the two measures, by the kinds of quantity they are: a mass over a
// volume is a concentration, and a quantity of one kind over a round figure of another is a
// rate ("six point two liters per one hundred kilometers").
std::string_view joiner(std::string_view first_unit, std::string_view second_unit, std::string_view second_figure,
                        const std::string& first, const std::string& second) {
  if (has(first, "gram") && has(second, "liter")) return " per ";
  // "55 dBm/200 MHz": a radio's power level over a width of spectrum, one limit, not two facts.
  if (text::starts_with(first_unit, "dB") && has(second, "hertz")) return " per ";
  // "380 mg/100 g", "5 g/100 g": a metric share of a mass or a volume over a round figure of the
  // same unit is a content ("per one hundred grams"), never a conversion, which changes units.
  bool share = text::ends_with(first_unit, second_unit) && first_unit.size() <= second_unit.size() + 2 &&
               second_figure.size() >= 3 && is_power_of_ten(second_figure) &&
               (quantity_kind(second) == "mass" || quantity_kind(second) == "volume");
  if (share) return " per ";
  std::string_view kind = quantity_kind(first);
  // "12 g/10 min", "30 mg/24 h", "120 mm/24h": a mass, a volume or a short length over a span of
  // time is a rate, as a melt flow index, a dose or a rainfall is given ("twelve grams per ten
  // minutes"), never two facts; a run's "5 km/25 min" and a process's "900 °C/2 h" are two.
  std::size_t last_space = second.rfind(' ');
  std::string span = last_space == std::string::npos ? second : second.substr(last_space + 1);
  bool short_length = unit_kind(first_unit) == UnitKind::short_length;
  if ((kind == "mass" || kind == "volume" || short_length) && quantity_kind(span) == "time") return " per ";
  if (first_unit == second_unit || (!kind.empty() && kind == quantity_kind(second))) return " or ";
  // A rate is per a distance or a volume ("per one hundred kilometers"), or an energy per a
  // round span of use ("150 kWh/1000 h"); "90 °C/1 bar", "90 °C/1 h", "400 m/10 min" are two facts.
  bool energy_over_time = is_span_of_time(second_unit) && has(first, "watt");
  if (is_power_of_ten(second_figure) && (is_per_figure_unit(second_unit) || energy_over_time)) return " per ";
  return " and ";
}

// Where the first measure's unit ends in its word ("KB/50", "Hz\u201320", "Hz-20") and how long the
// mark is: a slash, or a dash that makes the two measures a range.
std::pair<std::size_t, std::size_t> separator(std::string_view middle) {
  if (std::size_t at = middle.find('/'); at != std::string_view::npos) return {at, 1};
  if (std::size_t at = middle.find("\u2013"); at != std::string_view::npos) return {at, 3};
  std::size_t at = middle.find('-');
  // "dB-A" is a unit of its own; a hyphen is a range only before a figure.
  if (at == std::string_view::npos || at + 1 >= middle.size() || !text::is_digit(middle[at + 1])) return {std::string_view::npos, 1};
  return {at, 1};
}

}  // namespace

std::string_view quantity_kind(const std::string& spoken) {
  if (has(spoken, "degree")) return "temperature";
  if (has(spoken, "gram") || has(spoken, "ounce") || has(spoken, "pound") || has(spoken, "stone") ||
      has(spoken, "tonne")) {
    return "mass";
  }
  if (has(spoken, "liter") || has(spoken, "cup") || has(spoken, "pint") || has(spoken, "gallon") ||
      has(spoken, "spoon")) {
    return "volume";
  }
  if (has(spoken, "meter") || has(spoken, "foot") || has(spoken, "feet") || has(spoken, "inch") ||
      has(spoken, "mile") || has(spoken, "yard")) {
    return "length";
  }
  // "512MB/1GB", "51,200 KB/50 MB": sizes of data, but not rates of it ("per second").
  if (has(spoken, "byte") && !has(spoken, " per ")) return "data";
  // A span of time named alone ("minutes", "years"); "kilowatt hours" and "miles per hour" hold
  // the word but measure other things.
  if (text::is_one_of(spoken, {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                               "month", "months", "year", "years"})) {
    return "time";
  }
  return "";
}

std::optional<Match> match_spaced_measure_pair(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !text::parse_plain_figure(words[i].core) || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  // "KB/50" then "MB", or "KB/50MB": the first unit, the slash, the second figure and its unit.
  std::string_view middle = words[i + 1].core;
  auto [slash, mark] = separator(middle);
  bool range = mark != 1 || (slash < middle.size() && middle[slash] == '-');
  if (slash == std::string_view::npos || slash == 0 || middle.size() > 30 || text::is_digit(middle[0])) {
    return std::nullopt;
  }
  std::string_view first_unit = middle.substr(0, slash);
  std::string_view rest = middle.substr(slash + mark);
  std::size_t figures = text::number_prefix_length(rest);
  if (figures == 0 || !text::is_digit(rest[0]) || !text::parse_plain_figure(rest.substr(0, figures))) return std::nullopt;
  std::string_view second_figure = rest.substr(0, figures);
  std::string_view second_unit = rest.substr(figures);
  std::size_t count = 2;
  if (second_unit.empty()) {
    if (i + 2 >= words.size() || !words[i + 1].suffix.empty() || !words[i + 2].prefix.empty()) return std::nullopt;
    second_unit = words[i + 2].core;
    count = 3;
  }
  // "96 kHz/24-bit": a second measure hyphened to its unit is an adjective of its own.
  bool hyphened = text::starts_with(second_unit, "-");
  std::string_view second_symbol = second_unit.substr(hyphened ? 1 : 0);
  if (hyphened && !range && !second_symbol.empty() && text::all_alpha(second_symbol) &&
      text::is_lower(second_symbol[0]) && find_unit(first_unit)) {
    auto first_said = speak_measure(std::string(words[i].core) + std::string(first_unit));
    auto figure = text::parse_number(second_figure);
    if (!first_said || !figure) return std::nullopt;
    return Match{count, *first_said + ", " + text::hyphenated(quantity(*figure) + " " + std::string(second_symbol)), false};
  }
  if (hyphened || second_unit.find('/') != std::string_view::npos || !find_unit(first_unit) || !find_unit(second_symbol)) {
    return std::nullopt;
  }
  std::size_t last = i + count - 1;
  if (range) {
    // "50 Hz\u201320 kHz": a range between two measures, each with its unit; one unit at both
    // ends is said once, as the range rules say it ("four to seven kilometers").
    auto low_figure = text::parse_number(words[i].core);
    if (!low_figure) return std::nullopt;
    auto low = first_unit == second_unit ? std::optional<std::string>(quantity(*low_figure))
                                         : speak_measure(std::string(words[i].core) + std::string(first_unit));
    auto high = speak_measure(std::string(second_figure) + std::string(second_unit));
    if (!low || !high) return std::nullopt;
    return Match{count, *low + " to " + *high, false};
  }
  if (first_unit == second_unit) {
    if (auto speeds = speak_line_speed(words[i].core, second_figure, first_unit, pair_before_noun(words, last))) {
      return Match{count, *speeds, false};
    }
  }
  std::string first = std::string(words[i].core) + std::string(first_unit);
  std::string second = std::string(second_figure) + std::string(second_unit);
  auto first_said = speak_measure(first);
  auto second_said = speak_measure(second);
  if (!first_said || !second_said) return std::nullopt;
  std::string_view between = joiner(first_unit, second_unit, second_figure, *first_said, *second_said);
  auto first_figure = text::parse_plain_figure(words[i].core);
  auto second_value = text::parse_plain_figure(second_figure);
  if (first_unit == second_unit && first_figure && second_value && descending(*first_figure, *second_value)) {
    between = ", ";
  }
  // "250 mg/5 mL oral suspension": a strength before its product is one adjective (rate_modifiers.cpp).
  if (between == " per " && is_strength_ratio(first_unit, second_unit) &&
      (is_adjectival(words, i, count) || strength_sizes_noun(words, i, last))) {
    auto first_adjective = speak_measure_adjective(first);
    auto second_adjective = speak_measure_adjective(second);
    if (first_adjective && second_adjective) return Match{count, *first_adjective + "-per-" + *second_adjective, false};
  }
  // Before a noun after a determiner ("a 16 km/10 mi loop"); "3 m/10 ft tall" is no adjective.
  if (between != " per " && is_adjectival(words, i, count)) {
    auto first_adjective = speak_measure_adjective(first);
    auto second_adjective = speak_measure_adjective(second);
    if (first_adjective && second_adjective) {
      return Match{count, *first_adjective + (between == " or " ? " or " : ", ") + *second_adjective, false};
    }
  }
  return Match{count, *first_said + std::string(between) + *second_said, false};
}

namespace {

// Whether the words before `end` close a measure: a unit after its figure ("52 g", "230 V"), or
// a figure with its unit glued ("52g"), maybe with one lowercase word after it that says which
// reading it is ("52 g down").
bool measure_ends_before(const Words& words, std::size_t end) {
  std::size_t k = end;
  if (k >= 2 && text::all_alpha(words[k - 1].core) && text::is_lower(words[k - 1].core[0]) &&
      !find_unit(words[k - 1].core) && words[k - 2].suffix.empty()) {
    --k;
  }
  if (k == 0 || !words[k - 1].suffix.empty()) return false;
  const Word& last = words[k - 1];
  if (!last.core.empty() && text::is_digit(last.core[0])) return attached(last.core, false).has_value();
  return k >= 2 && find_unit(last.core) && words[k - 2].suffix.empty() && text::parse_number(words[k - 2].core);
}

// Whether a measure opens at word n: a figure with its unit glued or in the next word.
bool measure_opens_at(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n].prefix.empty() || words[n].core.empty() || !text::is_digit(words[n].core[0])) {
    return false;
  }
  if (attached(words[n].core, false)) return true;
  return words[n].suffix.empty() && n + 1 < words.size() && text::parse_number(words[n].core) &&
         find_unit(words[n + 1].core);
}

// The unit of a measure in word k, glued to its figure ("120mg") or a word of its own ("mg").
std::string_view written_unit(const Words& words, std::size_t k) {
  std::string_view core = words[k].core;
  return core.substr(text::number_prefix_length(core));
}

// "120 mg / 5 ml", "2 g / 100 ml": a mass over a volume is a strength, so the slash is "per";
// two readings of one thing are never a mass and a volume.
bool is_strength(const Words& words, std::size_t i) {
  std::string_view after = written_unit(words, i + 1);
  if (after.empty() && i + 2 < words.size()) after = words[i + 2].core;
  return unit_kind(written_unit(words, i - 1)) == UnitKind::mass && unit_kind(after) == UnitKind::volume;
}

}  // namespace

bool millions_counted_after(const Words& words, std::size_t n) {
  if (n >= words.size() || text::number_prefix_length(words[n].core) == 0 || glued_unit(words[n].core) != "m") {
    return false;
  }
  auto count = match_count_scale(words, n);
  return count && count->spoken.find("million") != std::string::npos;
}

std::optional<Match> match_measure_slash(const Words& words, std::size_t i) {
  if (words[i].raw != "/" || i == 0 || !measure_ends_before(words, i) || !measure_opens_at(words, i + 1)) {
    return std::nullopt;
  }
  // "1m / 2m viewers": a glued "m" before things counted is a million, no measure.
  if (millions_counted_after(words, i + 1)) return std::nullopt;
  if (is_strength(words, i)) return Match{1, "per", false};
  return Match{1, ",", false};
}

}  // namespace briefcast::rules
