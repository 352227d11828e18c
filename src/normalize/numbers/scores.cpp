// Scores and votes: "won 109-98", "passed 52-48", "a 3-0 win", a level "2-2" said "two all",
// and the colon European copy writes a game's result with ("Sunday's 3:0 win", "beat Genoa 2:0").
// A falling pair of figures is a score only with a word of a contest beside it; without one it
// is a range's separator or a record, read by range.cpp and the sport rules.
#include <string>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {
// Words around a falling pair of figures that make it a score or a vote: "won 109-98",
// "passed 52-48", "a 3-0 win".
constexpr std::string_view kScoreBefore[] = {"won", "lost", "beat", "defeated", "passed", "failed", "voted",
                                             "led", "trailed", "edged", "approved", "rejected", "tied", "drew"};
constexpr std::string_view kScoreAfter[] = {"win", "victory", "loss", "defeat", "vote", "lead", "decision", "draw"};

// The mark between a score's sides: a hyphen, or a colon as European copy writes a volleyball,
// handball or football result ("a 3:0 win", "won 25:23").
std::size_t score_mark(std::string_view core) {
  std::size_t dash = core.find('-');
  return dash == std::string_view::npos ? core.find(':') : dash;
}

// "21:19", "10:30", "1:05": a colon pair a clock could show. A game's result verb carries a
// time gap too ("lost 1:05 to Pogacar", "trailed 0:58"), and a clock stands after "finished"
// or "tied at" ("10:10 pm"), so such a pair is no score beside any verb or noun; only a pair
// no clock shows is ("won 3:1", "beat Genoa 2:0", "31:28").
bool clock_shaped(std::string_view core) {
  auto pair = text::figure_pair(core, ':', 2);
  return pair && pair->right.size() == 2 && std::stoi(std::string(pair->left)) <= 24 && pair->right <= "59";
}

// A score written with a colon: only one no clock could show.
bool colon_score_allowed(std::string_view core) {
  return core.find(':') == std::string_view::npos || !clock_shaped(core);
}

std::optional<std::string> score(std::string_view core) {
  std::size_t dash = score_mark(core);
  if (dash == std::string_view::npos || dash == 0 || dash > 3 || core.size() - dash - 1 > 3) return std::nullopt;
  std::string_view left = core.substr(0, dash);
  std::string_view right = core.substr(dash + 1);
  if (!text::all_digits(left) || !text::all_digits(right)) return std::nullopt;
  return cardinal_words(left) + " to " + cardinal_words(right);
}

bool listed(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  for (const std::string_view* w = begin; w != end; ++w) {
    if (text::iequals(word, *w)) return true;
  }
  return false;
}

// "2-2", "1-1": a level score, said "two all" as a newsreader gives one ("two to two" and "one
// one" were said). A goalless "0-0" is "nil-nil" to some and "zero-zero" to others: left alone.
// The score's dash is a hyphen or an en dash ("1\u20131").
std::optional<std::string> tied_score(std::string_view core) {
  if (!colon_score_allowed(core)) return std::nullopt;  // "tied at 12:12", "finished 10:10 pm"
  std::size_t dash = score_mark(core);
  std::size_t width = 1;
  if (dash == std::string_view::npos) {
    dash = core.find("\u2013");
    width = 3;
  }
  if (dash == std::string_view::npos || dash == 0 || dash > 2) return std::nullopt;
  std::string_view left = core.substr(0, dash);
  if (core.substr(dash + width) != left || !text::all_digits(left) || left[0] == '0') return std::nullopt;
  return cardinal_words(left) + " all";
}

// "the match finished 1-1", "the tiebreak ended 2-2": what a result verb's score is of. Without
// one, "the Jets finished 8-8" is a season's record, "eight and eight", never a score.
bool is_contest_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"match", "game", "tie", "tiebreak", "tie-break", "final", "derby", "fixture",
                                     "clash", "contest", "leg", "semi-final", "semifinal", "replay", "playoff",
                                     "play-off", "encounter", "bout", "half"});
}

// "drew 2-2", "tied 1-1", "finished 1-1" after a contest, "level at 1-1", "a 3-3 draw".
std::optional<Match> level_score(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 < words.size() && w.suffix.empty() && words[i + 1].prefix.empty()) {
    auto tied = tied_score(words[i + 1].core);
    if (!tied) return std::nullopt;
    bool result = text::is_one_of_lowered(w.core, {"drew", "tied"});
    bool of_contest = text::is_one_of_lowered(w.core, {"finished", "ended"}) && i > 0 &&
                      ((words[i - 1].suffix.empty() && is_contest_word(words[i - 1].core)) ||
                       (i > 1 && words[i - 2].suffix.empty() && words[i - 1].suffix.empty() &&
                        is_contest_word(words[i - 2].core)));
    bool level = text::iequals(w.core, "at") && i > 0 && words[i - 1].suffix.empty() &&
                 text::is_one_of_lowered(words[i - 1].core, {"level", "tied", "square", "locked", "deadlocked"});
    if (result || of_contest || level) return Match{2, std::string(w.core) + " " + *tied, false};
  }
  return std::nullopt;
}

}  // namespace

