// Australian football scores: goals and behinds joined by a point, with the total in brackets
// after them, "12.8 (80)" -> "twelve eight (eighty)". The total is six points a goal and one a
// behind, so the pair is a score only when its bracketed total checks out (never a decimal);
// "kicked 5.2" is a quarter's goals and behinds with no total.
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

}  // namespace

std::optional<Match> match_footy_score(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  auto score = split_score(words[i].core);
  if (!score) return std::nullopt;
  const Word& next = words[i + 1];
  int goals = std::stoi(std::string(score->left));
  int behinds = std::stoi(std::string(score->right));
  bool total = next.prefix == "(" && !next.suffix.empty() && next.suffix[0] == ')' && text::all_digits(next.core) &&
               next.core.size() <= 3 && std::stoi(std::string(next.core)) == goals * 6 + behinds;
  bool kicked = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"kicked", "kicking", "kicks"});
  if (!total && !kicked) return std::nullopt;
  return Match{1, cardinal_words(score->left) + " " + cardinal_words(score->right), false};
}

}  // namespace briefcast::rules
