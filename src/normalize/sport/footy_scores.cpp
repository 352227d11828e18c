// Australian football scores: goals and behinds joined by a point, with the total in brackets
// after them, "12.8 (80)" -> "twelve eight (eighty)". The total is six points a goal and one a
// behind, so the pair is a score only when its bracketed total checks out (never a decimal);
// "kicked 5.2" is a quarter's goals and behinds with no total, and so is the other side of
// "booted 4.3 to 1.1", or either side of "led 8.6 to 7.4" in a line that names the league.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// "12.8": goals and behinds, one or two figures each. "5.05" is a decimal: a count of behinds
// has no leading zero.
std::optional<text::FigurePair> split_score(std::string_view core) {
  auto pair = text::figure_pair(core, '.', 2);
  if (!pair || (pair->right.size() == 2 && pair->right[0] == '0')) return std::nullopt;
  return pair;
}

// "kicked", "booted": verbs of scoring goals, after which a pair is a player's or a quarter's
// tally, never a decimal.
bool kicks_goals(const Word& w) {
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"kicked", "kicking", "kicks", "booted", "booting"});
}

// "AFL", "SANFL", "behinds": words that only Australian football copy uses, so a tally
// without its total ("led 8.6 to 7.4") is a score there too.
bool footy_word(std::string_view core) {
  return text::is_one_of(core, {"AFL", "AFLW", "VFL", "VFLW", "SANFL", "WAFL", "NEAFL"}) ||
         text::is_one_of_lowered(core, {"footy", "behinds", "behind's"});
}

// The word before a pair is a verb of kicking goals. "boots" and "kick" are also nouns ("its
// Phantom boots 2.0"), so they count only in a line that names the league.
bool kicks_goals_before(const Words& words, std::size_t i) {
  if (i == 0) return false;
  const Word& w = words[i - 1];
  if (kicks_goals(w)) return true;
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"boots", "kick"}) && text::any_word(words, footy_word);
}

// "led 8.6 to 7.4", "Sturt leading 6.4 to 5.2", "beat them 9.3 to 4.1": a verb of one side's
// standing against the other before two pairs makes them the sides' tallies; "rose 2.1 to 1.9"
// is a change. Not "won", "lost" or "saw", which a sum takes too ("lost 1.2 to 1.5 on average").
bool contest_verb(const Word& w) {
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"led", "leads", "leading", "trailed", "trails", "trailing",
                                                              "beat", "defeated", "edged", "outscored"});
}

// After a tally the pair ends its phrase: punctuation, the line's end or a linking word
// ("kicked 2.3 from 14 disposals"); "kicked 3.5 per cent", "booted 2.1 million users", "rose
// 4.2 to 4.8 a club" and "6.1 an over" are sums or rates.
bool ends_tally(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return true;
  std::string_view next = words[i + 1].core;
  return text::is_function_word(text::lower(next)) &&
         !text::is_one_of_lowered(next, {"per", "of", "percent", "million", "billion", "a", "an"});
}

bool has_checked_total(const Words& words, std::size_t i, int goals, int behinds) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return false;
  const Word& next = words[i + 1];
  return next.prefix == "(" && !next.suffix.empty() && next.suffix[0] == ')' && text::all_digits(next.core) &&
         next.core.size() <= 3 && std::stoi(std::string(next.core)) == goals * 6 + behinds;
}

bool has_checked_total(const Words& words, std::size_t i) {
  auto score = split_score(words[i].core);
  return score && has_checked_total(words, i, std::stoi(std::string(score->left)), std::stoi(std::string(score->right)));
}

// The pair at i is a tally by its own cue: a total that checks, or a verb of kicking before it.
bool tally_by_itself(const Words& words, std::size_t i) {
  return split_score(words[i].core) &&
         (has_checked_total(words, i) || (kicks_goals_before(words, i) && ends_tally(words, i)));
}

// A pair with no cue of its own may be a tally only with a one-figure count of behinds: "4.35"
// is a rate, and a side's two-figure behinds come with their total.
bool may_be_bare_tally(const Words& words, std::size_t i) {
  auto score = split_score(words[i].core);
  return score && (score->right.size() == 1 || tally_by_itself(words, i));
}

// "booted 4.3 to 1.1", "led 8.6 to 7.4 in the AFL": two pairs joined by "to", the first at
// `first`; the two are tallies when either is one by its own cue, or when a verb of the sides'
// standing comes before them in a line naming the league. Both must look like tallies, and the
// second must end its phrase (never "1.2 to 1.5 million").
bool tallies_joined_by_to(const Words& words, std::size_t first) {
  std::size_t second = first + 2;
  if (second >= words.size() || !words[first].suffix.empty() || !words[first + 1].suffix.empty() ||
      !text::is_one_of_lowered(words[first + 1].core, {"to"})) {
    return false;
  }
  if (!may_be_bare_tally(words, first) || !may_be_bare_tally(words, second) || !ends_tally(words, second)) return false;
  if (tally_by_itself(words, first) || tally_by_itself(words, second)) return true;
  return first > 0 && contest_verb(words[first - 1]) && text::any_word(words, footy_word);
}

}  // namespace

std::optional<Match> match_footy_score(const Words& words, std::size_t i) {
  auto score = split_score(words[i].core);
  if (!score) return std::nullopt;
  bool joined = tallies_joined_by_to(words, i) || (i >= 2 && tallies_joined_by_to(words, i - 2));
  if (!tally_by_itself(words, i) && !joined) return std::nullopt;
  return Match{1, cardinal_words(score->left) + " " + cardinal_words(score->right), false};
}

}  // namespace briefcast::rules
