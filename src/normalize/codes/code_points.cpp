// A Unicode code point as type and font people write it: "U+2014" -> "U plus two zero one
// four", "U+1F600" -> "U plus one F six zero zero". The hex digits are said one by one; read as
// a number, "2014" became a year ("twenty fourteen") and "1F600" a figure and a unit.
#include "normalize/number_words.h"
#include "normalize/rules.h"

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

}  // namespace briefcast::rules
