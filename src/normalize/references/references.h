// References: sections of laws, citations, books, standards and catalogue numbers.
// One source file per rule, named in the comment above its declarations; the two kinds of
// rule (match_*, speak_*) are described in normalize/match.h. Internal to src/normalize.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/match.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// legal_sections.cpp: "s.236A" -> "section two thirty six A", "ss.14-16".
std::optional<Match> match_legal_section(const Words& words, std::size_t i);

// legal_citations.cpp: "the 9th Cir." -> "the ninth Circuit", "R v Jogee" -> "R versus Jogee",
// "§§ 12-15" -> "sections twelve to fifteen".
std::optional<Match> match_legal_citation(const Words& words, std::size_t i);

// book_marks.cpp: "3rd ed.", "ISBN 978-...".
std::optional<Match> match_book_mark(const Words& words, std::size_t i);

// number_signs.cpp: "report no. 25-0417" -> "report number two five, zero four one seven", "lot
// no. 7D", "case no. HC 12/2019", "issue no. 1", "the no. of seats": the lower-case sign after a noun.
std::optional<Match> match_number_sign(const Words& words, std::size_t i);
// "No. 4", "No 10 said", "Regulation (EC) No 1272/2008" -> "number", and "no.7" -> "number
// seven": the capitalised sign and the glued one, read at abbreviation.cpp's place in the order.
std::optional<Match> capital_number_sign(const Words& words, std::size_t i, bool dotted);
std::optional<Match> glued_number_sign(std::string_view core);

// reference_abbreviations.cpp: "b. 1950" -> "born", "incl." -> "including", "the 5th c." ->
// "century", "Op. 27" -> "Opus", "HM the King", "the Rt Hon", "Ps 23:1" -> "Psalm twenty three, verse one".
std::optional<Match> match_reference_abbreviation(const Words& words, std::size_t i);

// model_refs.cpp: "Cal. 3235" -> "Calibre thirty two thirty five", "Ref. 6263".
std::optional<Match> match_model_ref(const Words& words, std::size_t i);

// standard_numbers.cpp: "EN 81-20" -> "eighty one dash twenty", "ISO 14001:2015", "BS 7671"
// -> "B.S seventy six seventy one", "ISO 23537" -> "twenty three five thirty seven".
std::optional<Match> match_standard_number(const Words& words, std::size_t i);

}  // namespace briefcast::rules
