// Dollars named by a country's letters before the sign: "CA$2.1m", "Can$40", "SG$3bn",
// "MX$120", "TT$15". Papers write many such prefixes; a fixed list of whole symbols missed
// the ones it lacked, and the letters were then split off and spelt before "dollar" ("C A
// dollar two point one meters"). Any prefix here is read as its currency, the amount first:
// "two point one million Canadian dollars".
#include <array>

#include "normalize/money/money.h"

namespace briefcast::rules {

namespace {

// The letters only; the sign is checked by the caller. Longest spellings need no order: the
// letters before "$" are taken whole.
constexpr std::array<Currency, 21> kDollarCountries = {{
    {"CA", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"CAN", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"Can", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"Cdn", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"C", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"A", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"AU", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"AUS", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"NZ", "New Zealand dollar", "New Zealand dollars", "cent", "cents"},
    {"HK", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents"},
    {"S", "Singapore dollar", "Singapore dollars", "cent", "cents"},
    {"SG", "Singapore dollar", "Singapore dollars", "cent", "cents"},
    {"US", "US dollar", "US dollars", "cent", "cents"},
    {"NT", "New Taiwan dollar", "New Taiwan dollars", "", ""},
    {"MX", "Mexican peso", "Mexican pesos", "centavo", "centavos"},
    {"Mex", "Mexican peso", "Mexican pesos", "centavo", "centavos"},
    {"TT", "Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent", "cents"},
    {"J", "Jamaican dollar", "Jamaican dollars", "cent", "cents"},
    {"EC", "East Caribbean dollar", "East Caribbean dollars", "cent", "cents"},
    {"FJ", "Fijian dollar", "Fijian dollars", "cent", "cents"},
    {"RD", "Dominican peso", "Dominican pesos", "centavo", "centavos"},
}};

}  // namespace

const Currency* dollar_of_country(std::string_view letters) {
  for (const Currency& c : kDollarCountries) {
    if (c.written == letters) return &c;
  }
  return nullptr;
}

std::size_t dollar_prefix_length(std::string_view core, const Currency** currency) {
  std::size_t sign = core.find('$');
  if (sign == 0 || sign == std::string_view::npos || sign > 3) return 0;
  const Currency* c = dollar_of_country(core.substr(0, sign));
  if (c == nullptr) return 0;
  *currency = c;
  return sign + 1;
}

}  // namespace briefcast::rules
