// Typeset and encoded characters turned into the plain ones the rules read. Each pass takes
// a line and returns it; none lengthens it by more than a few characters per mark.
#pragma once

#include <string>
#include <string_view>

namespace briefcast::rules {

std::string valid_utf8(std::string_view s);
std::string decoded_references(const std::string& s);
std::string spoken_comparisons(std::string clean);
// "R²=0.8", "E = mc²", "x³": a variable's square or cube said "squared" or "cubed".
std::string spoken_powers(std::string clean);
// superscripts.cpp: "10⁻⁵" -> "10^-5", "cm⁻¹" -> "/cm", "mol dm⁻³" -> "mol/dm³"; note marks dropped.
std::string spoken_superscripts(std::string clean);
std::string plain_hyphens(std::string clean);
std::string spaced_dashes(std::string clean);
std::string minus_signs(std::string clean);
// "3\u204416" -> "3/16": the fraction slash between figures is a plain one.
std::string fraction_slashes(std::string clean);
// "\u221as" -> "root s": the root sign glued to a symbol or a figure.
std::string spoken_roots(std::string clean);
// numbers/margin_signs.cpp: "won by +2.3s" -> "won by 2.3s": a plus after "by" is not said.
std::string unsigned_margins(std::string clean);
// "€1 074.3 billion", "$2 500", "12 500.5 t" -> "€1,074.3 billion", "$2,500", "12,500.5 t".
std::string comma_grouped_thousands(std::string clean);
// numbers/lakh_grouping.cpp: "7,13,789", "1,25,000" (Indian grouping) -> "713,789", "125,000".
std::string lakh_grouped_figures(std::string clean);
// clocks.cpp: in a line that uses the 24-hour clock for the afternoon ("from 16:00"), every
// clock reading is written as on the twelve-hour clock ("4pm", "5:30am", "noon").
std::string twelve_hour_clocks(std::string line);
// hour_marks.cpp: "by 07h30" -> "by 07:30": an "h" for the clock's colon.
std::string hour_mark_clocks(std::string line);
// clock_spans.cpp: "from 0600 to 2100" -> "from 06:00 to 21:00", for the clock rules to read.
std::string colonless_clock_spans(std::string line);

}  // namespace briefcast::rules
