// Abbreviations that travel with a sum: "min. R2,000", "max. $450" (the least or most of it;
// left as written, "min." is heard as a minute and "max." as a name), and "p.a." after a sum's
// rate ("$900 per head p.a."), spelt "P A" when left.
#include <string>

#include "normalize/match.h"
#include "normalize/money/money.h"

namespace briefcast::rules {

namespace {

// A word that opens with a currency's sign, letters or code glued to a figure ("R2,000", "US$5").
bool opens_with_currency(std::string_view core) {
  std::size_t digit = core.find_first_of("0123456789");
  if (digit == 0 || digit == std::string_view::npos) return false;
  std::string_view sign = core.substr(0, digit);
  return text::ends_with(sign, "$") || currency_written(sign, ~0u) != nullptr;
}

// Within a few words before word i, a sum of money or a percentage: what "p.a." can be the year of.
bool sum_or_share_before(const Words& words, std::size_t i) {
  constexpr std::size_t kReach = 4;
  for (std::size_t k = i > kReach ? i - kReach : 0; k < i; ++k) {
    std::string_view core = words[k].core;
    if (core.find('%') != std::string_view::npos || words[k].suffix.find('%') != std::string_view::npos) return true;
    if (opens_with_currency(core)) return true;
  }
  return false;
}

}  // namespace

std::optional<Match> match_yearly_rate(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "p.a" || !text::starts_with(w.suffix, ".") || !w.prefix.empty()) return std::nullopt;
  if (!sum_or_share_before(words, i)) return std::nullopt;
  return Match{1, "per annum", i + 1 < words.size()};
}

std::optional<Match> match_amount_limit(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string lowered = text::lower(w.core);
  if (lowered != "min" && lowered != "max") return std::nullopt;
  if (!opens_with_currency(words[i + 1].core)) return std::nullopt;
  std::string said = lowered == "min" ? "minimum" : "maximum";
  if (text::is_upper(w.core[0])) said[0] = 'M';
  return Match{1, said, true};
}

}  // namespace briefcast::rules
