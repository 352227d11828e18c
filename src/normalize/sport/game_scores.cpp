// The games of a rally-scored match, as badminton, squash, table tennis and volleyball write
// them: "a 23-21, 21-15 win", "won 11-7, 9-11, 11-5", "saved match points from 17-20 down".
// Each game is said as its two scores side by side, the games parted by a pause ("twenty three
// twenty one, twenty one fifteen"), as a commentator gives them; read as ranges or as one score
// each ("twenty three to twenty one") the games ran together. A game's score has a winner's
// figure from eleven to forty (a game to 11, 15, 21 or 25 and its extra points); a list of them
// is a match's only beside a word of its result ("won", "beat", "win", "defeat"), since "ages
// 18-24, 25-34" is a list of ranges. One score before "down" or "up" is a state of a game.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

bool is_result_verb(const Word& w) {
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"won", "lost", "beat", "beating", "defeated", "edged",
                                                              "downed", "saw", "swept", "prevailed", "triumphed"});
}

bool is_result_noun(const Word& w) {
  return w.prefix.empty() && text::is_one_of_lowered(w.core, {"win", "wins", "victory", "loss", "defeat", "triumph",
                                                              "success", "comeback", "sweep", "scoreline"});
}

namespace {

// "23-21" -> "twenty three twenty one": two figures of at most two digits, the higher from 11
// to 40; with `finished`, a game won by two clear points or more.
std::optional<std::string> game_score(std::string_view core, bool finished) {
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || core.size() - dash - 1 > 2 || core.size() - dash < 2) {
    return std::nullopt;
  }
  std::string_view left = core.substr(0, dash);
  std::string_view right = core.substr(dash + 1);
  if (!text::all_digits(left) || !text::all_digits(right)) return std::nullopt;
  if ((left.size() == 2 && left[0] == '0') || (right.size() == 2 && right[0] == '0')) return std::nullopt;
  int a = std::stoi(std::string(left));
  int b = std::stoi(std::string(right));
  int high = std::max(a, b);
  if (high < 11 || high > 40 || (finished && high - std::min(a, b) < 2)) return std::nullopt;
  return cardinal_words(left) + " " + cardinal_words(right);
}

// "from 17-20 down", "were 14-11 up": one score before "down" or "up" is the state of a game.
std::optional<Match> game_state(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i].prefix.empty() || !words[i + 1].prefix.empty() ||
      !text::is_one_of(words[i + 1].core, {"down", "up"})) {
    return std::nullopt;
  }
  auto score = game_score(words[i].core, false);
  if (!score) return std::nullopt;
  return Match{1, *score, false};
}

// The games from word i on, two or more, each but the last closed by a comma, beside a word
// of the match's result.
std::optional<Match> games_from(const Words& words, std::size_t i) {
  std::string spoken;
  std::size_t k = i;
  for (; k < words.size() && k < i + 7 && words[k].prefix.empty(); ++k) {
    auto game = game_score(words[k].core, true);
    if (!game) break;
    spoken += (spoken.empty() ? "" : ", ") + *game;
    if (words[k].suffix != ",") {
      ++k;
      break;
    }
  }
  if (k - i < 2 || words[k - 1].suffix == ",") return std::nullopt;
  bool verb_before = i > 0 && is_result_verb(words[i - 1]);
  bool noun_after = k < words.size() && words[k - 1].suffix.empty() && is_result_noun(words[k]);
  if (!verb_before && !noun_after) return std::nullopt;
  return Match{k - i, spoken, false};
}

}  // namespace

std::optional<Match> match_game_scores(const Words& words, std::size_t i) {
  if (auto state = game_state(words, i)) return state;
  // "won 11-7, 9-11": the verb is taken with the games, before the score rules read it with the first.
  if (is_result_verb(words[i]) && i + 1 < words.size()) {
    if (auto games = games_from(words, i + 1)) return Match{games->count + 1, std::string(words[i].core) + " " + games->spoken, false};
  }
  return games_from(words, i);
}

}  // namespace briefcast::rules