namespace {

// "beat Genoa 2:0", "edged Real Sociedad 3:2": a colon score after the side beaten, one or two
// capitalised words after a verb of a game's result. (Hyphenated pairs there are left to the
// sport rules, which know tennis sets.)
bool after_side_beaten(const Words& words, std::size_t i) {
  if (words[i].core.find(':') == std::string_view::npos || clock_shaped(words[i].core)) return false;
  for (std::size_t names = 1; names <= 2 && names < i; ++names) {
    bool named = true;
    for (std::size_t k = i - names; k < i; ++k) {
      named = named && words[k].suffix.empty() && text::is_capitalized(words[k].core);
    }
    if (named && is_result_verb(words[i - names - 1])) return true;
  }
  return false;
}

// "won 3:1 (25:20, 22:25, 25:19, 25:21)": the sets' scores in brackets after a match's colon
// score are scores too, each its own; read as clocks they were "twenty two twenty five".
bool counts_sets(std::string_view core) {
  auto pair = text::figure_pair(core, ':', 1);
  return pair && pair->right.size() == 1 && pair->left <= "3" && pair->right <= "3" && pair->left != pair->right;
}

bool in_bracketed_sets(const Words& words, std::size_t i) {
  auto colon_pair = [](std::string_view core) { return text::figure_pair(core, ':', 2).has_value(); };
  if (!colon_pair(words[i].core)) return false;
  for (std::size_t k = i; k > 0 && i - k < 6; --k) {
    const Word& w = words[k];
    if (!colon_pair(w.core)) return false;
    if (k < i && w.suffix != ",") return false;
    // The match's score before the bracket counts sets won, three at most a side in a best of
    // five ("3:1", "2:0"); "9:00" or "7:30" before a bracket is a clock.
    if (w.prefix == "(") return words[k - 1].suffix.empty() && counts_sets(words[k - 1].core);
  }
  return false;
}

}  // namespace

std::optional<Match> match_score(const Words& words, std::size_t i) {
  if (in_bracketed_sets(words, i)) {
    if (auto s = score(words[i].core)) return Match{1, *s, false};
  }
  if (auto level = level_score(words, i)) return level;
  if (after_side_beaten(words, i)) {
    if (auto s = score(words[i].core)) return Match{1, *s, false};
  }
  const Word& w = words[i];
  if (i + 1 < words.size() && w.suffix.empty() && words[i + 1].prefix.empty() &&
      listed(w.core, std::begin(kScoreBefore), std::end(kScoreBefore)) && !gaelic_score(words, i + 1)) {
    // ("won 0-24 to 1-17": Gaelic totals, read from the first of them by the sport rules.)
    // "lost 2-3 kg" is a range of a measure, not a score.
    bool unit_after = i + 2 < words.size() && words[i + 1].suffix.empty() && find_unit(words[i + 2].core);
    // "won 6-4, 6-1": a match's sets, each said as a set.
    if (auto sets = match_tennis_sets(words, i + 1)) return Match{1 + sets->count, std::string(w.core) + " " + sets->spoken, false};
    if (auto s = score(words[i + 1].core); s && !unit_after && colon_score_allowed(words[i + 1].core)) {
      return Match{2, std::string(w.core) + " " + *s, false};
    }
  }
  // "a 3:0 home win": the venue between a score and its result.
  bool venue_then_result = i + 2 < words.size() && w.suffix.empty() && words[i + 1].suffix.empty() &&
                           text::is_one_of_lowered(words[i + 1].core, {"home", "away"}) &&
                           listed(words[i + 2].core, std::begin(kScoreAfter), std::end(kScoreAfter));
  if (i + 1 < words.size() && w.suffix.empty() &&
      (venue_then_result || listed(words[i + 1].core, std::begin(kScoreAfter), std::end(kScoreAfter)))) {
    if (auto tied = tied_score(w.core); tied && text::iequals(words[i + 1].core, "draw")) return Match{1, *tied, false};
    if (auto s = score(w.core); s && colon_score_allowed(w.core)) {
      return Match{1, *s, false};
    }
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
