// The parts of a measure written across words: the figure that opens it ("5", "1/4", "0-60",
// "±8", "130/80") and how its unit agrees with it, and units written as two words or after a
// second figure ("40 sq ft", "6 ft 2 in", "7.5 L/100 km", "0.5 mL per kg"). measure.cpp joins
// them into one reading.
#include "normalize/measures/spaced_units.h"

#include <initializer_list>

#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

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

// "3 hr. 20 min", "5 yds. 2 ft.": a figure with its own unit after an abbreviated unit's period
// is the same span's next part. A sentence that opens on a figure has no unit after it ("... 40
// min. 12 riders finished").
// "s" and "h" are too bare for the table alone, but a unit after a unit's figure.
bool is_unit_symbol(std::string_view w) { return find_unit(w).has_value() || text::is_one_of(w, {"s", "h"}); }

bool next_part_of_measure(const Words& words, std::size_t k) {
  const Word& figure = words[k];
  if (!figure.prefix.empty() || figure.core.empty() || !text::is_digit(figure.core[0])) return false;
  std::size_t digits = text::number_prefix_length(figure.core);
  if (digits < figure.core.size()) return is_unit_symbol(figure.core.substr(digits));
  return figure.suffix.empty() && k + 1 < words.size() && words[k + 1].prefix.empty() && is_unit_symbol(words[k + 1].core);
}

}  // namespace

// "3 ft. this summer": a unit's period before a lower-case word abbreviates it; it is no
// sentence end, and left in eSpeak NG would pause there.
bool abbreviation_period(const Words& words, std::size_t j) {
  if (words[j].suffix != "." || j + 1 >= words.size()) return false;
  const Word& next = words[j + 1];
  if (next.core.empty()) return false;
  if (text::all_alpha(words[j].core) && next_part_of_measure(words, j + 1)) return true;
  // "4 in. (10 cm)": a bracket converting the measure goes on with it; no sentence opens there.
  if (next.prefix == "(" && text::is_digit(next.core[0])) return true;
  return next.prefix.empty() && text::is_lower(next.core[0]);
}

