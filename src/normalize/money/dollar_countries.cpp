// Dollars named by a country's letters before the sign: "CA$2.1m", "Can$40", "SG$3bn",
// "MX$120", "TT$15". Papers write many such prefixes; a fixed list of whole symbols missed
// the ones it lacked, and the letters were then split off and spelt before "dollar" ("C A
// dollar two point one meters"). Any prefix here is read as its currency, the amount first:
// "two point one million Canadian dollars".
#include "normalize/money/money.h"

namespace briefcast::rules {

// The letters only, from the currency table; the sign is checked by the caller. The letters
// before "$" are taken whole, so no order is needed.
const Currency* dollar_of_country(std::string_view letters) { return currency_written(letters, currency_use::kDollar); }

std::size_t dollar_prefix_length(std::string_view core, const Currency** currency) {
  std::size_t sign = core.find('$');
  if (sign == 0 || sign == std::string_view::npos || sign > 3) return 0;
  const Currency* c = dollar_of_country(core.substr(0, sign));
  if (c == nullptr) return 0;
  *currency = c;
  return sign + 1;
}

}  // namespace briefcast::rules
