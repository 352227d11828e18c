// Slashes beside figures with units that the unit tables do not read:
//  - a unit of a trade in capitals, or a shortened count, over a unit or a span, after a figure:
//    "0.8 EU/mL", "15 rev/day", "9,000 pass./h" -> "E U per milliliter", "revolutions per day",
//    "passengers per hour". The slash is "per", as in
//    "km/h"; read as a choice between words it had been "EU or mL", "rev day";
//  - three or more measures of one unit in one word: "24.1s/29.8s/38.0s", splits or laps
//    listed -> "twenty four point one, twenty nine point eight and thirty eight point zero
//    seconds"; the unit is said once, and the slashes, which had been said, are the list's
//    commas.
#include <vector>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

// "0.8 U/h", "100 U/mL", "0.2 U/kg/day": a dose of insulin or heparin is counted in units; a
// lone "U" is only read so at the head of a rate after a figure (here and in per_chains).
std::optional<UnitName> dose_unit(std::string_view written) {
  if (written == "U") return UnitName{"unit", "units"};
  return std::nullopt;
}

namespace {

// Shortened words a trade counts in, said in full before "per".
std::optional<std::string> counted_word(std::string_view w, bool one) {
  if (w == "rev" || w == "revs") return one ? "revolution" : "revolutions";
  if (w == "rot") return one ? "rotation" : "rotations";
  if (w == "cyc") return one ? "cycle" : "cycles";
  if (w == "pass" || w == "pax") return one ? "passenger" : "passengers";
  if (auto dose = dose_unit(w)) return one ? dose->one : dose->many;
  return std::nullopt;
}

// What a trade counts per besides a unit of measure: a span of the calendar, a person, a dose.
std::optional<std::string> per_what(std::string_view tail) {
  if (text::is_one_of(tail, {"day", "week", "month", "year", "night", "shift", "person", "head", "dose", "cycle", "lap",
                             "patient", "bed", "visit"})) {
    return std::string(tail);
  }
  if (tail == "wk") return std::string("week");
  if (tail == "h" || tail == "hr") return std::string("hour");
  if (tail == "mo") return std::string("month");
  if (tail == "yr") return std::string("year");
  if (!text::all_alpha(tail)) return std::nullopt;
  return per_unit_name(tail);
}

// "GWd", "MWd": energy written as a power over days, as a fuel's burn-up is given; said
// "gigawatt-days", where the letters had named nothing.
std::optional<std::string> power_days(std::string_view head, bool one) {
  if (head.size() < 3 || head.back() != 'd') return std::nullopt;
  std::string_view power = head.substr(0, head.size() - 1);
  auto unit = find_unit(power);
  if (!unit || unit_kind(power) != UnitKind::rating || unit->one.find("watt") == std::string::npos) return std::nullopt;
  return unit->one + (one ? "-day" : "-days");
}

// "0.8 EU/mL", "15 rev/day": the figure, then a head that is capitals of a trade's unit ("EU",
// "IU", "CFU"), or a shortened word ("rev"), over a unit or a
// span. Taken from the figure on, since the unit rules read "5 rev/min" as a figure and a unit.
std::optional<Match> per_unit(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty()) return std::nullopt;
  auto figure = figure_or_range_words(words[i].core);
  if (!figure) return std::nullopt;
  const Word& w = words[i + 1];
  std::size_t slash = w.core.find('/');
  if (slash == std::string_view::npos || slash == 0 || !w.prefix.empty()) return std::nullopt;
  std::string_view head = w.core.substr(0, slash);
  std::string_view tail = w.core.substr(slash + 1);
  // "9,000 pass./h": a shortened count keeps its period before the slash.
  bool dotted = text::ends_with(head, ".");
  if (dotted) head.remove_suffix(1);
  if (dotted && !counted_word(head, false)) return std::nullopt;
  // "10.000 U/min": German writes a machine's speed so, "U" for Umdrehungen (turns) a minute;
  // a dose's units are counted per hour, per weight or per volume, never per minute.
  if (head == "U" && tail == "min") return std::nullopt;
  if (head.size() > 8 || !text::all_alpha(head) || tail.empty()) return std::nullopt;
  auto per = per_what(tail);
  if (!per) return std::nullopt;
  bool one = words[i].core == "1";
  std::string said;
  if (auto word = counted_word(head, one)) {
    said = *word;
  } else if (auto energy = power_days(head, one)) {
    said = *energy;
  } else if (find_ratio_head(head)) {
    return std::nullopt;  // "km/h", "mg/day": the unit rules' own
  } else if (currency_of_code(head) != nullptr) {
    return std::nullopt;  // "7,40 EUR/kg": a price per unit, the money rules' own
  } else if (text::all_upper(head) && head.size() >= 2 && head.size() <= 4) {
    said = spelled_letters(head);
  } else {
    return std::nullopt;
  }
  return Match{2, *figure + " " + said + " per " + *per, false};
}

