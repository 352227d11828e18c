// The reading of a figure with its unit, shared by the two measure files: attached_measures.cpp
// reads a measure written as one word ("12KG", "2x8", "a 5-km race"), measure.cpp one written
// across words ("5 km", "3.5 x 4.5 m"), and both say their units and figures the same way.
// Internal to src/normalize (see measures.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/text_util.h"

namespace briefcast::rules {

// "km", "mi": a unit of distance, which a consumption is counted per ("l/100km").
bool is_distance(std::string_view written);
// A distance or a volume: "100km" in "l/100km", "100ml" in "cfu/100ml".
bool is_per_figure_unit(std::string_view written);
// "1000h", "24 h": a unit of time, which a rate's base may give with its own figure.
bool is_span_of_time(std::string_view written);
// "2" and "150W" of "2x150W": a count times a quantity that is no length, said "times".
bool counts_rated_quantity(std::string_view count, std::string_view piece);
// A figure of exactly one, after which a unit is said in the singular.
bool is_one(const text::NumberLiteral& n);
// A unit's words ("km" -> "kilometers", "kg/m3" -> "kilograms per cubic meter"), in the
// singular when `singular`; nothing when `written` is no unit.
std::optional<std::string> unit_words(std::string_view written, bool singular);
// A measure's figure said as a plain number, never as a year, without the zeros that close its decimals.
std::string quantity(const text::NumberLiteral& n);
// "1.40 m", "2.05 m": meters to the centimeter, said as a reader gives a height or a jump, "one
// meter forty", "two meters oh five" ("one-meter-forty" as an adjective); nullopt for any other
// figure or unit (a figure below one or past nine keeps its point: a depth, a boat's length).
std::optional<std::string> meters_and_centimeters(const text::NumberLiteral& n, std::string_view unit, bool adjective);
// The figure of a measure, its padding zeros dropped ("01" -> "1").
std::optional<text::NumberLiteral> measured_number(std::string_view s);
// The last figure of dimensions with its unit ("13cm" in "9x13cm", "13-inch" in "9x13-inch").
std::optional<std::string> last_dimension(std::string_view piece, bool adjective);
// "8½", "18¾": a whole figure and a fraction sign said as one ("eight and a half"); as an
// adjective a part in quarters is "quarter" ("eighteen and three quarter"), as people say it.
std::optional<std::string> vulgar_figure_words(std::string_view figure, bool adjective);
// One word's measure ("12KG", "2x8", "10^3"); with `adjective`, its unit in the singular.
std::optional<std::string> attached(std::string_view core, bool adjective);
// The length of the dash that opens `rest` when a figure follows it, a range's ("-10mg",
// "\u2013200mm": 1 or 3), else 0.
std::size_t range_dash_length(std::string_view rest);

}  // namespace briefcast::rules
