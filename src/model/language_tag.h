// Language tags (BCP 47 as pages and users write them: "en", "pt_BR", " de-CH "), read one
// way everywhere: trimmed, '_' taken as '-', compared without case.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// The tag trimmed, lower-cased, with '_' as '-': " pt_BR" -> "pt-br". "" stays "".
std::string normalized_language_tag(std::string_view tag);

// The primary subtag, lower-cased: "pt_BR" -> "pt", "EN" -> "en", "" -> "".
std::string primary_language(std::string_view tag);

// True when English rules apply to `tag` ("", "en", "en-GB", "en_us"; not "eng-x" or "de").
bool is_english_tag(std::string_view tag);

}  // namespace briefcast
