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

// "\u20b9799+ a month", "give $5+ to", "rooms at \u00a3200+.": an amount with "+" that ends its
// phrase (a function word, "per", "each" or a stop after it) is that amount or more, said as a
// count with "+" is (count_scale.cpp): a round or scaled amount is a rough floor, "more than a
// hundred pounds"; another ("$26+") a threshold it includes, "twenty six dollars or more". A
// bare "plus" there was heard as something added ("rupees plus a ticket"). Before a noun the
// "+" may add it ("$19.99+ shipping"), and is left to the money rule's "plus".
std::optional<Match> amount_and_more(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.back() != '+' || !text::is_alnum(core[core.size() - 2])) return std::nullopt;
  bool ends_phrase = !words[i].suffix.empty() || i + 1 >= words.size();
  if (!ends_phrase) {
    std::string next = text::lower(words[i + 1].core);
    ends_phrase = next != "plus" && (text::is_function_word(next) ||
                                     text::is_one_of(next, {"per", "each", "apiece", "a", "an"}));
  }
  if (!ends_phrase) return std::nullopt;
  auto said = speak_money(core.substr(0, core.size() - 1));
  if (!said) return std::nullopt;
  char last = core[core.size() - 2];
  bool round = last == '0' || text::is_alpha(last);
  return Match{1, round ? "more than " + *said : *said + " or more", false};
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
