// A price per unit written with a slash after a range of prices, or after a currency written
// apart from its figure: "$250-270/t" -> "two hundred fifty to two hundred seventy dollars per
// tonne", "$12-15/lb", "Rs 58,500/tonne" -> "fifty eight thousand five hundred rupees per
// tonne". The price rules read a price glued to its unit only after a sign glued to one
// figure, so these had been said "dollar two hundred fifty two hundred seventy slash t" or
// "Rs ... slash tonne". The price is read by the money rules, then "per" and the unit.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The amount and the unit of "AMOUNT/unit": a figure's last digit before the slash, letters after.
std::optional<std::pair<std::string_view, std::string>> split_unit(std::string_view core) {
  std::size_t slash = core.rfind('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= core.size() || !text::is_digit(core[slash - 1])) {
    return std::nullopt;
  }
  std::string_view unit = core.substr(slash + 1);
  if (!text::all_alpha(unit) || unit.size() > 8) return std::nullopt;
  auto said = per_unit(unit);
  if (!said) return std::nullopt;
  return std::make_pair(core.substr(0, slash), *said);
}

// "7,40 EUR/kg", "610 USD/t": a price, then its currency's code and the unit it is per,
// one word; read as the figure and the code, then "per" and the unit.
std::optional<Match> code_and_unit_after_figure(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view core = words[i + 1].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= core.size()) return std::nullopt;
  std::string_view unit = core.substr(slash + 1);
  if (!text::all_alpha(unit) || unit.size() > 8 || currency_of_code(core.substr(0, slash)) == nullptr) return std::nullopt;
  auto said = per_unit(unit);
  if (!said) return std::nullopt;
  std::string_view code = core.substr(0, slash);
  Words price_words{words[i], Word{code, "", code, ""}};
  auto price = match_currency_code(price_words, 0);
  if (!price || price->count != 2) return std::nullopt;
  return Match{2, price->spoken + " per " + *said, false};
}

}  // namespace

std::optional<Match> match_price_per_unit(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  // "$250-270/t", "A$1.20\u20131.90/kg": a range of prices with its unit.
  auto is_range = [](std::string_view s) { return s.find('-') != s.npos || s.find("\u2013") != s.npos; };
  if (auto split = split_unit(words[i].core); split && is_range(split->first)) {
    Words range{Word{split->first, "", split->first, ""}};
    auto price = match_money_range(range, 0);
    if (!price || price->count != 1) return std::nullopt;
    return Match{1, price->spoken + " per " + split->second, false};
  }
  if (auto coded = code_and_unit_after_figure(words, i)) return coded;
  // "Rs 58,500/tonne": the currency in the word before the figure.
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty() || words[i + 1].core.empty() ||
      !text::is_digit(words[i + 1].core[0])) {
    return std::nullopt;
  }
  auto split = split_unit(words[i + 1].core);
  if (!split) return std::nullopt;
  Words price_words{words[i], Word{split->first, "", split->first, ""}};
  auto price = match_regional_money(price_words, 0);
  if (!price) price = match_currency_code(price_words, 0);
  if (!price || price->count != 2) return std::nullopt;
  return Match{2, price->spoken + " per " + split->second, false};
}

}  // namespace briefcast::rules
