// A price per unit written with a slash after a range of prices, or after a currency written
// apart from its figure: "$250-270/t" -> "two hundred fifty to two hundred seventy dollars per
// tonne", "$12-15/lb", "Rs 58,500/tonne" -> "fifty eight thousand five hundred rupees per
// tonne". The price rules read a price glued to its unit only after a sign glued to one
// figure, so these had been said "dollar two hundred fifty two hundred seventy slash t" or
// "Rs ... slash tonne". The price is read by the money rules, then "per" and the unit.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
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

// The minor units a price per unit is quoted in after its figure ("89.9 øre/kWh", "35 c/kg"),
// singular and plural; their major currency is never named in such a quote.
struct MinorUnit {
  std::string_view written, one, many;
};
constexpr MinorUnit kMinorUnits[] = {
    {"\u00f8re", "\u00f8re", "\u00f8re"}, {"\u00f6re", "\u00f6re", "\u00f6re"}, {"c", "cent", "cents"},
    {"ct", "cent", "cents"},                {"cts", "cent", "cents"},               {"p", "penny", "pence"},
    {"kopecks", "kopek", "kopeks"},         {"kopeks", "kopek", "kopeks"},          {"paise", "paisa", "paise"},
    {"centavos", "centavo", "centavos"},    {"centimes", "centime", "centimes"},    {"fils", "fils", "fils"}};

// "40 øre", "35 c": a figure and a minor unit written apart, as the price is said.
std::optional<std::string> minor_amount(std::string_view figure, std::string_view unit) {
  for (const MinorUnit& m : kMinorUnits) {
    if (m.written != unit) continue;
    auto number = text::parse_number(english_money_figure(figure, false).value_or(std::string(figure)));
    if (!number || number->negative) return std::nullopt;
    bool one = number->integer == "1" && !number->has_point;
    return number_words(*number, false) + " " + std::string(one ? m.one : m.many);
  }
  return std::nullopt;
}

// "7,40 EUR/kg", "610 USD/t", "8,35 kr/kWh", "89.9 øre/kWh": a price, then its currency's code,
// its sign printed after figures or a minor unit, and the unit it is per, one word; read as the
// price, then "per" and the unit (the slash had been said "or").
std::optional<Match> currency_and_unit_after_figure(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view core = words[i + 1].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= core.size()) return std::nullopt;
  std::string_view unit = core.substr(slash + 1);
  std::string_view currency = core.substr(0, slash);
  if (!text::all_alpha(unit) || unit.size() > 8) return std::nullopt;
  auto said = per_unit(unit);
  if (!said) return std::nullopt;
  // "3 c/o addresses", "4 c/d", "20 p/h": after a minor unit's letter only a unit of measure or a
  // trade's unit of more than one letter is priced by; the letters alone are other shorthands.
  bool known = find_unit(unit).has_value() || (unit.size() > 1 && *said != text::lower(unit));
  if (auto minor = known ? minor_amount(words[i].core, currency) : std::nullopt) {
    return Match{2, *minor + " per " + *said, false};
  }
  if (currency_of_code(currency) == nullptr && currency_written(currency, currency_use::kAfter) == nullptr) {
    return std::nullopt;
  }
  // "3,5 Kč/kWh": before a sign printed after figures a comma with one or two digits after it is
  // the decimal comma of the sign's home, never a thousands group.
  auto decimal = text::with_decimal_point(words[i].core, std::string::npos, 1, 2);
  std::string_view figure = decimal ? std::string_view(*decimal) : words[i].core;
  Words price_words{Word{figure, "", figure, ""}, Word{currency, "", currency, ""}};
  auto price = match_currency_code(price_words, 0);
  if (!price || price->count != 2) return std::nullopt;
  return Match{2, price->spoken + " per " + *said, false};
}

// "R95/kg", "QR12/kg": a whole price glued to a sign that needs money's shape alone ("R95" is
// also a road); the unit after the slash gives it that shape.
std::optional<Match> sign_price_per_unit(const Word& w) {
  auto split = split_unit(w.core);
  if (!split || !w.prefix.empty()) return std::nullopt;
  auto price = speak_prefixed_price(split->first);
  if (!price) return std::nullopt;
  return Match{1, *price + " per " + split->second, false};
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
  if (auto coded = currency_and_unit_after_figure(words, i)) return coded;
  if (auto glued = sign_price_per_unit(words[i])) return glued;
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
