// A Unicode code point as type and font people write it: "U+2014" -> "U plus two zero one
// four", "U+1F600" -> "U plus one F six zero zero". The hex digits are said one by one; read as
// a number, "2014" became a year ("twenty fourteen") and "1F600" a figure and a unit.
#include "normalize/codes/codes.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

std::optional<std::string> speak_code_point(std::string_view core) {
  if (core.size() < 6 || core.size() > 8 || !text::starts_with(core, "U+")) return std::nullopt;
  std::string said = "U plus";
  for (char c : core.substr(2)) {
    bool digit = c >= '0' && c <= '9';
    if (!digit && !(c >= 'A' && c <= 'F')) return std::nullopt;
    said += ' ';
    said += digit ? std::string(digit_word(c)) : std::string(1, c);
  }
  return said;
}

// "0x7f3a…c91e", "0x4B2e": a hex address or hash as wallets and block explorers print it,
// often shortened by an ellipsis. Said "zero x" and its digits and letters one by one, a pause
// at the ellipsis; read as a number "c91e" was "c ninety one e".
std::optional<std::string> speak_hex_address(std::string_view core) {
  static constexpr std::string_view kEllipsis = "\xe2\x80\xa6";
  if (core.size() < 6 || core.size() > 80 || !text::starts_with(core, "0x")) return std::nullopt;
  std::string said = "zero x";
  std::size_t hex = 0;
  for (std::size_t k = 2; k < core.size(); ++k) {
    char c = core[k];
    if (core.compare(k, kEllipsis.size(), kEllipsis) == 0 || core.compare(k, 3, "...") == 0) {
      if (said.back() == ',') return std::nullopt;
      said += ',';
      k += 2;
      continue;
    }
    bool digit = c >= '0' && c <= '9';
    char upper = (c >= 'a' && c <= 'f') ? static_cast<char>(c - 'a' + 'A') : c;
    if (!digit && !(upper >= 'A' && upper <= 'F')) return std::nullopt;
    said += ' ';
    said += digit ? std::string(digit_word(c)) : std::string(1, upper);
    ++hex;
  }
  if (hex < 4 || said.back() == ',') return std::nullopt;
  return said;
}

}  // namespace briefcast::rules
