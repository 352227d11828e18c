// A count of successes out of attempts with the share it makes written after it: "48/52 at
// 92%", "7/9 (78%)" -> "forty eight of fifty two". The percentage checks the pair (it is the
// first figure over the second, rounded), so no date or fraction is taken for one. The share may
// come first with the pair bracketed after it ("converted 75% of his chances (9/12)"). Read
// alone the pair was a fraction ("twelve twentieths") or two numbers ("forty eight fifty two").
#include <cmath>
#include <cstdlib>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// How many words before a bracketed pair its share may stand.
constexpr std::size_t kShareBefore = 8;

// The percentage written in word k ("92%", "(78%)", "92.3%"), or nothing.
std::optional<double> percentage_at(const Words& words, std::size_t k) {
  if (k >= words.size()) return std::nullopt;
  std::string_view core = words[k].core;
  if (core.size() < 2 || core.back() != '%') return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  if (!number || number->negative) return std::nullopt;
  return std::strtod(std::string(core.substr(0, core.size() - 1)).c_str(), nullptr);
}

}  // namespace

std::optional<Match> match_success_rate(const Words& words, std::size_t i) {
  auto pair = text::figure_pair(words[i].core, '/', 3);
  bool bracketed = words[i].prefix == "(";
  if (!pair || (!words[i].prefix.empty() && !bracketed) || pair->right[0] == '0') return std::nullopt;
  std::string_view made = pair->left;
  std::string_view tried = pair->right;
  double m = std::stod(std::string(made));
  double t = std::stod(std::string(tried));
  if (m > t) return std::nullopt;
  // "48/52 at 92%", "7/9 (78%)": the share right after the pair, or after "at".
  std::size_t k = i + 1;
  if (k < words.size() && words[i].suffix.empty() && words[k].core == "at" && words[k].suffix.empty()) ++k;
  auto share = bracketed ? std::nullopt : percentage_at(words, k);
  // "converted 75% of his chances (9/12)": the share written a few words before, the pair in
  // brackets after it as its workings. Right after the share ("63% (19/30)") the tally is
  // rating_marks.cpp's.
  for (std::size_t back = 2; bracketed && !share && back <= kShareBefore && back <= i; ++back) {
    auto before = percentage_at(words, i - back);
    if (before && std::fabs(*before - 100.0 * m / t) <= 1.0) share = before;
  }
  if (!share || std::fabs(*share - 100.0 * m / t) > 1.0) return std::nullopt;
  return Match{1, cardinal_words(made) + " of " + cardinal_words(tried), false};
}

}  // namespace briefcast::rules
