// Shorthand of game reports said as words, each only with its cue ("a 2-pt conversion" is
// figure_points.cpp's):
//  - a count of overtimes glued before "OT" ("2OT", "3OT"): "double overtime", "triple
//    overtime", after "of" "the second overtime"; it had been "two O T";
//  - "HT" opening a bracketed tally ("(HT 21-17)"): "half-time", the state of the match at the break;
//  - "gtd" after a sum ("$40M gtd"): "guaranteed", the secured part of a contract.
#include <cctype>

#include "normalize/function_words.h"
#include "normalize/sport/sport.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "17-14", "1–0": a match's score as a half-time tally prints it, two whole figures of at most
// two digits joined by a dash (the shared range dash: hyphen or en dash); no clock ("5:30") and
// no decimals.
bool is_tally(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  auto is_goals = [](std::string_view side) { return !side.empty() && side.size() <= 2 && text::all_digits(side); };
  return sides && is_goals(sides->before) && is_goals(sides->after);
}

// A score on the line other than the word at `skip` ("won 31-28 in 2OT", "(HT 1-1) ... 2-1").
bool score_elsewhere(const Words& words, std::size_t skip) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k != skip && is_tally(words[k].core)) return true;
  }
  return false;
}

// The games an overtime is played in, a closed list: not "team" or "points", which a hospital's
// staff and its wards share ("hired 2OT and 3PT": occupational therapists).
bool tells_of_overtime_game(std::string_view core) {
  return text::is_one_of_lowered(core, {"game", "games", "overtime", "beat", "won", "lost", "period", "quarter", "nhl",
                                        "nba", "nfl", "ncaa", "playoff", "playoffs"});
}

// "in 2OT", "at 4:12 of 2OT": a count of overtimes, "double overtime"; after "of" the period
// itself, "the second overtime". Before a lowercase noun the figure may count games ("won 2OT
// thrillers", two of them), so the letters stay as they were.
std::optional<Match> overtimes(const Words& words, std::size_t i) {
  static constexpr std::string_view kCounted[] = {"double", "triple", "quadruple"};
  static constexpr std::string_view kOrdinal[] = {"second", "third", "fourth"};
  std::string_view core = words[i].core;
  if (core.size() != 3 || core.substr(1) != "OT" || core[0] < '2' || core[0] > '4') return std::nullopt;
  // Only on a line of a game, with a score or a word of one.
  if (!score_elsewhere(words, i) && !text::any_word(words, tells_of_overtime_game)) return std::nullopt;
  if (words[i].suffix.empty() && i + 1 < words.size()) {
    std::string_view next = words[i + 1].core;
    if (!next.empty() && text::is_lower(next[0]) && !text::is_function_word(next)) return std::nullopt;
  }
  std::size_t n = static_cast<std::size_t>(core[0] - '2');
  if (i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "of")) {
    return Match{1, "the " + std::string(kOrdinal[n]) + " overtime", false};
  }
  return Match{1, std::string(kCounted[n]) + " overtime", false};
}

// "(HT 17-14)", "(HT: 1-0)", "won 3-2, HT 2-1": "HT" opening a bracket or right after a score's
// comma or semicolon, then a tally that ends its clause. Elsewhere "HT" is a newspaper ("told HT
// 10-12 people") or high tension ("HT 11-33 kV lines").
bool half_time_tally(const Words& words, std::size_t i) {
  const Word& ht = words[i];
  if (ht.core != "HT" || (!ht.suffix.empty() && ht.suffix != ":") || i + 1 >= words.size()) return false;
  bool opens_bracket = text::ends_with(ht.prefix, "(");
  bool after_score = i > 0 && ht.prefix.empty() && is_tally(words[i - 1].core) &&
                     (words[i - 1].suffix == "," || words[i - 1].suffix == ";");
  const Word& tally = words[i + 1];
  bool ends_clause = i + 2 >= words.size() || (!tally.suffix.empty() && std::ispunct(static_cast<unsigned char>(tally.suffix[0])));
  if (!(opens_bracket || after_score) || !tally.prefix.empty() || !is_tally(tally.core) || !ends_clause) return false;
  // A bracket alone may hold high tension's kilovolts ("(HT 11-33)"): the break's score only on a
  // line of sport or with the final score beside it.
  return after_score || score_elsewhere(words, i + 1) || text::any_word(words, is_sport_word);
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
  if (auto m = overtimes(words, i)) return m;
  if (half_time_tally(words, i)) return Match{1, "half-time", false};
  if (core == "gtd" && after_a_sum(words, i)) return Match{1, "guaranteed", false};
  return std::nullopt;
}

}  // namespace briefcast::rules
