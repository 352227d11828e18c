#include "io/safe_name.h"

#include <algorithm>
#include <cstdint>

#include "io/article_input.h"

namespace briefcast {

namespace {

// Decodes one code point of valid UTF-8 at `pos` (checked by the caller) and advances.
char32_t decode_at(std::string_view text, std::size_t& pos, std::size_t length) {
  const auto lead = static_cast<std::uint8_t>(text[pos]);
  std::uint32_t cp = length == 1 ? lead : length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<std::uint8_t>(text[pos + k]) & 0x3Fu);
  pos += length;
  return static_cast<char32_t>(cp);
}

bool is_unsafe_character(char32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
  switch (cp) {
    case U'/': case U'\\': case U':': case U'*': case U'?': case U'"': case U'<': case U'>': case U'|':
      return true;
    default:
      return false;
  }
}

// Characters with no glyph that can make a name look like another (U+202E turns
// "evil\u202Egnp.wav" into "evilvaw.png" on screen).
bool is_invisible_format(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) ||
         cp == 0xFEFF || cp == 0x00AD;
}

bool is_trimmed_at_start(char c) { return c == '.' || c == '-' || c == ' ' || c == '_'; }
bool is_trimmed_at_end(char c) { return c == '.' || c == ' '; }

// Cuts at most `max_bytes` without splitting a UTF-8 sequence.
void cut_utf8(std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<std::uint8_t>(text[end]) & 0xC0u) == 0x80u) --end;
  text.resize(end);
}

void trim(std::string& name) {
  std::size_t start = 0;
  while (start < name.size() && is_trimmed_at_start(name[start])) ++start;
  name.erase(0, start);
  while (!name.empty() && is_trimmed_at_end(name.back())) name.pop_back();
}

}  // namespace

std::string safe_output_name(std::string_view raw, std::size_t max_bytes) {
  max_bytes = std::max<std::size_t>(max_bytes, 1);
  std::string name;
  name.reserve(std::min(raw.size(), max_bytes * 2));
  std::size_t pos = 0;
  while (pos < raw.size()) {
    const std::size_t invalid = find_invalid_utf8(raw.substr(pos, 4));
    const std::size_t length = [&] {
      if (invalid == 0) return std::size_t{0};
      // The longest well-formed prefix is one whole sequence starting here.
      std::size_t n = 1;
      const auto lead = static_cast<std::uint8_t>(raw[pos]);
      if (lead >= 0xF0) n = 4; else if (lead >= 0xE0) n = 3; else if (lead >= 0xC0) n = 2;
      return n;
    }();
    if (length == 0 || pos + length > raw.size()) {
      ++pos;  // a malformed byte: dropped
      continue;
    }
    const char32_t cp = decode_at(raw, pos, length);
    if (is_invisible_format(cp)) continue;
    if (is_unsafe_character(cp)) {
      if (name.empty() || name.back() != '_') name.push_back('_');
      continue;
    }
    if (cp == U'.' && !name.empty() && name.back() == '.') continue;
    name.append(raw.substr(pos - length, length));
  }
  trim(name);
  cut_utf8(name, max_bytes);
  while (!name.empty() && is_trimmed_at_end(name.back())) name.pop_back();
  if (name.empty()) {
    name = std::string(kFallbackOutputName.substr(0, std::min(max_bytes, kFallbackOutputName.size())));
  }
  return name;
}

}  // namespace briefcast
