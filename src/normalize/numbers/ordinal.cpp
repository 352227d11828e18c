// Ordinal numbers: "1st", "23rd", "111th", "1,000th".
#include <utility>

#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The suffix English writes after `digits`: 1st, 2nd, 3rd, 11th-13th, else th.
std::string_view expected_suffix(std::string_view digits) {
  char last = digits.back();
  char tens = digits.size() >= 2 ? digits[digits.size() - 2] : '0';
  if (tens == '1') return "th";
  if (last == '1') return "st";
  if (last == '2') return "nd";
  if (last == '3') return "rd";
  return "th";
}

// The digits of an ordinal figure ("1000" of "1,000th") when its suffix fits them.
std::optional<std::string> ordinal_digits(std::string_view core) {
  if (core.size() < 3) return std::nullopt;
  std::string suffix = text::lower(core.substr(core.size() - 2));
  auto number = text::parse_number(core.substr(0, core.size() - 2));
  if (!number || number->has_point || number->negative || number->integer.empty()) return std::nullopt;
  // "2th" or "11st" is no ordinal; the serial rule reads it as written.
  if (suffix != expected_suffix(number->integer)) return std::nullopt;
  return std::move(number->integer);
}

}  // namespace

bool is_ordinal_figure(std::string_view core) { return ordinal_digits(core).has_value(); }

std::optional<std::string> speak_ordinal(std::string_view core) {
  // "3rd/4th", "1st/2nd": two ordinals joined by a slash are both meant, "third and fourth"
  // ("the 3rd/4th place play-off", "1st/3rd Mondays"); "slash" between them was a symbol.
  if (std::size_t slash = core.find('/'); slash != std::string_view::npos) {
    auto first = ordinal_digits(core.substr(0, slash));
    auto second = ordinal_digits(core.substr(slash + 1));
    if (!first || !second) return std::nullopt;
    return ordinal_words(*first) + " and " + ordinal_words(*second);
  }
  auto digits = ordinal_digits(core);
  if (!digits) return std::nullopt;
  return ordinal_words(*digits);
}

}  // namespace briefcast::rules
