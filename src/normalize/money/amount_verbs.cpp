// A participle after an amount: "the record $9,500 set in May", "the £2m spent on repairs", "the
// $40 bid by a collector". The measure rules take a lowercase word after an amount for the noun
// it sizes unless it ends in "-ed"; the irregular participles of money's verbs ("set", "spent",
// "paid", "sold", "won") fall through, and the sum was said as one adjective
// ("the nine-thousand-five-hundred-dollar set"). Before a noun the same word is an adjective
// ("a $30 set menu"), so the word after the participle decides: a preposition of the verb.
#include <array>

#include "normalize/money/money.h"

namespace briefcast::rules {

namespace {

bool is_irregular_participle(std::string_view word) {
  // Not "bid", "cut" or "hit", nouns of money as often ("a $5bn bid by", "a $2m hit to").
  static constexpr std::array<std::string_view, 16> kParticiples = {
      "set",   "spent", "paid",  "sold",   "won",  "lost", "bought", "brought",
      "held",  "made",  "given", "taken", "sought", "lent", "owed",   "shown"};
  for (std::string_view p : kParticiples) {
    if (word == p) return true;
  }
  return false;
}

}  // namespace

bool verb_follows_amount(const Words& words, std::size_t k) {
  if (k + 1 >= words.size() || !words[k].suffix.empty()) return false;
  const Word& next = words[k + 1];
  if (!next.prefix.empty() || !is_irregular_participle(next.core)) return false;
  if (k + 2 >= words.size() || !next.suffix.empty()) return false;
  // "set in", "spent on", "paid to": a preposition or particle of the verb. "of" follows a noun ("a $30 set of").
  return text::is_one_of(words[k + 2].core, {"in", "on", "by", "at", "for", "to", "from", "last", "this", "earlier",
                                             "during", "since", "before", "after", "under", "when", "over",
                                             // a particle of the verb: "set aside", "paid out", "held back"
                                             "aside", "out", "up", "off", "down", "back", "away"});
}

}  // namespace briefcast::rules
