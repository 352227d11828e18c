// An exchange rate quoted as so many units to one of another currency, the currency's sign
// after a slash: "the rupee closed at 83.47/$" -> "eighty three point four seven to the
// dollar", "155.2/$", "0.86/€". Left alone eSpeak NG said "slash dollar".
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

std::optional<std::string_view> currency_after_slash(std::string_view sign) {
  if (sign == "$") return "dollar";
  if (sign == "\xe2\x82\xac") return "euro";
  if (sign == "\xc2\xa3") return "pound";
  if (sign == "\xc2\xa5") return "yen";
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_per_currency(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (!words[i].prefix.empty() || slash == std::string_view::npos || slash == 0 || slash > 12) return std::nullopt;
  auto currency = currency_after_slash(core.substr(slash + 1));
  auto number = text::parse_number(core.substr(0, slash));
  if (!currency || !number || number->negative) return std::nullopt;
  return Match{1, number_words(*number, false) + " to the " + std::string(*currency), false};
}

}  // namespace briefcast::rules
