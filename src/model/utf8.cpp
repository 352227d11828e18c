#include "model/utf8.h"

#include <cstdint>

namespace briefcast {

namespace {

std::uint8_t byte_at(std::string_view text, std::size_t pos) { return static_cast<std::uint8_t>(text[pos]); }

// Unicode's table 3-7: the lead byte fixes the length and the range of the second byte.
struct LeadByte {
  std::size_t length = 0;  // 0: not a lead byte
  std::uint8_t low = 0x80;
  std::uint8_t high = 0xBF;
  char32_t bits = 0;
};

LeadByte lead_byte(std::uint8_t lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF, lead & 0x1Fu};
  if (lead >= 0xE0 && lead <= 0xEF) {
    return {3, static_cast<std::uint8_t>(lead == 0xE0 ? 0xA0 : 0x80), static_cast<std::uint8_t>(lead == 0xED ? 0x9F : 0xBF),
            lead & 0x0Fu};
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    return {4, static_cast<std::uint8_t>(lead == 0xF0 ? 0x90 : 0x80), static_cast<std::uint8_t>(lead == 0xF4 ? 0x8F : 0xBF),
            lead & 0x07u};
  }
  return {};
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const std::uint8_t lead = byte_at(text, pos);
  if (lead < 0x80) return 1;
  const LeadByte shape = lead_byte(lead);
  if (shape.length == 0 || text.size() - pos < shape.length) return 0;
  const std::uint8_t second = byte_at(text, pos + 1);
  if (second < shape.low || second > shape.high) return 0;
  for (std::size_t k = 2; k < shape.length; ++k) {
    if ((byte_at(text, pos + k) & 0xC0u) != 0x80u) return 0;
  }
  return shape.length;
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const std::size_t length = utf8_sequence_length(text, pos);
  if (length == 0) {
    ++pos;
    return kReplacementCharacter;
  }
  const std::uint8_t lead = byte_at(text, pos);
  char32_t value = length == 1 ? lead : lead_byte(lead).bits;
  for (std::size_t k = 1; k < length; ++k) value = (value << 6) | (byte_at(text, pos + k) & 0x3Fu);
  pos += length;
  return value;
}

void append_utf8(std::string& out, char32_t code_point) {
  auto cp = static_cast<std::uint32_t>(code_point);
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementCharacter;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0u | (cp >> 12)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  } else {
    out.push_back(static_cast<char>(0xF0u | (cp >> 18)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  }
}

std::size_t find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) { return find_invalid_utf8(text) == std::string_view::npos; }

}  // namespace briefcast
