#include "clean/unicode_text.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace briefcast {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

unsigned char byte_at(std::string_view text, std::size_t pos) { return static_cast<unsigned char>(text[pos]); }

}  // namespace

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool is_word_char(char32_t code_point) {
  if (code_point < 0x80) {
    return (code_point >= '0' && code_point <= '9') || (code_point >= 'a' && code_point <= 'z') ||
           (code_point >= 'A' && code_point <= 'Z') || code_point == '_';
  }
  const auto c = static_cast<UChar32>(code_point);
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

bool is_cjk(char32_t code_point) {
  return (code_point >= 0x3040 && code_point <= 0x30FF) ||  // kana
         (code_point >= 0x3400 && code_point <= 0x9FFF) ||  // han
         (code_point >= 0xAC00 && code_point <= 0xD7AF) ||  // hangul syllables
         (code_point >= 0xF900 && code_point <= 0xFAFF);
}

bool is_space(char32_t code_point) {
  if (code_point == ' ' || code_point == '\t' || code_point == '\n' || code_point == '\r' || code_point == '\f' ||
      code_point == '\v') {
    return true;
  }
  if (code_point < 0x80) return false;
  return code_point == 0x200B || code_point == 0xFEFF || u_isUWhiteSpace(static_cast<UChar32>(code_point));
}

std::vector<std::string_view> word_tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  tokens.reserve(text.size() / 6 + 1);
  std::size_t pos = 0;
  std::size_t start = std::string_view::npos;
  while (pos < text.size()) {
    const std::size_t here = pos;
    const unsigned char byte = byte_at(text, pos);
    bool word = false;
    if (byte < 0x80) {  // most text is ASCII: skip the decoder
      ++pos;
      word = (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
             byte == '_';
    } else {
      word = is_word_char(next_code_point(text, pos));
    }
    if (word) {
      if (start == std::string_view::npos) start = here;
    } else if (start != std::string_view::npos) {
      tokens.push_back(text.substr(start, here - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else {
      append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    }
  }
  return out;
}

bool all_ascii_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t here = pos;
    const char32_t cp = next_code_point(text, pos);
    if (is_space(cp)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(here, pos - here));
  }
  return out;
}

std::string word_phrase(std::string_view text) {
  const std::string lower = to_lower(text);
  std::string phrase;
  for (const auto word : word_tokens(lower)) {
    if (!phrase.empty()) phrase.push_back(' ');
    phrase.append(word);
  }
  return phrase;
}

}  // namespace briefcast
