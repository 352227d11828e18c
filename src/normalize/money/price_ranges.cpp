// A range of prices written to the cent, the sign once before the first: "$1.20-1.90",
// "A$1.20–1.90/kg", "US$3.10–3.25/lb". Both ends are prices of the same currency, and each is
// said as one ("one dollar twenty cents to one dollar ninety cents"). Left to the figure rules
// the second end lost its currency ("... to one point nine"), and a listener heard a price
// fall to a bare figure.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "1.90": a price's figure, whole units and two decimals.
bool is_cents_figure(std::string_view s) {
  std::size_t point = s.find('.');
  return point != std::string_view::npos && point > 0 && point + 3 == s.size() && text::all_digits(s.substr(0, point)) &&
         text::all_digits(s.substr(point + 1));
}

}  // namespace

std::optional<Match> match_price_range(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t sign = 0;
  while (sign < core.size() && !text::is_digit(core[sign])) ++sign;
  if (sign == 0 || sign == core.size()) return std::nullopt;
  auto sides = text::split_at_range_dash(core.substr(sign));
  if (!sides) return std::nullopt;
  std::string_view low = sides->before;
  std::string_view high = sides->after;
  // The sign may be written again on the second end ("$1.20-$1.90").
  if (text::starts_with(high, core.substr(0, sign))) high.remove_prefix(sign);
  if (!is_cents_figure(low) || !is_cents_figure(high)) return std::nullopt;
  // "$1.05-$1.09 billion": a scale after the range makes its figures no prices.
  if (i + 1 < words.size() && words[i].suffix.empty() && money_scale(words[i + 1].core)) return std::nullopt;
  std::string sign_text(core.substr(0, sign));
  if (!currency_for_sign(sign_text)) return std::nullopt;
  auto low_said = speak_money(sign_text + std::string(low));
  auto high_said = money_in_place(words, i, sign_text + std::string(high));
  if (!low_said || !high_said) return std::nullopt;
  return Match{high_said->count, *low_said + " to " + high_said->spoken, high_said->eat_period};
}

}  // namespace briefcast::rules
