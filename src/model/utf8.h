// utf8: the one set of UTF-8 helpers every stage uses (decoding, encoding, validation). Strict
// by Unicode's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace briefcast {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Length of the well-formed sequence that starts at `pos` (1 to 4), or 0 when it is malformed
// or cut short.
std::size_t utf8_sequence_length(std::string_view text, std::size_t pos);

// Decodes the code point at `pos` and advances `pos`. A malformed byte yields U+FFFD and
// advances by one, so a scan over any bytes always terminates.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends `code_point` encoded; a surrogate or a value past U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, char32_t code_point);

// The offset of the first malformed sequence, or npos when `text` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text);

bool is_valid_utf8(std::string_view text);

}  // namespace briefcast
