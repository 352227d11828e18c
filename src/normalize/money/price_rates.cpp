// A price per a chain of units, as spectrum and energy reports print it: "€/MHz/Pop" -> "euros
// per megahertz per pop", "USD0.92/MHz/pop" -> "zero point nine two dollars per megahertz per
// pop". Each slash after the currency is "per"; a unit symbol is said by its name.
#include <utility>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

struct Sign {
  std::string_view written;
  std::string_view symbol;  // the sign the money rule reads, for a figure after it
  std::string_view many;
};

constexpr Sign kSigns[] = {{"\u20ac", "\u20ac", "euros"}, {"$", "$", "dollars"},      {"\u00a3", "\u00a3", "pounds"},
                           {"USD", "$", "dollars"},       {"EUR", "\u20ac", "euros"}, {"GBP", "\u00a3", "pounds"}};

// Currency codes a commodity price is quoted in after its figure ("3,050 USD/MT"), and the
// signs that name the currency alone before a unit ("quoted in $/barrel").
constexpr Sign kCodes[] = {{"$", "$", "dollars"},             {"\u20ac", "\u20ac", "euros"},     {"\u00a3", "\u00a3", "pounds"},
                           {"USD", "$", "dollars"},           {"US$", "$", "dollars"},         {"EUR", "\u20ac", "euros"},
                           {"GBP", "\u00a3", "pounds"},       {"AUD", "A$", "Australian dollars"},
                           {"CAD", "C$", "Canadian dollars"}, {"NZD", "NZ$", "New Zealand dollars"}};

// "MHz" -> "megahertz", "pop" -> "pop": the name after "per".
std::optional<std::string> per_name(std::string_view part) {
  if (part.empty()) return std::nullopt;
  if (auto unit = find_unit(part)) return unit->one;
  if (!text::all_alpha(part)) return std::nullopt;
  return text::lower(part);
}

// "USD/MT" -> the code's sign and its unit after "per".
std::optional<std::pair<const Sign*, std::string>> code_per_unit(const Word& w) {
  std::size_t slash = w.core.find('/');
  if (slash == std::string_view::npos || !w.prefix.empty()) return std::nullopt;
  std::string_view unit = w.core.substr(slash + 1);
  if (unit.empty() || unit.find('/') != std::string_view::npos) return std::nullopt;
  for (const Sign& s : kCodes) {
    if (w.core.substr(0, slash) != s.written) continue;
    auto name = per_unit(unit);
    // "EUR/USD": a currency pair, where the capitals after the slash are no unit.
    if (!name || (text::all_upper(unit) && *name == text::lower(unit))) return std::nullopt;
    return std::make_pair(&s, *name);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_code_rate(const Words& words, std::size_t i) {
  if (auto alone = code_per_unit(words[i])) return Match{1, std::string(alone->first->many) + " per " + alone->second, false};
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i].prefix.empty()) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  auto rate = number ? code_per_unit(words[i + 1]) : std::nullopt;
  if (!rate || number->negative) return std::nullopt;
  // Said as the price it is: "$3,050.25/MT" and "3,050.25 USD/MT" read alike.
  auto money = speak_money(std::string(rate->first->symbol) + std::string(words[i].core));
  std::string amount = money ? *money : number_words(*number, false) + " " + std::string(rate->first->many);
  return Match{2, amount + " per " + rate->second, false};
}

std::optional<Match> match_price_rate(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.find('/', slash + 1) == std::string_view::npos) return std::nullopt;
  std::string_view head = core.substr(0, slash);
  std::string said;
  for (const Sign& s : kSigns) {
    if (!text::starts_with(head, s.written)) continue;
    std::string_view figure = head.substr(s.written.size());
    if (figure.empty()) {
      said = std::string(s.many);
    } else if (auto money = speak_money(std::string(s.symbol) + std::string(figure))) {
      said = *money;
    }
    break;
  }
  if (said.empty()) return std::nullopt;
  // Two or more "per" parts: one "per" ("$5/kg") is the money rule's own.
  std::string_view rest = core.substr(slash + 1);
  while (!rest.empty()) {
    std::size_t next = rest.find('/');
    auto name = per_name(rest.substr(0, next));
    if (!name) return std::nullopt;
    said += " per " + *name;
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
  }
  return Match{1, said, false};
}

}  // namespace briefcast::rules
