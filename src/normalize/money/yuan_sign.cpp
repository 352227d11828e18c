// The sign "¥" stands for two currencies: the Japanese yen and the Chinese yuan (renminbi),
// which Chinese copy writes with the same sign ("box office hit ¥8.02bn over the holiday").
// money.cpp says it "yen"; in a passage that speaks of China and not of Japan that was the
// wrong currency, so there the amount is said in yuan. A passage naming both keeps the yen, and
// so does one that names China only as a place or a market ("Sony earned ¥500bn as China sales
// rose": a Japanese company's yen): the cues are words of Chinese money, institutions and cities.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The words either side of the amount that are read for its country: a bounded window, so a
// line of many amounts is read in linear time.
constexpr std::size_t kWindow = 40;

bool tells_of_china(std::string_view core) {
  return text::is_one_of(core, {"Chinese", "Beijing", "Shanghai", "Shenzhen", "Guangzhou",
                                "Hangzhou", "yuan", "renminbi", "RMB", "CNY", "PBOC", "PBoC", "mainland"});
}

bool tells_of_japan(std::string_view core) {
  return text::is_one_of(core, {"Japan", "Japan's", "Japanese", "Tokyo", "Osaka", "Nikkei", "yen", "JPY", "BoJ",
                                "BOJ", "Topix"});
}

bool says_yuan(const Words& words, std::size_t i) {
  return text::any_word_near(words, i, kWindow, tells_of_china) &&
         !text::any_word_near(words, i, kWindow, tells_of_japan);
}

// "yen" as a whole word of the spoken amount, alone or in a compound ("five-yen"), made "yuan".
std::string yen_as_yuan(const std::string& spoken) {
  std::string out;
  out.reserve(spoken.size() + 8);
  for (std::size_t k = 0; k < spoken.size();) {
    bool starts = k == 0 || spoken[k - 1] == ' ' || spoken[k - 1] == '-';
    bool ends = k + 3 == spoken.size() || (k + 3 < spoken.size() && (spoken[k + 3] == ' ' || spoken[k + 3] == '-'));
    if (starts && ends && spoken.compare(k, 3, "yen") == 0) {
      out += "yuan";
      k += 3;
    } else {
      out.push_back(spoken[k++]);
    }
  }
  return out;
}

// "¥340-¥395", "¥35-40": a range in one word, the sign before both ends or the first only.
// Each end is said as an amount ("three hundred forty yen to three hundred ninety five yen"),
// so the caller's change of currency reaches both; left to the range rules, a glued range kept
// the yen on a Chinese line.
std::optional<Match> sign_range(const Words& words, std::size_t i) {
  constexpr std::string_view kSign = "\u00a5";
  std::string_view core = words[i].core;
  if (!text::starts_with(core, kSign)) return std::nullopt;
  auto sides = text::split_at_range_dash(core);
  if (!sides) return std::nullopt;
  std::string_view high = sides->after;
  if (text::starts_with(high, kSign)) high.remove_prefix(kSign.size());
  // "¥1.2-1.5bn": a scale after the second end is the whole range's, not said here.
  auto plain_figure = [](std::string_view s) { return !s.empty() && text::parse_number(s).has_value(); };
  if (!plain_figure(sides->before.substr(kSign.size())) || !plain_figure(high)) return std::nullopt;
  auto low_said = speak_money(sides->before);
  auto high_said = speak_money(std::string(kSign) + std::string(high));
  if (!low_said || !high_said) return std::nullopt;
  return Match{1, *low_said + " to " + *high_said, false};
}

}  // namespace

std::optional<Match> match_yuan_sign(const Words& words, std::size_t i) {
  if (words[i].core.find("\u00a5") == std::string_view::npos || !says_yuan(words, i)) return std::nullopt;
  std::optional<Match> money = match_money_range(words, i);
  if (!money) money = match_money_plus(words, i);
  if (!money) money = match_money(words, i);
  if (!money) money = sign_range(words, i);
  // An amount in one word ("¥8.02bn") is said by the word rule, not by the matchers above.
  if (!money) {
    if (auto said = speak_money(words[i].core)) money = Match{1, *said, false};
  }
  if (!money) return std::nullopt;
  money->spoken = yen_as_yuan(money->spoken);
  return money;
}

}  // namespace briefcast::rules
