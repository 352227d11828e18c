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

}  // namespace

std::optional<Match> match_money_plus(const Words& words, std::size_t i) {
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
