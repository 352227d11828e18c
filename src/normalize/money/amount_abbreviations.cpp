// Abbreviations that travel with a sum: "min. R2,000", "max. $450" (the least or most of it;
// left as written, "min." is heard as a minute and "max." as a name), and "p.a." right after a
// sum, its rate or a percentage ("£24,000 p.a.", "3.2% p.a."), spelt "P A" when left. The same
// letters are a public address or a personal assistant ("his p.a.", "the p.a. system").
#include <string>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// A word that opens with a currency's sign, letters or code glued to a figure ("R2,000", "US$5",
// "CA$40", "£12"): the sign's length is the figure's start.
bool opens_with_currency(std::string_view core) {
  std::size_t digit = core.find_first_of("0123456789");
  if (digit == 0 || digit == std::string_view::npos) return false;
  const Currency* dollar = nullptr;
  std::size_t length = 0;
  if (dollar_prefix_length(core, &dollar) == digit) return true;
  if (prefix_of(core, length) != nullptr && length == digit) return true;
  return currency_for_sign(core.substr(0, digit)) != nullptr;
}

// Word k is a sum of money or a percentage: what "p.a." can be the year of.
bool sum_or_share_at(const Words& words, std::size_t k) {
  return opens_with_currency(words[k].core) || is_percentage_word(words, k);
}

// The words before "p.a." at word i are a sum or a percentage, with at most one word of rate
// between: "£900 gross p.a.", "$40 per member p.a." (the "per" of the rate not counted). A word
// of grammar between ("£2,000 to his p.a.", "a new p.a.") makes it a name.
bool joined_to_next(const Words& words, std::size_t k) { return words[k].suffix.empty() && words[k + 1].prefix.empty(); }

// "a 6.3% p.a. coupon": right after a sum or a percentage the letters are its year even before a
// noun; the noun names a thing only after other words ("the p.a. system").
bool right_after_sum_or_share(const Words& words, std::size_t i) {
  return i >= 1 && joined_to_next(words, i - 1) && sum_or_share_at(words, i - 1);
}

bool rate_ends_before(const Words& words, std::size_t i) {
  auto joined = [&](std::size_t k) { return joined_to_next(words, k); };
  if (right_after_sum_or_share(words, i)) return true;
  if (i < 2 || !joined(i - 1) || !joined(i - 2)) return false;
  std::string rate = text::lower(words[i - 1].core);
  if (text::is_function_word(rate) || text::is_possessive(words[i - 1].core)) return false;
  if (sum_or_share_at(words, i - 2)) return true;
  return i >= 3 && joined(i - 3) && words[i - 2].core == "per" && sum_or_share_at(words, i - 3);
}

}  // namespace

bool is_per_annum_mark(std::string_view core) { return core == "pa" || core == "p.a"; }

std::optional<Match> match_yearly_rate(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "p.a" || !text::starts_with(w.suffix, ".") || !w.prefix.empty()) return std::nullopt;
  // "the p.a. system": before a noun the letters name a thing, unless a sum or a share is right
  // before them.
  if (!rate_ends_before(words, i) || (noun_follows(words, i) && !right_after_sum_or_share(words, i))) {
    return std::nullopt;
  }
  return Match{1, "per annum", i + 1 < words.size()};
}

std::optional<Match> match_amount_limit(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string lowered = text::lower(w.core);
  if (lowered != "min" && lowered != "max") return std::nullopt;
  // "Trade Min.", a ministry; "the 75th min.", "in the 12 min.", a minute of play.
  if (i > 0 && words[i - 1].suffix.empty() && !words[i - 1].core.empty()) {
    std::string_view before = words[i - 1].core;
    if (text::is_upper(before[0]) || text::is_digit(before[0])) return std::nullopt;
  }
  if (!opens_with_currency(words[i + 1].core)) return std::nullopt;
  std::string said = lowered == "min" ? "minimum" : "maximum";
  if (text::is_upper(w.core[0])) said[0] = 'M';
  return Match{1, said, true};
}

}  // namespace briefcast::rules
