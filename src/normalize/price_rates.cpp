// A price per a chain of units, as spectrum and energy reports print it: "€/MHz/Pop" -> "euros
// per megahertz per pop", "USD0.92/MHz/pop" -> "zero point nine two dollars per megahertz per
// pop". Each slash after the currency is "per"; a unit symbol is said by its name.
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

struct Sign {
  std::string_view written;
  std::string_view symbol;  // the sign the money rule reads, for a figure after it
  std::string_view many;
};

constexpr Sign kSigns[] = {{"\u20ac", "\u20ac", "euros"}, {"$", "$", "dollars"},      {"\u00a3", "\u00a3", "pounds"},
                           {"USD", "$", "dollars"},       {"EUR", "\u20ac", "euros"}, {"GBP", "\u00a3", "pounds"}};

// "MHz" -> "megahertz", "pop" -> "pop": the name after "per".
std::optional<std::string> per_name(std::string_view part) {
  if (part.empty()) return std::nullopt;
  if (auto unit = find_unit(part)) return unit->one;
  if (!text::all_alpha(part)) return std::nullopt;
  return text::lower(part);
}

}  // namespace

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
