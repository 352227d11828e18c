// "3.000 visitors", "25.000 people", "1.000 LED lights", "1.500 euros": a figure whose points
// part off groups of exactly three digits, as continental Europe writes thousands, before a
// plural of things that come whole (people, lights, euros) is a count in thousands. Read as a
// decimal it was "three point o o o visitors", a thousandth of the count. Before a measure
// ("1.000 grams per ml") the point may give precision, so only nouns of whole things count.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The people and whole things of the shared core, and runners: never a measure, where the
// point may give precision.
bool is_whole_thing(std::string_view w) { return is_counted_thing(w) || w == "runners"; }

// "The euro rose to 1.125 dollars", "one pound fetched 1.160 euros", "its rate against the yen":
// a sum in one currency priced in another is an exchange rate, quoted to three decimals, so a
// currency or a word of exchange before the figure keeps its point. A count of money ("a fine of
// 1.500 euros") names no other currency before it.
bool quotes_a_rate(const Words& words, std::size_t i) {
  for (std::size_t k = i; k-- > 0 && i - k <= 8;) {
    if (words[k].suffix.find_first_of(".!?") != std::string::npos) return false;
    std::string w = text::lower(words[k].core);
    if (names_currency_after_figure(w) || text::is_one_of(w, {"exchange", "rate", "rates", "against", "forex"})) {
      return true;
    }
  }
  return false;
}

// Money of the countries that part thousands off with points (the euro area, Scandinavia,
// Switzerland's francs, Latin America's pesos and reais, Turkey, Indonesia), and dollars and
// pounds as such copy names them. Where a currency's home writes a point for decimals (yen,
// rupees, yuan), three figures after it are a decimal.
bool is_point_grouping_money(std::string_view w) {
  return text::is_one_of(w, {"euros", "kronor", "kroner", "francs", "pesos", "reais", "lira", "rupiah", "dollars",
                             "pounds"});
}

// The noun at j that makes the figure at i a count: a whole thing, or money that is no rate.
bool counts_the_figure(const Words& words, std::size_t j, std::size_t i) {
  if (!words[j].prefix.empty()) return false;
  if (is_whole_thing(words[j].core)) return true;
  return is_point_grouping_money(words[j].core) && !quotes_a_rate(words, i);
}

// "1.000", "25.000", "1.250.000": one to three digits, then groups of a point and three digits.
bool point_grouped(std::string_view s) {
  std::size_t lead = text::digit_run_end(s, 0);
  // A leading zero ("0.250") is a decimal, never a group of thousands.
  if (lead == 0 || lead > 3 || lead == s.size() || s[0] == '0') return false;
  for (std::size_t k = lead; k < s.size(); k += 4) {
    if (s[k] != '.' || k + 4 > s.size()) return false;
    for (std::size_t d = k + 1; d < k + 4; ++d) {
      if (!text::is_digit(s[d])) return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Match> match_point_thousands(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || !point_grouped(w.core) || i + 1 >= words.size()) return std::nullopt;
  // The noun right after the figure, or after one word that qualifies it ("1.000 LED lights").
  const Word& next = words[i + 1];
  bool whole = counts_the_figure(words, i + 1, i);
  if (!whole && next.prefix.empty() && next.suffix.empty() && i + 2 < words.size() && text::all_alpha(next.core) &&
      !text::is_function_word(text::lower(next.core))) {
    whole = counts_the_figure(words, i + 2, i);
  }
  if (!whole) return std::nullopt;
  std::string digits;
  for (char c : w.core) {
    if (c != '.') digits += c;
  }
  return Match{1, cardinal_words(digits), false};
}

}  // namespace briefcast::rules
