// "1-2", "0.5-1.5", "5\u201310": two figures with no sign joined by a hyphen or an en dash, a
// range as a dose or a measure is written; shared by the rules that read what follows one (an
// inch mark, a dose's unit).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "normalize/numbers/numbers.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// The two figures of such a range; none for anything else.
struct FigureRange {
  text::NumberLiteral low;
  text::NumberLiteral high;
};
inline std::optional<FigureRange> parse_figure_range(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  if (!sides) return std::nullopt;
  auto low = text::parse_plain_figure(sides->before);
  auto high = text::parse_plain_figure(sides->after);
  if (!low || !high) return std::nullopt;
  return FigureRange{*low, *high};
}

inline bool is_figure_range(std::string_view core) { return parse_figure_range(core).has_value(); }

// "1987", "2024": a calendar year as a plain figure prints it, four figures from 1000 to 2100 with
// no comma; "1,500" with its comma is a count.
inline bool is_year_figure(std::string_view figure) {
  return figure.size() == 4 && text::all_digits(figure) && figure >= "1000" && figure <= "2100";
}

// "2013-2019", "2014–2018", "2023-24": a range with a calendar year at either end, a span of
// years, not an amount of a unit.
inline bool is_year_range(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  return sides && (is_year_figure(sides->before) || is_year_figure(sides->after));
}

// "0.85" or "0.2–0.5": a figure or a range of figures said, the range with "to"; none
// for anything else.
inline std::optional<std::string> figure_or_range_words(std::string_view core) {
  if (auto figure = text::parse_plain_figure(core)) return number_words(*figure, false);
  auto range = parse_figure_range(core);
  if (!range) return std::nullopt;
  return number_words(range->low, false) + " to " + number_words(range->high, false);
}

}  // namespace briefcast::rules
