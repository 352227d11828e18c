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

// The unit a price after a minor unit, or after a sign printed after its figure, is per
// ("89.9 øre/kWh", "8,35 kr/kWh", "35 c/kg", "4 zł/l"), said in the singular: a unit of the
// unit table, of one letter only the litre, as fuel is priced; nullopt for the rest. Those
// letters are other shorthands there: "40,000 p/h" passengers an hour, "1.2 p/g" points a
// game, "45 kr/t" an hour in Norway, "4 kr/st" a piece in Sweden; nor is a span of time a
// unit a price is quoted by after these ("45 p/min" is pages a minute).
std::optional<std::string> unit_priced_after_sign(std::string_view unit) {
  if (unit.size() == 1 && unit != "l" && unit != "L") return std::nullopt;
  if (text::is_one_of_lowered(unit, {"st", "min", "mil", "md", "h", "hr", "s"})) return std::nullopt;
  auto name = find_unit(unit);
  if (!name) return std::nullopt;
  return name->one;
}

// "35 c", "40 øre", "12 centavos": a figure and a minor unit written apart, as the minor unit's
// own rule reads it glued ("35c", "40p") or as the currency table names it; nullopt for others.
std::optional<std::string> minor_amount(std::string_view figure, std::string_view minor) {
  if (text::is_one_of(minor, {"c", "ct", "cts"})) {
    std::string glued = std::string(figure) + "c";
    auto cents = match_cents(Words{Word{glued, "", glued, ""}}, 0);
    return cents ? std::optional<std::string>(cents->spoken) : std::nullopt;
  }
  if (minor == "p") return speak_pence(std::string(figure) + "p");
  for (const Currency* c : currencies_written(~0u)) {
    bool named = !c->minor_many.empty() && (minor == c->minor_many || minor == c->minor_one);
    if (!named && (c->quoted_minor.empty() || minor != c->quoted_minor)) continue;
    auto number = text::parse_number(english_money_figure(figure, false).value_or(std::string(figure)));
    if (!number || number->negative) return std::nullopt;
    bool one = number->integer == "1" && !number->has_point;
    std::string_view name = !named ? c->quoted_minor : one ? c->minor_one : c->minor_many;
    return number_words(*number, false) + " " + std::string(name);
  }
  return std::nullopt;
}

// The figure `figure` and the currency `currency` written after it, read by the money rules as
// one price, then "per" and the unit `said`; nullopt when they read no price of both words.
std::optional<Match> price_then_per(const Word& figure, std::string_view currency, const std::string& said) {
  Words price_words{figure, Word{currency, "", currency, ""}};
  auto price = match_currency_code(price_words, 0);
  if (!price || price->count != 2) return std::nullopt;
  return Match{2, price->spoken + " per " + said, false};
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
  if (currency_of_code(currency) != nullptr) {
    // A code's trade units ("USD/t", "USD/MT") as money's per_unit names them.
    auto said = per_unit(unit);
    return said ? price_then_per(words[i], currency, *said) : std::nullopt;
  }
  auto said = unit_priced_after_sign(unit);
  if (!said) return std::nullopt;
  if (auto minor = minor_amount(words[i].core, currency)) return Match{2, *minor + " per " + *said, false};
  if (currency_written(currency, currency_use::kAfter) == nullptr) return std::nullopt;
  // "3,5 Kč/kWh", "3.200 kr": the figure as the page's conventions wrote it (a continental
  // page's "3.200" is "3,200" by now) and the money rules read it before such a sign; this rule
  // decides no decimal mark of its own.
  return price_then_per(words[i], currency, *said);
}

// "R95/kg", "N1,450/kg": a whole price glued to a sign that needs money's shape alone ("R95" is
// also a road, "P12" a grid slot); a unit of the unit table after the slash gives it that shape,
// never any word ("R55/Main Road", "P45/form").
std::optional<Match> sign_price_per_unit(const Word& w) {
  std::size_t slash = w.core.rfind('/');
  if (!w.prefix.empty() || slash == std::string_view::npos || slash == 0) return std::nullopt;
  // "R3,410.25/t": after a sign glued to its figure, a trade's unit letter ("t") is the tonne
  // a commodity is priced by, as after a code; the hour it may be after a figure alone is not.
  std::string_view unit = w.core.substr(slash + 1);
  auto said = unit_priced_after_sign(unit);
  if (!said && text::is_one_of(unit, {"t", "mt", "MT"})) said = per_unit(unit);
  if (!said) return std::nullopt;
  auto price = speak_prefixed_price(w.core.substr(0, slash));
  if (!price) return std::nullopt;
  return Match{1, *price + " per " + *said, false};
}

// "CFA 440/kg", "Bt 95/kg": letters that need money's shape, apart from a whole figure and a
// unit of the unit table, read as the same price glued ("CFA440/kg") is; the unit gives the
// figure its shape. Never after one letter ("R 95/kg" may be a route's code and a rate).
std::optional<Match> spaced_sign_price_per_unit(const Words& words, std::size_t i) {
  std::size_t length = 0;
  const Currency* sign = prefix_of(words[i].core, length);
  if (sign == nullptr || length != words[i].core.size() || length < 2 || !words[i].suffix.empty()) return std::nullopt;
  std::string joined = std::string(words[i].core) + std::string(words[i + 1].core);
  auto price = sign_price_per_unit(Word{joined, "", joined, ""});
  if (!price) return std::nullopt;
  return Match{2, price->spoken, false};
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
  if (!price) return spaced_sign_price_per_unit(words, i);
  if (price->count != 2) return std::nullopt;
  return Match{2, price->spoken + " per " + split->second, false};
}

}  // namespace briefcast::rules
