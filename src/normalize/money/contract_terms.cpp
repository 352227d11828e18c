// A contract's length and its worth written as one pair ("5-yr/$82.5M").
#include <string>

#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

// "a 5-yr/$82.5M deal", "a 3-year/$40m contract": a contract's length and its worth, written
// as one pair. Said as both ("a five-year, eighty-two-point-five-million-dollar deal"); split
// into pieces it was "five yr slash dollar eighty two point five M".
std::optional<Match> match_contract_term(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= core.size() || core[slash + 1] != '$') return std::nullopt;
  std::string_view term = core.substr(0, slash);
  std::size_t digits = text::number_prefix_length(term);
  if (digits == 0 || digits > 2 || !text::all_digits(term.substr(0, digits)) ||
      !text::is_one_of(term.substr(digits), {"-yr", "-year", "-yrs", "-years", "-year,"})) {
    return std::nullopt;
  }
  std::string amount(core.substr(slash + 1));
  auto money = money_in_place(words, i, amount);
  if (!money) return std::nullopt;
  return Match{money->count, cardinal_words(term.substr(0, digits)) + "-year, " + money->spoken, money->eat_period};
}

}  // namespace briefcast::rules
