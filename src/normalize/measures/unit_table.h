// The data of the unit table, apart from the code that reads it (units.cpp): the plain symbols,
// the SI prefixes, the base units that take them, and loose spellings of prefixed symbols.
#pragma once

#include <span>
#include <string_view>

#include "normalize/measures/measures.h"

namespace briefcast::rules::unit_table {

struct Plain {
  std::string_view written;
  std::string_view one;
  std::string_view many;
  bool any_case;  // "KG" and "kg" are the same unit; "M" and "m" are not
  UnitKind kind = UnitKind::none;
};

struct Prefix {
  std::string_view written;
  std::string_view name;
  bool below_one = false;  // a part of the base unit: a millimeter is a short length, a kilometer a long one
};

struct Base {
  std::string_view written;
  std::string_view one;
  std::string_view many;
  std::string_view prefixes;  // the written prefixes it takes (µ and μ are "u")
  bool alone;                 // the bare symbol is a unit too ("5 W"); "5 B" or "5 s" is not
  UnitKind kind;              // a long length's parts are short ones; squares and cubes of a length are areas and volumes
};

// Other spellings of a prefixed unit that are still that unit in practice ("64gb", "KM",
// "KWH"): the written form, in any case, and the symbol it stands for.
struct Spelling {
  std::string_view lowered;
  std::string_view symbol;
};

// Units that take no prefix, or whose prefixed forms are words of their own; a symbol listed
// twice is read by its first entry.
std::span<const Plain> plain_units();
// The SI prefixes a base may take.
std::span<const Prefix> prefixes();
// The base units and the prefixes each takes.
std::span<const Base> bases();
// Loose spellings of prefixed symbols, by their lower-case form.
std::span<const Spelling> loose_spellings();

}  // namespace briefcast::rules::unit_table