// "24.1s" -> the figure and the unit's letters.
std::optional<std::pair<std::string_view, std::string_view>> glued_measure(std::string_view part) {
  std::size_t figure = text::number_prefix_length(part);
  if (figure == 0 || figure == part.size() || !text::parse_plain_figure(part.substr(0, figure))) return std::nullopt;
  return std::pair{part.substr(0, figure), part.substr(figure)};
}

std::optional<Match> measure_list(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty()) return std::nullopt;
  std::vector<std::string_view> parts = text::split(w.core, '/');
  if (parts.size() < 3 || parts.size() > 8) return std::nullopt;
  std::vector<std::string> said;
  std::string_view unit_written;
  for (std::string_view part : parts) {
    auto measure = glued_measure(part);
    if (!measure || (!unit_written.empty() && measure->second != unit_written)) return std::nullopt;
    unit_written = measure->second;
    said.push_back(number_words(*text::parse_plain_figure(measure->first), false));
  }
  // A bare "s" glued to a figure is the second, as race splits write it.
  auto unit = unit_written == "s" ? std::optional<UnitName>(UnitName{"second", "seconds"}) : find_unit(unit_written);
  if (!unit || !text::all_alpha(unit_written)) return std::nullopt;
  return Match{1, text::joined(said, ", ", " and ") + " " + unit->many, false};
}

// "12/250/12 mm", "40/60/40 kg": three or more figures slashed before one spaced unit of length
// or mass are a list of measures (a cycle's moves, a stack's layers), each said and parted by a
// comma where, joined by "and", the last two would merge into one number ("three hundred and
// twelve"); other lists are left to the reading with "and".
std::optional<Match> figure_list(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::vector<std::string_view> parts = text::split(words[i].core, '/');
  std::string_view unit_written = words[i + 1].core;
  UnitKind kind = unit_kind(unit_written);
  bool measure = kind == UnitKind::short_length || kind == UnitKind::long_length || kind == UnitKind::mass;
  // "5/10/15 in the trials": a unit spelt as a word of English is that word.
  if (parts.size() < 3 || parts.size() > 6 || !measure || !text::all_alpha(unit_written) ||
      text::is_function_word(unit_written)) {
    return std::nullopt;
  }
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    auto figure = text::parse_plain_figure(part);
    if (!figure || part.empty() || !text::is_digit(part[0])) return std::nullopt;
    said.push_back(number_words(*figure, false));
  }
  // Only where "and" would merge: after a word ending "hundred" or "thousand" ("three hundred and
  // twelve"); elsewhere the list with "and" reads right ("five, ten and twenty-one-kilometer").
  const std::string& before_last = said[said.size() - 2];
  if (!text::ends_with(before_last, "hundred") && !text::ends_with(before_last, "thousand")) return std::nullopt;
  auto unit = find_unit(unit_written);
  // "25/300/25 mm layers": before its noun the last measure is one adjective with the unit.
  if (is_adjectival(words, i, 2)) {
    said.back() = text::hyphenated(said.back() + " " + unit->one);
    return Match{2, text::joined(said, ", "), false};
  }
  return Match{2, text::joined(said, ", ") + " " + (parts.back() == "1" ? unit->one : unit->many), false};
}

}  // namespace

std::optional<Match> match_slashed_measure(const Words& words, std::size_t i) {
  if (auto rate = match_slashed_base(words, i)) return rate;
  if (auto rate = per_unit(words, i)) return rate;
  if (auto list = figure_list(words, i)) return list;
  return measure_list(words, i);
}

}  // namespace briefcast::rules
