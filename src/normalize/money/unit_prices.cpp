// A price per pair, pack or item written with a slash and the trade's short word: "£3,499/pr"
// (speakers sold by the pair), "$12/pk", "£4/ea", "$30/doz", "$0.40/pc". The short word was said as
// letters after "per" ("per pr", "per ea"). Said as a shop says it: "three thousand four
// hundred ninety nine pounds a pair", "four pounds each".
#include <array>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "pc" after a price's slash is a piece, never percent ("$2.15/pc" was "per percent").
constexpr std::array<text::Said, 10> kPer = {{{"pr", "a pair"}, {"prs", "a pair"}, {"pk", "a pack"}, {"pkt", "a packet"},
                                              {"ea", "each"}, {"doz", "a dozen"}, {"dz", "a dozen"}, {"bx", "a box"},
                                              {"pc", "a piece"}, {"pcs", "a piece"}}};

}  // namespace

namespace {

// The price at i and how many words it takes, read as the money rule reads it: "€1.450" is a
// thousand and more as it is before "per", "€1.689" of fuel a decimal; "12 €" is two words.
std::optional<Match> price_at(const Words& words, std::size_t i) {
  if (auto said = match_money(words, i); said && !said->eat_period) return said;
  auto amount = speak_money(words[i].core);
  if (!amount) return std::nullopt;
  return Match{1, *amount, false};
}

// "/ 10 sheets", "/ 100 g": a count after the slash is what the price buys only before its
// noun or unit; "£30 / 20 for members" and "€10 / 8 €" are two prices, a choice.
bool count_of_goods(const Words& words, std::size_t count) {
  if (count + 1 >= words.size() || !words[count].suffix.empty()) return false;
  return plain_noun_after(words, count) || find_unit(words[count + 1].core).has_value();
}

// The unit a spaced slash prices by: a unit of measure or time ("/ kg", "/ litre", "/ mo.") or
// a thing a price counts ("/ night", "/ person"). Any other word may open the next item of a
// list ("€15 / students €10", "$2.75 / free for under-fives"), where the slash is no "per".
std::optional<std::string> spaced_slash_unit(std::string_view next) {
  auto unit = per_unit(next);
  if (!unit) return std::nullopt;
  std::string lowered = text::lower(next);
  bool said_as_written = *unit == lowered || *unit == next;
  if (!said_as_written || find_unit(next)) return unit;
  if (text::is_one_of(lowered, {"month", "year", "annum", "week", "day", "hour", "quarter", "night", "person", "head",
                                "seat", "ticket", "item", "unit", "piece", "pair", "dozen", "bottle", "sheet", "pack",
                                "box", "bag", "share", "copy", "issue", "session", "lesson", "visit", "litre", "liter",
                                "kilo", "kilogram", "gram", "tonne", "ton", "metre", "meter", "gallon", "ounce"})) {
    return unit;
  }
  return std::nullopt;
}

// "US$8.50 / 10 sheets", "€12 / month": a slash spaced from the price before what it buys is
// "per", as the slash written against it is; "£15 / £12", two prices, stays a choice.
std::optional<Match> spaced_slash_after_price(const Words& words, std::size_t i) {
  // The money rules are asked only where a slash stands alone one or two words on.
  bool slash_near = (i + 1 < words.size() && words[i + 1].core == "/") || (i + 2 < words.size() && words[i + 2].core == "/");
  if (!slash_near) return std::nullopt;
  auto price = price_at(words, i);
  if (!price) return std::nullopt;
  std::size_t slash = i + price->count;
  if (slash + 1 >= words.size() || !words[slash - 1].suffix.empty() || words[slash].core != "/" ||
      !words[slash].prefix.empty() || !words[slash].suffix.empty() || !words[slash + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view next = words[slash + 1].core;
  if (next.empty() || speak_money(next)) return std::nullopt;
  // "10 sheets": the count and its noun are read by their own rules after "per".
  if (text::is_digit(next[0])) {
    if (!count_of_goods(words, slash + 1)) return std::nullopt;
    return Match{price->count + 1, price->spoken + " per", false};
  }
  // "€1 / each": the word says it already; "per each" doubles it.
  if (next == "each") return Match{price->count + 2, price->spoken + " each", false};
  // "/ mo.": the unit is said whole, as after a slash written against the price.
  auto unit = spaced_slash_unit(next);
  if (!unit) return std::nullopt;
  bool dotted = text::has_period(words[slash + 1]) && !period_ends_sentence(words, slash + 1);
  return Match{price->count + 2, price->spoken + " per " + *unit, dotted};
}

}  // namespace

std::optional<Match> match_unit_price(const Words& words, std::size_t i) {
  if (auto spaced = spaced_slash_after_price(words, i)) return spaced;
  const Word& w = words[i];
  std::size_t slash = w.core.rfind('/');
  if (!w.prefix.empty() || slash == std::string_view::npos || slash == 0 || slash + 1 >= w.core.size()) return std::nullopt;
  auto per = text::said_for(kPer, w.core.substr(slash + 1));
  if (!per) return std::nullopt;
  auto amount = speak_money(w.core.substr(0, slash));
  if (!amount) return std::nullopt;
  return Match{1, *amount + " " + std::string(*per), false};
}

}  // namespace briefcast::rules
