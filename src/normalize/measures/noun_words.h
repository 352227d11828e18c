// The words about a measure that tell whether it sizes a noun, read by noun_words.cpp and
// weighed by noun_modifiers.cpp; those other rules share are in measures.h. Internal to
// src/normalize.
#pragma once

#include <cstddef>
#include <string_view>

#include "normalize/match.h"

namespace briefcast::rules {

// "rain", "deep", "wider", "total", "each": a word after a measure that says how much of
// something, not what it sizes.
bool says_how_much(std::string_view w);

// "width", "height", "diameter": a word of dimension, which may open a compound noun.
bool is_dimension_noun(std::string_view w);

// Where the noun a measure before word n may size stands: past one word that describes it
// ("laminated sheet", "Type II vials"), or at n itself.
std::size_t past_describing_word(const Words& words, std::size_t n);

// "Type II", "Class B", "Grade 5": a numeral, a letter or a short figure that goes with a name.
bool is_name_numeral(std::string_view w);

// "Aurora-7", "Kestrel-2", "M-4": a capitalised name hyphened to its numeral, as cables, rockets,
// satellites and roads are named.
bool is_numbered_name(std::string_view w);

// "O₂", "CO2", "LPG": a formula or a code in capitals that may name a container's content.
bool names_content(std::string_view w);

// "2S", "4S2P": a battery pack's cells in series (and parallel).
bool is_cell_code(std::string_view w);

// "sideways", "afterwards", "indoors": an adverb that ends as a plural does.
bool is_adverb_in_s(std::string_view w);

}  // namespace briefcast::rules
