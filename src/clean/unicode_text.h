// unicode_text: the small UTF-8 helpers the cleaner needs (decoding, word tokens, case folding,
// whitespace collapsing). Every function is one linear pass over its input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// Decodes the code point at `pos` and advances `pos`. A malformed byte yields U+FFFD and
// advances by one, so a scan over any bytes always terminates.
char32_t next_code_point(std::string_view text, std::size_t& pos);

void append_utf8(std::string& out, char32_t code_point);

bool is_valid_utf8(std::string_view text);

std::size_t code_point_count(std::string_view text);

// Letters, digits and marks: what the benchmark's `\w` and a reader call a word character.
bool is_word_char(char32_t code_point);

// Han, kana, hangul: scripts written without spaces between words (hangul has them, but its
// lines are short in characters for their content, like the others).
bool is_cjk(char32_t code_point);

// Unicode white space, including no-break and zero-width spaces.
bool is_space(char32_t code_point);

// The runs of word characters in `text`, as views into it.
std::vector<std::string_view> word_tokens(std::string_view text);

// Simple (one-to-one) lower-casing of every code point.
std::string to_lower(std::string_view text);

// Trims and turns every run of white space into one ASCII space.
std::string collapse_whitespace(std::string_view text);

}  // namespace briefcast
