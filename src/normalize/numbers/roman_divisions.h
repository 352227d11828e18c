// Roman numerals after the common noun of a division of an area, an organisation or a document
// ("EPA Region IV", "Schedule III") or after a plural ("Broods XIII"): a count, said as a
// cardinal, not a regnal ordinal.
#pragma once

#include <cstddef>
#include <string_view>

#include "normalize/match.h"

namespace briefcast::rules {

// "Wards" -> "Ward", "Acts" -> "Act": a counting noun's plural, as the numeral's noun.
std::string_view singular_of(std::string_view word);
// "Classes" of "Class", "Categories" of "Category": a plural in "-es" or "-ies" of that singular.
bool is_es_plural_of(std::string_view word, std::string_view singular);

// "Region", "Wards", "Schedule": a division's noun, singular or plural.
bool is_division_noun(std::string_view word);

// Whether the division's noun before words[i] is a family name ("Robert Ward III", "Rep. Ward III").
bool surname_before_numeral(const Words& words, std::size_t i);

// Whether a lone "I" at words[i], after a division's noun, is a numeral rather than the pronoun.
bool numeral_one_after_division(const Words& words, std::size_t i);

// Whether words[i] follows a capitalised plural that its numeral labels ("Broods XIII"), and
// no given name before it makes the plural a family name ("Hank Williams III").
bool plural_label_before(const Words& words, std::size_t i);

}  // namespace briefcast::rules
