// Letters and a whole figure that only their place makes a price: "R500" after "paid" on a line
// of South Africa, "RM45" on a Malaysian line after a lower-case word. The same letters and
// figure are as often a road ("the R21"), a postcode ("in RM12") or a model ("an RM250"), so the
// price needs both its home and its place in the sentence (regional_money.cpp asks).
#pragma once

#include <cstddef>
#include <string>

#include "normalize/match.h"
#include "normalize/money/money.h"

namespace briefcast::rules {

// A figure as written after a money sign, before it is parsed.
struct WrittenFigure {
  std::string text;
  std::size_t count = 1;  // words taken from the sign's word on
  bool glued = false;     // written against the sign ("Rs500"), not in the next word
  std::string scale;      // a scale run onto the figure ("Sh5bn"), in its spoken form
  bool named = false;     // the currency's own name follows the figure ("KD 300 dinars")
};

// "R", "N", "P": a sign of one letter, which opens roads, masks and models as well.
inline bool is_one_letter(const Currency& c) { return c.written.size() == 1; }

// "paid R500 in Durban", "R30 per ticket", "to R14 from R12": a one-letter sign glued to a whole
// figure, in a price's position, on a line that names the currency or its home.
bool priced_at_home(const Words& words, std::size_t i, const Currency& p, const WrittenFigure& f);
// "R30 per ticket", "R15 each", "R6 a tonne": a rate after the figure, and no word before it
// that names a road, a model or an owner.
bool rate_of_a_unit(const Words& words, std::size_t i, const WrittenFigure& f);
// "RM45" after a word in lower case that is no article, with no noun it names after it, on a
// line that tells of Malaysia.
bool whole_ringgit_price(const Words& words, std::size_t i, const Currency& p, const WrittenFigure& f);

// "paid Bt500", "the fare is Bt 40": the baht's letters before a whole figure, glued or
// spaced, after a word of paying, or after a copula, "of", "at" or "for" on a line that names
// the baht or Thailand; never before a noun the letters name ("Bt 2 cotton", "Bt11 maize").
bool whole_baht_price(const Words& words, std::size_t i, const Currency& p, const WrittenFigure& f);

}  // namespace briefcast::rules
