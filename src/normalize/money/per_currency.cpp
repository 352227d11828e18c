// An exchange rate quoted as so many units to one of another currency, the currency's sign
// after a slash: "the rupee closed at 83.47/$" -> "eighty three point four seven to the
// dollar", "155.2/$", "0.86/€", "90.5/₽", and with the quoted currency's sign and the one
// written out, "₦1,535.82/$1" -> "... naira eighty two kobo to the dollar". Left alone eSpeak NG said "slash dollar". The signs are
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
  // "/$1", "/US$1": the one unit may be written out.
  std::string_view against = core.substr(slash + 1);
  if (against.size() > 1 && text::ends_with(against, "1") && !text::is_digit(against[against.size() - 2])) {
    against.remove_suffix(1);
  }
  const Currency* currency = currency_for_sign(against);
  if (currency && currency->one == "cent") currency = nullptr;
  if (!currency) return std::nullopt;
  std::string_view amount = core.substr(0, slash);
  auto number = text::parse_number(amount);
  if (number && !number->negative) return Match{1, number_words(*number, false) + " to the " + std::string(currency->one), false};
  // "\u20a61,535.82/$1", "R18.20/$": the quoted currency's own sign before the figure.
  // A currency is quoted against another, never against itself ("$20/$1" is no rate).
  std::size_t sign = 0;
  while (sign < amount.size() && !text::is_digit(amount[sign])) ++sign;
  if (sign == 0 || currency_for_sign(amount.substr(0, sign)) == currency) return std::nullopt;
  auto money = speak_money(amount);
  // "R17.94/$", "N1,610/$": a letter sign read by the regional rule, which a rate's slash gives
  // money's shape (the letters before the slash quote a currency).
  if (!money) money = speak_prefixed_price(amount);
  if (!money) return std::nullopt;
  return Match{1, *money + " to the " + std::string(currency->one), false};
}

}  // namespace briefcast::rules