std::optional<LeadingFigure> leading_figure(std::string_view core, bool adjective) {
  if (auto number = measured_number(core)) {
    // "+2.1 m/s": a plus sign is said, as it is when the unit is joined ("+2.1m/s") and as a
    // minus is; a tailwind is not a headwind.
    std::string sign = text::starts_with(core, "+") ? "plus " : "";
    return LeadingFigure{sign + quantity(*number), adjective || is_one(*number), number->has_point};
  }
  // "±8 mm": a margin either way, its sign said before the figure as a plus is.
  if (text::starts_with(core, "\u00b1")) {
    if (auto number = measured_number(core.substr(2)); number && !text::starts_with(core.substr(2), "-")) {
      return LeadingFigure{"plus or minus " + quantity(*number), adjective || is_one(*number), number->has_point};
    }
  }
  // "28/36 mpg": two readings of the unit, before "1/4 tsp" claims them as a fraction.
  if (auto pair = slashed_figure_pair(core)) return LeadingFigure{*pair, adjective, false};
  // "1/4 tsp": less than one, so "a quarter of a teaspoon"; "½ tsp" is the same written as one sign.
  if (auto part = proper_fraction(core)) return LeadingFigure{*part, true, false, true};
  if (!core.empty() && !text::is_digit(core[0]) && core[0] != '-') {
    if (auto part = speak_fraction(core)) return LeadingFigure{*part, true, false, true};
  }
  // "5½ in.", "2½ tsp": a whole figure and a fraction sign, more than one, so the unit is plural.
  if (core.size() > 1 && text::is_digit(core[0]) && text::is_vulgar_figure(core)) {
    if (auto mixed = speak_fraction(core)) return LeadingFigure{*mixed, adjective, false};
  }
  // "5 × 10^7 m³", "10^-6 /K": a power of ten before its unit, the times rule having said the
  // figure before it; the unit had been left as written.
  if (text::starts_with(core, "10^") && text::parse_number(core.substr(3))) {
    if (auto power = speak_measure(core)) return LeadingFigure{*power, adjective, false};
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

namespace {

// "w.c.", "wg", "H2O" after "in": the column of water a pressure is read against.
std::optional<std::string_view> water_gauge(std::string_view written) {
  static constexpr text::Said kWater[] = {
      {"w.c", "of water column"}, {"wc", "of water column"}, {"WC", "of water column"}, {"W.C", "of water column"},
      {"wg", "water gauge"},      {"w.g", "water gauge"},    {"WG", "water gauge"},     {"W.G", "water gauge"},
      {"H2O", "of water"},        {"H\u2082O", "of water"},  {"H20", "of water"},
  };
  return text::said_for(kWater, written);
}

}  // namespace

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
  // "0.8 in. w.c.", "2 in wg", "1.5 in. H2O": a pressure in inches of water, as heating and
  // ventilation copy writes it; "in" alone is the word.
  if (w.core == "in" && (w.suffix.empty() || w.suffix == ".")) {
    if (auto water = water_gauge(next)) {
      // "w.c.," : the period before a comma is the abbreviation's.
      std::string_view after = words[j + 1].suffix;
      bool dotted = after.size() > 1 && after[0] == '.' && std::string_view(",;:)").find(after[1]) != std::string_view::npos;
      return Match{j - i + 2, figure.spoken + (singular ? " inch " : " inches ") + std::string(*water),
                   dotted || abbreviation_period(words, j + 1)};
    }
  }
  if (!w.suffix.empty() && !(w.core == "fl" && w.suffix == ".")) return std::nullopt;  // "1 fl. oz" keeps its period
  // "280 lb ft": torque in pound feet, written with a space.
  if ((w.core == "lb" || w.core == "lbs") && next == "ft") {
    return Match{j - i + 2, figure.spoken + (singular ? " pound foot" : " pound feet"), abbreviation_period(words, j + 1)};
  }
  // "300 bd ft": timber's board feet.
  if (w.core == "bd" && next == "ft") {
    return Match{j - i + 2, figure.spoken + (singular ? " board foot" : " board feet"), abbreviation_period(words, j + 1)};
  }
  if (w.core == "fl" && next == "oz") {
    return Match{j - i + 2, figure.spoken + (singular ? " fluid ounce" : " fluid ounces"), abbreviation_period(words, j + 1)};
  }
  // "0.8 fl oz/acre", "2 fl oz/gal": a spray's or a dose's rate, the fluid ounce over what it is
  // spread on; the slash had been read as a choice ("fl oz or acre").
  if (w.core == "fl" && text::starts_with(next, "oz/")) {
    if (auto rate = unit_words(next, singular)) return Match{j - i + 2, figure.spoken + " fluid " + *rate, false};
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

// "7.5 L/100 km", "30 CFU/100 mL": a consumption per a distance, or a count per a volume, whose
// figure and unit are two words; the unit at word j ends in "/" and a figure, the distance's or
// the volume's unit is the next word.
std::optional<Match> per_spaced_distance(const Words& words, std::size_t i, std::size_t j, const LeadingFigure& figure) {
  std::size_t slash = words[j].core.find('/');
  if (slash == std::string_view::npos || !text::all_digits(words[j].core.substr(slash + 1))) return std::nullopt;
  // "20 sts/4\"": a count per a length in inches, the inch mark closing the word.
  if (slash + 1 < words[j].core.size() && text::starts_with(words[j].suffix, "\"")) {
    auto unit = find_ratio_head(words[j].core.substr(0, slash));
    std::string_view per = words[j].core.substr(slash + 1);
    if (!unit) return std::nullopt;
    return Match{j - i + 1, figure.spoken + " " + (figure.singular ? unit->one : unit->many) + " per " +
                                cardinal_words(per) + (per == "1" ? " inch" : " inches"), false, true};
  }
  if (j + 1 >= words.size() || !words[j].suffix.empty() || !words[j + 1].prefix.empty()) return std::nullopt;
  auto unit = find_ratio_head(words[j].core.substr(0, slash));
  // "32 s/50 m": a time per a distance swum or run, its distance in a word of its own.
  if (!unit) unit = seconds_before_distance(words[j].core.substr(0, slash), words[j + 1].core);
  auto distance = find_unit(words[j + 1].core);
  if (!unit || !distance || !is_per_figure_unit(words[j + 1].core) || slash + 1 >= words[j].core.size()) return std::nullopt;
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

// "0.39 mg/kg bw", "5 mg/kg bw/day": a dose per kilogram of the body it is given to, as
// toxicology writes it; "bw" had been spelt as letters and the body weight lost.
std::optional<Match> per_body_weight(const Words& words, std::size_t i, std::size_t j, const std::string& measure) {
  if (j + 1 >= words.size() || !words[j].suffix.empty() || !words[j + 1].prefix.empty() ||
      !text::ends_with(words[j].core, "/kg")) {
    return std::nullopt;
  }
  std::string_view after = words[j + 1].core;
  std::string spoken = measure + " of body weight";
  if (text::is_one_of(after, {"bw", "BW", "b.w"})) return Match{j - i + 2, spoken, false};
  if (text::is_one_of(after, {"bw/day", "bw/d", "BW/day"})) return Match{j - i + 2, spoken + " per day", false};
  return std::nullopt;
}

}  // namespace briefcast::rules
