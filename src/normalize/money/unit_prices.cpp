// A price per pair, pack or item written with a slash and the trade's short word: "£3,499/pr"
// (speakers sold by the pair), "$12/pk", "£4/ea", "$30/doz", "$0.40/pc". The short word was said as
// letters after "per" ("per pr", "per ea"). Said as a shop says it: "three thousand four
// hundred ninety nine pounds a pair", "four pounds each".
#include <array>

#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// "pc" after a price's slash is a piece, never percent ("$2.15/pc" was "per percent").
constexpr std::array<text::Said, 10> kPer = {{{"pr", "a pair"}, {"prs", "a pair"}, {"pk", "a pack"}, {"pkt", "a packet"},
                                              {"ea", "each"}, {"doz", "a dozen"}, {"dz", "a dozen"}, {"bx", "a box"},
                                              {"pc", "a piece"}, {"pcs", "a piece"}}};

}  // namespace

namespace {

// "US$8.50 / 10 sheets", "€12 / month": a slash spaced from the price before what it buys is
// "per", as the slash written against it is; "£15 / £12", two prices, stays a choice.
std::optional<Match> spaced_slash_after_price(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "/" || !words[i + 1].prefix.empty() ||
      !words[i + 1].suffix.empty() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view next = words[i + 2].core;
  if (next.empty() || speak_money(next)) return std::nullopt;
  auto amount = speak_money(words[i].core);
  if (!amount) return std::nullopt;
  // "10 sheets": the count and its noun are read by their own rules after "per".
  if (text::is_digit(next[0])) return Match{2, *amount + " per", false};
  // "/ mo.": the unit is said whole, as after a slash written against the price.
  auto unit = per_unit(next);
  if (!unit) return std::nullopt;
  bool dotted = text::has_period(words[i + 2]) && !period_ends_sentence(words, i + 2);
  return Match{3, *amount + " per " + *unit, dotted};
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
