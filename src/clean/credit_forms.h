// credit_forms: a picture's credit known by its form rather than by a word of the lexicon. Copied
// page text keeps the line a picture's credit or caption was printed on; read out it is noise.
//   "Jane Roe/Agency"        a person's name, a slash and the agency or publication, alone on a line
//   "Caption text [Agency]"  a line that ends no sentence but a bracketed source of capitalised
//                            words ("[Agency via Space Office]")
#pragma once

#include <string_view>

namespace briefcast {

// Whether `line` (collapsed whitespace) has one of these forms.
bool has_credit_form(std::string_view line);

}  // namespace briefcast
