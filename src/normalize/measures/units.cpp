// Reading the unit table (unit_table.cpp): a written unit symbol -> its singular and plural
// names. A prefixed symbol ("kWh", "GW", "MHz", "µs") is the prefix's name joined to its base's
// ("giga" + "watts"); squares and cubes of a length ("km²", "cm3") come the same way.
#include <unordered_map>
#include <vector>

#include "normalize/measures/measures.h"
#include "normalize/measures/unit_table.h"

namespace briefcast::rules {

namespace {

using unit_table::Base;
using unit_table::Plain;
using unit_table::Prefix;
using unit_table::Spelling;

std::string_view prefix_key(std::string_view written) {
  return (written == "\u00b5" || written == "\u03bc") ? std::string_view("u") : written;
}

// A base unit and the prefix written before it ("k" + "Wh"); no prefix for the bare base.
struct Prefixed {
  const Base* base;
  const Prefix* prefix;
};

std::optional<Prefixed> split_prefix(std::string_view written) {
  for (const Base& base : unit_table::bases()) {
    if (!text::ends_with(written, base.written)) continue;
    std::string_view head = written.substr(0, written.size() - base.written.size());
    if (head.empty()) {
      if (base.alone) return Prefixed{&base, nullptr};
      continue;
    }
    for (const Prefix& p : unit_table::prefixes()) {
      if (head != p.written || base.prefixes.find(prefix_key(p.written)) == std::string_view::npos) continue;
      return Prefixed{&base, &p};
    }
  }
  return std::nullopt;
}

std::optional<UnitName> prefixed(std::string_view written) {
  auto unit = split_prefix(written);
  if (!unit) return std::nullopt;
  std::string name(unit->prefix ? unit->prefix->name : "");
  return UnitName{name + std::string(unit->base->one), name + std::string(unit->base->many)};
}

// The unit a loose spelling stands for, looked up by its lower-case form.
std::optional<UnitName> loose_spelling(std::string_view lowered) {
  for (const Spelling& spelling : unit_table::loose_spellings()) {
    if (lowered == spelling.lowered) return prefixed(spelling.symbol);
  }
  return std::nullopt;
}

// The table indexed once, by the symbol as written and, for the entries that take any case, by
// its lower-case form: every word of every line asks it, and a scan of the table was a sixth of
// the normalizer's time. The first entry of a symbol wins, as in the table's order.
struct PlainIndex {
  std::unordered_map<std::string_view, const Plain*> exact;
  std::unordered_map<std::string, const Plain*> any_case;
  PlainIndex() {
    for (const Plain& u : unit_table::plain_units()) {
      exact.emplace(u.written, &u);
      if (u.any_case) any_case.emplace(text::lower(u.written), &u);
    }
  }
};

const PlainIndex& plain_index() {
  static const PlainIndex index;
  return index;
}

UnitName name_of(const Plain& u) { return UnitName{std::string(u.one), std::string(u.many)}; }

std::optional<UnitName> listed(std::string_view written) {
  const PlainIndex& index = plain_index();
  if (auto it = index.exact.find(written); it != index.exact.end()) return name_of(*it->second);
  std::string low = text::lower(written);
  // "a 75kb file": in running text a size in lower case is bytes; the symbol for kilobits,
  // "kb", is seen in rates ("kbps"), which stay bits.
  if (written.size() == 2 && written[1] == 'b' && low == written) {
    if (auto name = loose_spelling(low)) return name;
  }
  if (auto name = prefixed(written)) return name;
  if (auto it = index.any_case.find(low); it != index.any_case.end()) return name_of(*it->second);
  return loose_spelling(low);
}

namespace {

// "Nm³", "Sm³": a gas's volume at normal or standard conditions, as emission limits and gas sales
// write it; the state's name, or empty for any other length and power.
std::string_view gas_volume_state(std::string_view length, std::string_view power) {
  if (power != "\u00b3" && power != "3") return {};
  if (length == "Nm") return "normal";
  if (length == "Sm") return "standard";
  return {};
}

}  // namespace

// "km²", "cm3", "m2": a length squared or cubed.
std::optional<UnitName> powered(std::string_view written) {
  std::string_view power;
  for (std::string_view p : {"\u00b2", "\u00b3", "2", "3"}) {
    if (text::ends_with(written, p)) {
      power = p;
      break;
    }
  }
  if (power.empty()) return std::nullopt;
  std::string_view length = written.substr(0, written.size() - power.size());
  // "m/s²": an acceleration's second squared.
  if (length == "s" && power == "\u00b2") return UnitName{"second squared", "seconds squared"};
  // The capital of "Nm³" is no newton: a newton meter is a torque, never squared or cubed.
  if (std::string_view state = gas_volume_state(length, power); !state.empty()) {
    return UnitName{std::string(state) + " cubic meter", std::string(state) + " cubic meters"};
  }
  if (length == "Nm" || length == "Sm") return std::nullopt;
  auto name = listed(length);
  // "in" alone is the word; only with a power is it surely inches.
  if (length == "in") name = UnitName{"inch", "inches"};
  bool is_length = length == "ft" || length == "mi" || length == "yd" || length == "in";
  for (const Base& base : unit_table::bases()) {
    is_length = is_length || (base.kind == UnitKind::long_length && text::ends_with(length, base.written));
  }
  if (!name || !is_length) return std::nullopt;
  std::string word = (power == "\u00b2" || power == "2") ? "square " : "cubic ";
  if (length == "ft") return UnitName{word + "foot", word + "feet"};
  return UnitName{word + name->one, word + name->many};
}

// "sqm", "sqft", "sq.m", "sq.km", "sq-ft", "sq.-ft": a square length written with "sq" run into its
// unit, as property and planning copy writes areas ("a 3,000-sq-ft house").
std::optional<UnitName> squared(std::string_view written) {
  if (written.size() < 3 || !text::starts_with(text::lower(written.substr(0, 2)), "sq")) return std::nullopt;
  // "sq.-ft": a period and a hyphen may both stand between.
  std::size_t start = 2;
  while (start < written.size() && start < 4 && (written[start] == '.' || written[start] == '-')) ++start;
  std::string_view length = written.substr(start);
  if (length.empty()) return std::nullopt;
  std::string power = std::string(length) + "2";
  return powered(power);
}

}  // namespace

bool is_speed_unit(std::string_view lowered) {
  return text::is_one_of(lowered, {"mph", "km/h", "kph", "kmh", "knots", "kts", "kt", "kn"});
}

// "N/mm²", "t/ha": a base symbol too bare to be a unit alone ("5 N" may be north, "5 t" a
// letter) is one before a slash with a unit after it.
std::optional<UnitName> find_ratio_head(std::string_view written) {
  if (auto name = find_unit(written)) return name;
  // "15.9 rev/day", "3,000 rev/min": a turn counted per a span of time.
  if (written == "rev" || written == "revs") return UnitName{"revolution", "revolutions"};
  // "40 ac/hr", "2 ac/day": a farm's work rate in acres per a span of time.
  if (written == "ac") return UnitName{"acre", "acres"};
  if (!text::is_one_of(written, {"N", "t", "cal"})) return std::nullopt;
  for (const Base& base : unit_table::bases()) {
    if (written == base.written) return UnitName{std::string(base.one), std::string(base.many)};
  }
  return std::nullopt;
}

UnitKind unit_kind(std::string_view written) {
  const PlainIndex& index = plain_index();
  if (auto it = index.exact.find(written); it != index.exact.end()) return it->second->kind;
  // Symbols no entry of the table reads, whose kind is a short length's all the same: "in" is
  // the inch only where its reader decides (glued to a figure, or with a period), alone it is the
  // word; "hh", a horse's height in hands, is read by the hobby units' rule ("16.2 hh", the
  // figure after the point inches), and "15.7 hh" is no height at all.
  if (written == "in" || written == "hh") return UnitKind::short_length;
  // "m³", "cm3": a length cubed is a volume, which sizes a container or a ship ("a 170,000 m³
  // carrier"); so is a gas's normal or standard cubic meter ("Nm³"), whose "Nm" is no length.
  for (std::string_view cube : {std::string_view("\u00b3"), std::string_view("3")}) {
    if (written.size() <= cube.size() || !text::ends_with(written, cube)) continue;
    std::string_view length = written.substr(0, written.size() - cube.size());
    if (!gas_volume_state(length, cube).empty()) return UnitKind::volume;
    UnitKind base = unit_kind(length);
    if (base == UnitKind::short_length || base == UnitKind::long_length) return UnitKind::volume;
  }
  auto unit = split_prefix(written);
  if (!unit) return UnitKind::none;
  if (unit->base->kind == UnitKind::long_length && unit->prefix && unit->prefix->below_one) return UnitKind::short_length;
  return unit->base->kind;
}

namespace {

// "mGy·cm", "Gy·cm²", "kN·m": a product of two units joined by a middle dot, as dose and
// torque are written; said as the first unit and then the second, the plural on the last
// ("milligray centimeters", "gray square centimeters"). Each side was spelled as letters.
std::optional<UnitName> dotted_product(std::string_view written) {
  // "h·ft²·°F": a heat transfer coefficient's three factors; every factor must be a unit.
  std::vector<UnitName> factors;
  while (!written.empty()) {
    std::size_t at = std::string_view::npos;
    std::size_t width = 0;
    for (std::string_view dot : {"\u00b7", "\u22c5"}) {
      if (std::size_t found = written.find(dot); found < at) {
        at = found;
        width = dot.size();
      }
    }
    std::string_view part = written.substr(0, at);
    // "t·m": a crane's load moment in tonne-metres; the lone "t" is listed only with a prefix.
    auto name = part == "t" ? std::optional<UnitName>(UnitName{"tonne", "tonnes"}) : listed(part);
    if (!name && !factors.empty() && !part.empty()) name = powered(part);
    if (!name) return std::nullopt;
    factors.push_back(*name);
    written = at == std::string_view::npos ? std::string_view() : written.substr(at + width);
    if (at != std::string_view::npos && written.empty()) return std::nullopt;
  }
  if (factors.size() < 2) return std::nullopt;
  std::string head;
  for (std::size_t k = 0; k + 1 < factors.size(); ++k) head += factors[k].one + " ";
  return UnitName{head + factors.back().one, head + factors.back().many};
}

}  // namespace

std::optional<UnitName> find_unit(std::string_view written) {
  if (written.empty() || written.size() > 12) return std::nullopt;
  if (auto name = listed(written)) return name;
  if (auto name = squared(written)) return name;
  if (auto name = powered(written)) return name;
  if (auto name = dotted_product(written)) return name;
  return decibel_reference(written);
}

}  // namespace briefcast::rules
