// Cardinal numbers: "3", "9,000", "123,123,000", "-5".
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

std::string integer_words(std::string_view digits, bool grouped, bool allow_year) {
  // A leading zero marks a code or an identifier ("007"), read digit by digit.
  if (digits.size() > 1 && digits[0] == '0') return digit_words(digits);
  if (digits.size() > kMaxNumberDigits) return digit_words(digits);
  if (grouped) {
    // "2,500" is "twenty five hundred" in American speech; round thousands stay thousands.
    if (digits.size() == 4 && digits.substr(2) == "00" && digits[1] != '0') return year_words(digits);
    return cardinal_words(digits, false);
  }
  if (allow_year && digits.size() == 4) return year_words(digits);
  // Unseparated quantities take the British "and" ("one hundred and seventy"), as the
  // reference readings for money and plain figures do; separated figures are read without.
  return cardinal_words(digits, true);
}

std::string number_words(const text::NumberLiteral& number, bool allow_year) {
  std::string out = number.negative ? "minus " : "";
  if (!number.integer.empty()) {
    out += integer_words(number.integer, number.grouped, allow_year && !number.has_point && !number.negative);
  }
  if (number.has_point) {
    if (!out.empty() && out.back() != ' ') out += ' ';
    out += "point " + digit_words(number.decimals);
  }
  return out;
}

std::optional<std::string> speak_cardinal(std::string_view core) {
  auto number = text::parse_number(core);
  if (!number) return std::nullopt;
  return number_words(*number, true);
}

}  // namespace briefcast::rules
