// "a 2019-W cent", "the 1893-S dollar", "a 2021 P proof": a coin's year and the letter of the
// mint that struck it. The letter "W" after a figure was read as watts, so the year was said
// as a wattage ("two-thousand-nineteen-watt"); a year is no quantity, and beside words of coins
// the pair is said as the year and its letter ("twenty nineteen W").
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_coin_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"coin", "coins", "cent", "cents", "penny", "pennies", "dime", "dimes", "nickel",
                                     "nickels", "eagle", "eagles", "sovereign", "sovereigns", "proof", "proofs",
                                     "mint", "minted", "mintage", "struck", "graded", "pcgs", "ngc", "numismatic",
                                     "numismatist", "numismatists", "half-dollar", "bullion"});
}

// "W", "S", "D", "P", "O", "CC": the letters of the US mints, written after the year.
bool is_mint_letter(std::string_view w) { return text::is_one_of(w, {"W", "S", "D", "P", "O", "CC"}); }

// "2019": four figures a coin's year may be (1700 to 2099).
bool is_coin_year(std::string_view w) {
  if (w.size() != 4 || !text::all_digits(w)) return false;
  return w.substr(0, 2) == "17" || w.substr(0, 2) == "18" || w.substr(0, 2) == "19" || w.substr(0, 2) == "20";
}

}  // namespace

std::optional<Match> match_mint_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty()) return std::nullopt;
  std::string_view year;
  std::size_t taken = 1;
  if (w.core.size() >= 6 && w.core[4] == '-') {
    year = w.core.substr(0, 4);
  } else if (w.core.size() == 4 && w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    year = w.core;
    taken = 2;
  }
  const Word& lettered = words[i + taken - 1];
  std::string_view letter = taken == 1 ? w.core.substr(year.empty() ? 0 : 5) : lettered.core;
  // "2009 S. Korea": a letter with a period is an initial, never a mint's mark.
  if (year.empty() || text::has_period(lettered) || !is_coin_year(year) || !is_mint_letter(letter) ||
      !text::any_word_near(words, i, 8, is_coin_word)) {
    return std::nullopt;
  }
  std::string said = year_words(year) + " ";
  for (std::size_t k = 0; k < letter.size(); ++k) said += std::string(k ? " " : "") + letter[k];
  return Match{taken, said, false};
}

}  // namespace briefcast::rules
