// Hardwood lumber's thickness in quarters of an inch, as the trade writes it: "4/4 white oak",
// "8/4 FAS walnut", "12/4 maple". Said "four-quarter", "eight-quarter", as sawyers say it; read
// as a figure it was "four out of four", a score, or "eight quarters", a sum. "12/4" is as often
// a date and "5/4" a street number, and the stock words are common ("board", "stock", "oak"), so
// it takes both a stock word right after the figure and a word only the trade uses: a grade or
// a sawn cut right after, or one of those, "hardwood" or "bd ft" further on. "12/4 board
// meeting", "5/4 stock split", "12/4 Oak Street" and "went 4/4 from the line" stay as they were.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// The hardwood trade's grades and sawn cuts: after "4/4" they say a thickness on their own.
bool is_grade_or_cut(std::string_view w) {
  return text::is_one_of_lowered(w, {"quartersawn", "riftsawn", "flatsawn", "plainsawn", "kiln-dried", "fas", "selects"});
}

// Words only the hardwood trade writes: its grades, cuts and measures, and "hardwood" itself.
bool is_trade_term(std::string_view w) {
  return is_grade_or_cut(w) || text::is_one_of_lowered(w, {"hardwood", "hardwoods", "bd", "board-foot", "board-feet"});
}

// A word for the stock itself that may follow the figure: the trade's terms, a kind of stock
// or a species; the common ones only with a trade term nearby.
bool names_stock(std::string_view w) {
  return is_trade_term(w) || text::is_one_of_lowered(w, {"lumber", "timber", "board", "boards", "stock", "planks", "rough",
                                                         "walnut", "oak", "maple", "cherry", "ash", "poplar", "mahogany",
                                                         "sapele"});
}

// "4/4" to "16/4": a whole number of quarters, one inch or more.
bool is_quarters(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.substr(slash) != "/4") return false;
  std::string_view top = core.substr(0, slash);
  if (top.empty() || top.size() > 2 || !text::all_digits(top)) return false;
  int quarters = std::stoi(std::string(top));
  return quarters >= 4 && quarters <= 16;
}

// The word after the figure names the stock, in lower case or as a grade in capitals ("FAS"):
// a capitalised word is a name ("12/4 Oak Street").
bool stock_follows(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  if (next.empty() || !names_stock(next)) return false;
  return text::is_lower(next[0]) || (is_trade_term(next) && text::all_upper(next));
}

// A trade term in the sentence beyond the word after the figure ("4/4 cherry at $7 per bd ft"),
// or that word a grade or a cut ("10/4 riftsawn"): "the 9/4 hardwood sale" may be a date.
bool trade_cue(const Words& words, std::size_t i) {
  if (is_grade_or_cut(words[i + 1].core)) return true;
  for (std::size_t k = i > 12 ? i - 12 : 0; k < words.size() && k <= i + 12; ++k) {
    if (k != i + 1 && is_trade_term(words[k].core)) return true;
  }
  return false;
}

}  // namespace

std::optional<Match> match_lumber_quarters(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || !is_quarters(w.core)) return std::nullopt;
  if (!stock_follows(words, i) || !trade_cue(words, i)) return std::nullopt;
  std::string_view top = w.core.substr(0, w.core.find('/'));
  return Match{1, text::hyphenated(cardinal_words(top) + " quarter"), false};
}

}  // namespace briefcast::rules
