// Units built from other units, which the unit table does not list one by one:
//  - a decibel level against a reference unit ("dBµV", "dBmV", "dBW"): said "decibel
//    microvolts", the reference named, where its letters ("D B micro V") named nothing;
//  - a product of a length and the kelvin after a ratio's slash ("W/m²K", "W/(m·K)", "W/mK"),
//    as thermal copy gives a U-value or a conductivity: "square meter kelvin"; any other
//    product in brackets ("m³/(h·m²)", "kg/(m²·s)") is said with "per" before each factor;
//  - a rate unit written without its figure ("in mm/min", "the speed in km/h"): said with
//    "per"; the slash between two lowercase words had been read as a choice ("mm or min").
#include <initializer_list>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

struct Reference {
  std::string_view written;
  std::string_view name;
};

// The units a level in decibels is taken against, as radio and audio engineers write them
// ("dBm", "dBV", "dBu" are in the unit table, said by their letters as engineers say them).
constexpr Reference kReferences[] = {
    {"\u00b5V", "microvolt"}, {"\u03bcV", "microvolt"}, {"uV", "microvolt"},  {"mV", "millivolt"},
    {"nV", "nanovolt"},       {"W", "watt"},            {"mW", "milliwatt"},  {"kW", "kilowatt"},
    {"pW", "picowatt"},       {"\u00b5A", "microamp"},  {"uA", "microamp"},   {"\u00b5W", "microwatt"},
};

// "m²K", "m2·K", "(m·K)", "mK": a length, squared or not, times the kelvin; after a slash the
// "mK" of a conductivity is this product, never the millikelvin.
std::optional<std::string> length_kelvin(std::string_view written) {
  if (written.size() > 2 && written.front() == '(' && written.back() == ')') written = written.substr(1, written.size() - 2);
  if (written.size() < 2 || written.back() != 'K') return std::nullopt;
  std::string_view length = written.substr(0, written.size() - 1);
  for (std::string_view dot : {"\u00b7", "\u22c5", "."}) {
    if (text::ends_with(length, dot)) length.remove_suffix(dot.size());
  }
  auto unit = find_unit(length);
  if (!unit || (unit_kind(length) == UnitKind::none && !text::starts_with(unit->one, "square "))) return std::nullopt;
  if (unit->one.find("meter") == std::string::npos && unit->one.find("foot") == std::string::npos) return std::nullopt;
  return unit->one + " kelvin";
}

// "h", "m²", "s": one factor of a product after a ratio's slash, said in the singular.
std::optional<std::string> factor_name(std::string_view written) {
  if (written == "s") return std::string("second");
  if (written == "h") return std::string("hour");
  if (written == "d") return std::string("day");
  if (auto unit = find_unit(written)) return unit->one;
  return std::nullopt;
}

// "(h·m²)", "(m²·s)": a product of units after a ratio's slash, each factor said with "per" as
// the rate is said ("cubic meters per hour per square meter"); every factor must be a unit.
std::optional<std::string> per_product(std::string_view written) {
  if (written.size() < 4 || written.front() != '(' || written.back() != ')') return std::nullopt;
  written = written.substr(1, written.size() - 2);
  std::string said;
  std::size_t factors = 0;
  while (!written.empty()) {
    std::size_t dot = std::string_view::npos;
    std::size_t width = 0;
    for (std::string_view mark : {"\u00b7", "\u22c5"}) {
      std::size_t at = written.find(mark);
      if (at < dot) {
        dot = at;
        width = mark.size();
      }
    }
    auto name = factor_name(written.substr(0, dot));
    if (!name) return std::nullopt;
    said += (said.empty() ? "" : " per ") + *name;
    ++factors;
    written = dot == std::string_view::npos ? std::string_view() : written.substr(dot + width);
    if (dot != std::string_view::npos && written.empty()) return std::nullopt;
  }
  if (factors < 2) return std::nullopt;
  return said;
}

// "min", "day", "kelvin": the unit after a bare rate's slash, a known unit or a span of the
// calendar ("kg/day").
std::optional<std::string> per_word(std::string_view written) {
  if (auto unit = per_unit_name(written)) return unit;
  if (text::is_one_of(written, {"day", "week", "month", "year"})) return std::string(written);
  return std::nullopt;
}

}  // namespace

