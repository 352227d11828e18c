// A machine's model after its maker's capitals: "AT 500-8.2", "LTM 1100-5.2". The hyphen joins
// the parts of one name (a crane's capacity, then its axles and version), so it is no range:
// a range rises to a second figure, while here the second, with a point, is smaller than the
// first. Read as a range it was "five hundred to eight point two".
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

std::optional<Match> match_model_range(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t dash = w.core.find('-');
  if (i == 0 || !w.prefix.empty() || dash == std::string_view::npos || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view maker = words[i - 1].core;
  if (maker.size() < 2 || maker.size() > 4 || !text::all_alpha(maker) || !text::all_upper(maker)) return std::nullopt;
  std::string_view left = w.core.substr(0, dash);
  auto first = text::parse_plain_figure(left);
  auto second = text::parse_plain_figure(w.core.substr(dash + 1));
  if (!first || !second || first->has_point || !second->has_point || first->grouped || second->integer.empty() ||
      !text::all_digits(left) || std::stod(second->integer + "." + second->decimals) >= std::stod(std::string(left))) {
    return std::nullopt;
  }
  return Match{1, number_words(*first, false) + ", " + number_words(*second, false), false};
}

}  // namespace briefcast::rules
