// unicode_text: the small UTF-8 helpers the cleaner needs (word tokens, case folding, whitespace
// collapsing), on top of model/utf8.h. Every function is one linear pass over its input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/utf8.h"  // decoding and encoding: the one set every stage shares

namespace briefcast {

std::size_t code_point_count(std::string_view text);

// The last code point of `text` for which `skip` is false, or 0 when there is none: the
// meaningful end of a line behind closing quotes, brackets and spaces.
template <typename Skip>
char32_t last_code_point_except(std::string_view text, Skip skip) {
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    const char32_t cp = next_code_point(text, pos);
    if (!skip(cp)) return cp;
    end = start;
  }
  return 0;
}

// Letters, digits and marks: what the benchmark's `\w` and a reader call a word character.
bool is_word_char(char32_t code_point);

// Han, kana, hangul: scripts written without spaces between words (hangul has them, but its
// lines are short in characters for their content, like the others).
bool is_cjk(char32_t code_point);

// Unicode white space, including no-break and zero-width spaces.
bool is_space(char32_t code_point);

// The runs of word characters in `text`, as views into it.
std::vector<std::string_view> word_tokens(std::string_view text);

// Whether `text` is one or more ASCII digits ("2024", "09").
bool all_ascii_digits(std::string_view text);

// Simple (one-to-one) lower-casing of every code point.
std::string to_lower(std::string_view text);

// Trims and turns every run of white space into one ASCII space.
std::string collapse_whitespace(std::string_view text);

// The words of `text` in lower case, one space between them, punctuation gone ("About the
// author:" -> "about the author"): the form a label is looked up in.
std::string word_phrase(std::string_view text);

}  // namespace briefcast
