// Decimals and scaled quantities: "0.1", ".1 trillion", "1.5 billion", "3.5bn".
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

std::optional<std::string> speak_scale(std::string_view word) {
  // Case matters: "M" alone is ambiguous (million, meters, molar), so the single letters are
  // only scales when lowercase or written as a money suffix (see money.cpp).
  std::string w = text::lower(word);
  if (w == "thousand" || w == "million" || w == "billion" || w == "trillion") return w;
  if (w == "bn" || w == "bln") return std::string("billion");
  if (w == "mn" || w == "mln") return std::string("million");
  if (w == "tn" || w == "trln") return std::string("trillion");
  if (w == "lakh" || w == "crore") return w;  // South Asian scales: a hundred thousand, ten million
  return std::nullopt;
}

std::optional<std::string> speak_decimal(std::string_view core) {
  auto number = text::parse_number(core);
  if (!number || !number->has_point) return std::nullopt;
  return number_words(*number, false);
}

}  // namespace briefcast::rules
