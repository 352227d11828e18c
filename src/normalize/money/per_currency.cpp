// An exchange rate quoted as so many units to one of another currency, the currency's sign
// after a slash: "the rupee closed at 83.47/$" -> "eighty three point four seven to the
// dollar", "155.2/$", "0.86/€", "90.5/₽". Left alone eSpeak NG said "slash dollar". The signs are
// money's own table (money.cpp), so a sign it reads in an amount is read here too.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

std::optional<Match> match_per_currency(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (!words[i].prefix.empty() || slash == std::string_view::npos || slash == 0 || slash > 12) return std::nullopt;
  // Any sign of money's one table ("/\u20b9", "/HK$"); the cent is no currency quoted against.
  const Currency* currency = currency_for_sign(core.substr(slash + 1));
  if (currency && currency->one == "cent") currency = nullptr;
  auto number = text::parse_number(core.substr(0, slash));
  if (!currency || !number || number->negative) return std::nullopt;
  return Match{1, number_words(*number, false) + " to the " + std::string(currency->one), false};
}

}  // namespace briefcast::rules