std::optional<UnitName> decibel_reference(std::string_view written) {
  if (written.size() < 3 || !text::starts_with(written, "dB")) return std::nullopt;
  std::string_view rest = written.substr(2);
  for (const Reference& r : kReferences) {
    if (rest == r.written) return UnitName{"decibel " + std::string(r.name), "decibel " + std::string(r.name) + "s"};
  }
  return std::nullopt;
}

// "tU", "kgU", "tHM": nuclear fuel copy writes the metal a mass is of as capitals after the
// unit; said "tonne of uranium", where the letters together had named nothing.
std::optional<std::string> unit_of_metal(std::string_view written) {
  for (auto [mark, metal] : {std::pair<std::string_view, std::string_view>{"HM", "heavy metal"}, {"U", "uranium"}}) {
    if (written.size() <= mark.size() || !text::ends_with(written, mark)) continue;
    std::string_view unit = written.substr(0, written.size() - mark.size());
    if (unit == "t") return "tonne of " + std::string(metal);
    if (unit_kind(unit) == UnitKind::mass) return find_unit(unit)->one + " of " + std::string(metal);
  }
  return std::nullopt;
}

std::optional<std::string> per_unit_name(std::string_view written) {
  if (written == "K") return std::string("kelvin");
  if (written == "t") return std::string("tonne");
  if (auto metal = unit_of_metal(written)) return metal;
  if (auto product = length_kelvin(written)) return product;
  if (auto product = per_product(written)) return product;
  if (auto unit = find_unit(written)) return unit->one;
  return std::nullopt;
}

// "in mm/min", "given in kg/m³", "a rate in W/m²K": a unit over a unit with no figure before
// it. Both sides must be units (a bare "s" is the second only after another unit), and not two
// of one kind ("km/mi", "kg/lb" are a conversion's choice).
std::optional<Match> match_bare_rate(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == core.size() || core.size() > 24 ||
      core.find('/', slash + 1) != std::string_view::npos || text::is_digit(core[0])) {
    return std::nullopt;
  }
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  // "yr/yr", "W/L": a change on the year before, a win-loss record.
  bool letters = left.size() == 1 && right.size() == 1 && text::is_upper(left[0]) && text::is_upper(right[0]);
  auto head = find_ratio_head(left);
  // "−4/+6 s/d", "0.3 s/lap": after a figure another rule has read, a bare "s" before a slash is
  // the second, over a day or a noun it is counted per.
  bool seconds = !head && left == "s" && i > 0 && words[i - 1].suffix.empty() && !words[i - 1].core.empty() &&
                 text::is_digit(words[i - 1].core.back());
  if (seconds) head = UnitName{"second", "seconds"};
  // "5,000 cells/L", "120 gene copies/l": lab copy counts things per a liter, written as its bare
  // letter, after the figure of the count (a word between at most); a plural with no figure
  // before it ("exams/L grades", "students/l") is a pair of words (longer units are a word
  // pair's own).
  auto figure_at = [&](std::size_t k) { return !words[k].core.empty() && text::is_digit(words[k].core[0]) && words[k].suffix.empty(); };
  bool counted = (i >= 1 && figure_at(i - 1)) || (i >= 2 && figure_at(i - 2) && words[i - 1].suffix.empty());
  if (!head && counted && text::is_one_of(right, {"L", "l"}) && left.size() > 3 && left.back() == 's' &&
      text::all_alpha(left) && text::is_lower(left[0]) && !find_unit(left) && !text::is_function_word(left)) {
    return Match{1, std::string(left) + " per liter", false};
  }
  if (!head || text::is_digit(right[0]) || left == right || letters) return std::nullopt;
  std::optional<std::string> per = right == "s" ? std::optional<std::string>("second") : per_word(right);
  if (seconds && !per && right == "d") per = "day";
  if (seconds && !per && right.size() >= 3 && text::all_alpha(right) && text::is_lower(right[0]) &&
      !text::is_function_word(right)) {
    per = std::string(right);
  }
  if (!per) return std::nullopt;
  UnitKind kind = unit_kind(left);
  if (kind != UnitKind::none && kind != UnitKind::rating && kind == unit_kind(right)) return std::nullopt;
  return Match{1, head->many + " per " + *per, false};
}

}  // namespace briefcast::rules
