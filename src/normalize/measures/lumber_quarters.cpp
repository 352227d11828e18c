// Hardwood lumber's thickness in quarters of an inch, as the trade writes it: "4/4 white oak",
// "8/4 FAS walnut", "12/4 maple". Said "four-quarter", "eight-quarter", as sawyers say it; read
// as a figure it was "four out of four", a score, or "eight quarters", a sum. Only before a word
// of the timber trade (a grade, a cut, a species, "lumber") or among such words, so a score
// ("went 4/4 from the line") or a time signature ("in 6/4") stays as it was.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// The words of the hardwood trade: grades, cuts and the kinds of stock.
bool tells_of_lumber(std::string_view w) {
  return text::is_one_of_lowered(w, {"lumber", "hardwood", "hardwoods", "timber", "board", "boards", "stock", "planks",
                                     "quartersawn", "riftsawn", "flatsawn", "plainsawn", "kiln-dried", "rough", "fas",
                                     "selects", "walnut", "oak", "maple", "cherry", "ash", "poplar", "mahogany",
                                     "sapele", "bd", "board-foot", "sawmill", "sawyer", "kiln"});
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

}  // namespace

std::optional<Match> match_lumber_quarters(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !is_quarters(w.core) || i + 1 >= words.size() || !w.suffix.empty()) return std::nullopt;
  bool before_trade_word = words[i + 1].prefix.empty() && tells_of_lumber(words[i + 1].core);
  if (!before_trade_word || !text::any_word_near(words, i, 12, tells_of_lumber)) return std::nullopt;
  std::string_view top = w.core.substr(0, w.core.find('/'));
  return Match{1, text::hyphenated(cardinal_words(top) + " quarter"), false};
}

}  // namespace briefcast::rules
