// An amount with "plus" before a noun it sizes: "a £40m plus fee", "an €80m plus deal" are a
// fee and a deal of that amount or more, said as one compound adjective ("a forty-
// million-pound-plus fee"), as "a £40m-plus fee" is. "plus" made the amount a noun phrase of
// its own, so it was said "forty million pounds plus fee". Only after "a" and before one
// singular noun that is no addition ("interest", "tax"): "paid £40m plus costs" and "a £5m
// plus bonuses" add two things.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "a" or "an": after "the" the amount is often one named before ("repay the £40m plus interest").
bool opens_phrase(std::string_view core) { return text::is_one_of_lowered(core, {"a", "an"}); }

// What is added to an amount rather than sized by it ("a $5m plus interest", "plus VAT").
bool is_addition(std::string_view core) {
  return text::is_one_of(core, {"interest", "tax", "inflation", "postage", "shipping", "delivery", "change", "commission",
                                "penalty", "tip", "bonus", "damages", "insurance", "booking"});
}

// A lowercase word that is no function word, no adverb and no plural: the one thing sized.
bool singular_noun(std::string_view core) {
  return core.size() >= 3 && text::all_alpha(core) && text::is_lower(core[0]) && !is_not_noun(core) &&
         !text::ends_with(core, "s") && !text::ends_with(core, "ly");
}

// Word k ends its clause: a comma, stop, semicolon, colon or closing bracket after it, or the
// line's end.
bool ends_clause(const Words& words, std::size_t k) {
  if (k + 1 >= words.size()) return true;
  std::string_view suffix = words[k].suffix;
  return !suffix.empty() && std::string_view(",.;:)!?").find(suffix[0]) != std::string_view::npos;
}

bool ends_with_plus(const Word& w) { return w.core.size() >= 2 && w.core.back() == '+'; }

// "£5+, £10+ and £20+": an amount with "+" joined by a comma, "and" or "or" to another such amount
// is one of a list of floors, each said alike, wherever the list ends.
bool in_list_of_floors(const Words& words, std::size_t i) {
  bool joined_after = i + 1 < words.size() &&
                      ((words[i].suffix == "," && ends_with_plus(words[i + 1])) ||
                       (words[i].suffix.empty() && i + 2 < words.size() &&
                        text::is_one_of_lowered(words[i + 1].core, {"and", "or"}) && ends_with_plus(words[i + 2])));
  bool joined_before = i >= 1 && ((words[i - 1].suffix == "," && ends_with_plus(words[i - 1])) ||
                                  (i >= 2 && text::is_one_of_lowered(words[i - 1].core, {"and", "or"}) &&
                                   ends_with_plus(words[i - 2])));
  return joined_after || joined_before;
}

// "rooms at \u00a3200+.", "\u20b9900+ a seat.", "$40+ each,": an amount with "+" that ends its
// clause, or is followed by "a", "an", "per" or "each" and one noun that ends it, is that amount
// or more, said with said_at_least's "or more" ("$26+" -> "twenty six dollars or more"), or the
// amount alone before a written "or more". Anywhere else the "+" may
// add what follows ("$40+ the booking fee", "$2.75+ a transfer fee", "$19.99+ shipping") and
// is left to the money rule's "plus".
std::optional<Match> amount_and_more(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.back() != '+' || !text::is_alnum(core[core.size() - 2])) return std::nullopt;
  bool ends = ends_clause(words, i);
  if (!ends && words[i].suffix.empty()) {
    std::string next = text::lower(words[i + 1].core);
    bool or_more = next == "or" && i + 2 < words.size() &&
                   text::is_one_of_lowered(words[i + 2].core, {"more", "above", "higher", "over"});
    bool each = text::is_one_of(next, {"each", "apiece"}) && ends_clause(words, i + 1);
    bool per_one = text::is_one_of(next, {"a", "an", "per", "each"}) && words[i + 1].suffix.empty() &&
                   i + 2 < words.size() && words[i + 2].prefix.empty() && text::all_alpha(words[i + 2].core) &&
                   text::is_lower(words[i + 2].core[0]) && ends_clause(words, i + 2);
    ends = or_more || each || per_one || in_list_of_floors(words, i);
  }
  if (!ends) return std::nullopt;
  auto said = speak_money(core.substr(0, core.size() - 1));
  if (!said) return std::nullopt;
  // A price with "+" is a floor the price itself meets ("tickets £40+"): "forty pounds or more",
  // never "more than", which leaves the stated price out; every item of a list says it alike.
  return Match{1, said_at_least(words, i, *said, false), false};
}

}  // namespace

std::optional<Match> match_money_plus(const Words& words, std::size_t i) {
  if (auto more = amount_and_more(words, i)) return more;
  if (i == 0 || i + 2 >= words.size() || words[i + 1].core != "plus") return std::nullopt;
  if (!words[i].suffix.empty() || !words[i + 1].suffix.empty() || !words[i + 1].prefix.empty() ||
      !words[i + 2].prefix.empty() || !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  if (!opens_phrase(words[i - 1].core) || !singular_noun(words[i + 2].core) || is_addition(words[i + 2].core)) {
    return std::nullopt;
  }
  auto said = hyphened_amount(std::string(words[i].core) + "-plus");
  if (!said) return std::nullopt;
  return Match{2, *said, false};
}

}  // namespace briefcast::rules
