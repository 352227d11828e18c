// Shorthand of game reports said as words, each only with its cue:
//  - a count of overtimes glued before "OT" ("2OT", "3OT"): "double overtime", "triple
//    overtime"; it had been "two O T";
//  - points written "pt" in a figure joined to a noun ("a 2-pt try", "a 3-pt shot"):
//    "two-point"; eSpeak NG spelled "P T";
//  - "HT" before a score ("(HT 21-17)"): "half-time", the state of the match at the break;
//  - "gtd" after a sum ("$40M gtd"): "guaranteed", the secured part of a contract.
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::optional<Match> overtimes(std::string_view core) {
  if (core.size() != 3 || core.substr(1) != "OT") return std::nullopt;
  if (core[0] == '2') return Match{1, "double overtime", false};
  if (core[0] == '3') return Match{1, "triple overtime", false};
  if (core[0] == '4') return Match{1, "quadruple overtime", false};
  return std::nullopt;
}

// "2-pt try": one to three figures, "-pt", then a lowercase word it qualifies.
std::optional<Match> points_before_noun(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find("-pt");
  if (dash == std::string_view::npos || dash == 0 || dash > 3 || dash + 3 != core.size()) return std::nullopt;
  std::string_view figure = core.substr(0, dash);
  if (!text::all_digits(figure) || figure[0] == '0' || !words[i].suffix.empty() || i + 1 >= words.size()) {
    return std::nullopt;
  }
  std::string_view next = words[i + 1].core;
  if (next.empty() || !text::is_lower(next[0]) || !text::all_alpha(next)) return std::nullopt;
  // One adjective, hyphenated through: "twenty-five-point margin".
  std::string said = cardinal_words(figure) + "-point";
  for (char& c : said) {
    if (c == ' ') c = '-';
  }
  return Match{1, said, false};
}

// A score: figures, a dash (hyphen or en dash) or colon, figures ("17-14", "1–0").
bool is_score(std::string_view core) {
  std::size_t n = 0;
  while (n < core.size() && text::is_digit(core[n])) ++n;
  if (n == 0 || n > 3 || n >= core.size()) return false;
  std::size_t width = text::starts_with(core.substr(n), "\u2013") ? 3 : (core[n] == '-' || core[n] == ':') ? 1 : 0;
  std::string_view rest = core.substr(n + width);
  return width > 0 && !rest.empty() && rest.size() <= 3 && text::all_digits(rest);
}

// "gtd" after a sum: a figure or a currency amount just before.
bool after_a_sum(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  return !before.empty() && (text::is_digit(before.back()) || text::is_digit(before[0]) ||
                             text::is_one_of(before.substr(before.size() - 1), {"M", "m", "K", "k", "B", "b"})) &&
         before.find_first_of("0123456789") != std::string_view::npos;
}

}  // namespace

std::optional<Match> match_game_shorthand(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (auto m = overtimes(core)) return m;
  if (auto m = points_before_noun(words, i)) return m;
  if (core == "HT" && words[i].suffix.empty() && i + 1 < words.size() && is_score(words[i + 1].core)) {
    return Match{1, "half-time", false};
  }
  if (core == "gtd" && after_a_sum(words, i)) return Match{1, "guaranteed", false};
  return std::nullopt;
}

}  // namespace briefcast::rules
