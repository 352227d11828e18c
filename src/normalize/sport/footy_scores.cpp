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
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"kicked", "kicking", "kicks", "kick", "booted", "booting", "boots"});
}

// "AFL", "SANFL", "behinds": words that only Australian football copy uses, so a tally
// without its total ("led 8.6 to 7.4") is a score there too.
bool footy_word(std::string_view core) {
  return text::is_one_of(core, {"AFL", "AFLW", "VFL", "VFLW", "SANFL", "WAFL", "NEAFL"}) ||
         text::is_one_of_lowered(core, {"footy", "behinds", "behind's"});
}

// After "kicked" the pair ends its phrase: punctuation, the line's end or a linking word
// ("kicked 4.2 from 19 disposals"); "kicked 3.5 per cent", "booted 2.1 million users" are sums.
bool ends_tally(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return true;
  std::string_view next = words[i + 1].core;
  return text::is_function_word(text::lower(next)) && !text::is_one_of_lowered(next, {"per", "of", "percent", "million", "billion"});
}

bool has_checked_total(const Words& words, std::size_t i, int goals, int behinds) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return false;
  const Word& next = words[i + 1];
  return next.prefix == "(" && !next.suffix.empty() && next.suffix[0] == ')' && text::all_digits(next.core) &&
         next.core.size() <= 3 && std::stoi(std::string(next.core)) == goals * 6 + behinds;
}

// The pair at i is a tally by its own cue: a total that checks, or a verb of kicking before it.
bool tally_by_itself(const Words& words, std::size_t i) {
  auto score = split_score(words[i].core);
  if (!score) return false;
  int goals = std::stoi(std::string(score->left));
  int behinds = std::stoi(std::string(score->right));
  return has_checked_total(words, i, goals, behinds) || (i > 0 && kicks_goals(words[i - 1]) && ends_tally(words, i));
}

// "4.3 to 1.1": the pair joined by "to" to a tally is one too; in a line naming the league a
// bare "to" between two pairs is enough.
bool tally_beside(const Words& words, std::size_t i) {
  bool after_to = i >= 2 && text::is_one_of_lowered(words[i - 1].core, {"to"}) && words[i - 1].suffix.empty() &&
                  words[i - 2].suffix.empty() && split_score(words[i - 2].core);
  bool before_to = words[i].suffix.empty() && i + 2 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"to"}) &&
                   words[i + 1].suffix.empty() && split_score(words[i + 2].core);
  if (after_to && tally_by_itself(words, i - 2)) return true;
  if (before_to && tally_by_itself(words, i + 2)) return true;
  // "from 1.2 to 1.5" is a change of a sum, whatever the line names.
  std::size_t first = after_to ? i - 2 : i;
  bool changes = first > 0 && text::is_one_of_lowered(words[first - 1].core, {"from", "between", "by", "of", "about", "around"});
  return (after_to || before_to) && !changes && text::any_word(words, footy_word);
}

}  // namespace

std::optional<Match> match_footy_score(const Words& words, std::size_t i) {
  auto score = split_score(words[i].core);
  if (!score) return std::nullopt;
  if (!tally_by_itself(words, i) && !tally_beside(words, i)) return std::nullopt;
  return Match{1, cardinal_words(score->left) + " " + cardinal_words(score->right), false};
}

}  // namespace briefcast::rules
