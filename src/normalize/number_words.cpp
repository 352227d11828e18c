#include "normalize/number_words.h"

#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>

namespace briefcast {

namespace {

constexpr std::string_view kDigitWords[] = {"zero", "one", "two",   "three", "four",
                                            "five", "six", "seven", "eight", "nine"};

// ICU formatters are not safe to share between threads while formatting, and building one
// parses the whole English rule set, so each thread builds one on first use and keeps it.
const icu::RuleBasedNumberFormat* spellout() {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formatter = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto made = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getUS(), status);
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return formatter.get();
}

std::int64_t to_int(std::string_view digits) {
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// ICU writes "twenty-three" and, in verbose mode, "one million, two hundred"; the spoken
// form wants plain words separated by single spaces.
std::string tidy(const std::string& text) {
  std::string out;
  for (char c : text) {
    char d = (c == '-' || c == ',') ? ' ' : c;
    if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(d);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string format(std::string_view digits, const char* rule_set) {
  const icu::RuleBasedNumberFormat* formatter = spellout();
  if (formatter == nullptr) return digit_words(digits);
  icu::UnicodeString out;
  icu::FieldPosition position;
  UErrorCode status = U_ZERO_ERROR;
  formatter->format(to_int(digits), icu::UnicodeString(rule_set, -1, US_INV), out, position, status);
  if (U_FAILURE(status)) return digit_words(digits);
  std::string utf8;
  out.toUTF8String(utf8);
  return tidy(utf8);
}

// The scale words of the groups of three above the thousands, in order.
constexpr std::string_view kScales[] = {"thousand",    "million",    "billion",   "trillion",
                                        "quadrillion", "quintillion", "sextillion", "septillion",
                                        "octillion",   "nonillion",  "decillion", "undecillion"};
constexpr std::size_t kIcuDigits = 18;

// "1000000000000000000000" -> "one sextillion": a number beyond ICU's range, said group by
// group of three figures with the group's scale word, zero groups unsaid.
std::string long_cardinal(std::string_view digits) {
  std::string out;
  std::size_t groups = (digits.size() + 2) / 3;
  std::size_t first = digits.size() - (groups - 1) * 3;
  for (std::size_t g = 0; g < groups; ++g) {
    std::size_t start = g == 0 ? 0 : first + (g - 1) * 3;
    std::string_view group = digits.substr(start, g == 0 ? first : 3);
    if (group.find_first_not_of('0') == std::string_view::npos) continue;
    if (!out.empty()) out += ' ';
    out += format(group, "%spellout-cardinal");
    std::size_t scale = groups - 1 - g;
    if (scale > 0) out += " " + std::string(kScales[scale - 1]);
  }
  return out.empty() ? std::string(kDigitWords[0]) : out;
}

std::string_view strip_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

}  // namespace

std::string_view digit_word(char digit) {
  if (digit < '0' || digit > '9') return "";
  return kDigitWords[digit - '0'];
}

std::string digit_words(std::string_view digits, std::string_view zero) {
  if (digits.size() > kMaxReadDigits) {
    return "a " + cardinal_words(std::to_string(digits.size())) + " digit number";
  }
  std::string out;
  for (char c : digits) {
    if (!out.empty()) out += ' ';
    out += c == '0' ? zero : digit_word(c);
  }
  return out;
}

std::string cardinal_words(std::string_view digits, bool with_and) {
  if (digits.empty()) return "";
  digits = strip_leading_zeros(digits);
  if (digits.size() > kMaxNumberDigits) return digit_words(digits);
  if (digits.size() > kIcuDigits) return long_cardinal(digits);
  return format(digits, with_and ? "%spellout-cardinal-verbose" : "%spellout-cardinal");
}

std::string ordinal_words(std::string_view digits) {
  if (digits.empty()) return "";
  digits = strip_leading_zeros(digits);
  if (digits.size() > kMaxNumberDigits) return digit_words(digits) + " th";
  if (digits.size() > kIcuDigits) {
    // The last group is said as an ordinal ("...sextillion and third" without the "and"), or
    // the last scale word takes "th" when the number ends in a whole group of zeros.
    std::string_view tail = digits.substr(digits.size() - 3);
    if (tail == "000") return long_cardinal(digits) + "th";
    return long_cardinal(std::string(digits.substr(0, digits.size() - 3)) + "000") + " " +
           format(strip_leading_zeros(tail), "%spellout-ordinal");
  }
  return format(digits, "%spellout-ordinal");
}

std::string year_words(std::string_view digits) {
  if (digits.empty()) return "";
  digits = strip_leading_zeros(digits);
  if (digits.size() > kIcuDigits) return cardinal_words(digits);
  return format(digits, "%spellout-numbering-year");
}

std::string paired_digit_words(std::string_view digits, std::string_view zero) {
  if (digits.size() <= 2 || digits.size() > 4) return cardinal_words(digits);
  std::string_view head = digits.substr(0, digits.size() - 2);
  std::string_view tail = digits.substr(digits.size() - 2);
  // Round hundreds are said whole: "500", "2000" -> "two thousand", "2100" -> "twenty one hundred".
  if (tail == "00") return digits.size() == 4 ? year_words(digits) : cardinal_words(digits);
  std::string out = cardinal_words(head) + " ";
  if (tail[0] == '0') {
    out += std::string(zero) + " " + std::string(digit_word(tail[1]));
  } else {
    out += cardinal_words(tail);
  }
  return out;
}

std::string pluralize_last_word(std::string words) {
  if (words.empty()) return words;
  if (words.back() == 'y') {
    words.pop_back();
    return words + "ies";
  }
  if (words.size() >= 3 && words.compare(words.size() - 3, 3, "six") == 0) return words + "es";
  return words + "s";
}

}  // namespace briefcast
