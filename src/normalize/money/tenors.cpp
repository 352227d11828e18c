// A term written short in finance copy: "a 12M fixed deal", "3M Euribor", "the 10Y yield", "a
// 2Y swap". Before a word of rates and loans the letter is the term's unit, M months and Y
// years ("a twelve-month fixed deal", "the ten-year yield"); "12M" was read as millions and
// "10Y" as "ten Y". Only before such a word: "a 12M budget" is millions.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// Words a term goes before and a count of millions does not ("5M bonds" may be five million).
bool is_term_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"fixed", "fix", "euribor", "libor", "sofr", "sonia", "tibor", "yield", "yields",
                                        "swap", "swaps", "tenor", "treasury", "treasuries", "gilt", "gilts", "bund",
                                        "bunds", "tracker", "forward", "forwards", "cds"});
}

// Words a term in years goes before: "5M bonds" may be five million bonds, "10Y BTP" is the
// ten-year Italian bond.
bool is_year_term_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"bond", "bonds", "note", "notes", "btp", "btps", "oat", "oats", "jgb", "jgbs",
                                        "bonos", "breakeven", "breakevens", "spread", "spreads", "auction", "paper"});
}

}  // namespace

std::optional<Match> match_tenor(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 3 || (core.back() != 'M' && core.back() != 'Y')) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  if (!text::all_digits(figure) || figure[0] == '0' || i + 1 >= words.size() || !words[i].suffix.empty() ||
      !words[i + 1].prefix.empty() ||
      !(is_term_word(words[i + 1].core) || (core.back() == 'Y' && is_year_term_word(words[i + 1].core)))) {
    return std::nullopt;
  }
  std::string unit = core.back() == 'M' ? "month" : "year";
  return Match{1, text::hyphenated(cardinal_words(figure) + " " + unit), false};
}

}  // namespace briefcast::rules
