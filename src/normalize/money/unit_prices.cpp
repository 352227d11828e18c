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

std::optional<Match> match_unit_price(const Words& words, std::size_t i) {
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
