// Australian football scores: goals and behinds joined by a point, with the total in brackets
// after them, "12.8 (80)" -> "twelve eight (eighty)". The total is six points a goal and one a
// behind, so the pair is a score only when its bracketed total checks out (never a decimal);
// "kicked 5.2" is a quarter's goals and behinds with no total.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

struct GoalsBehinds {
  std::string_view goals;
  std::string_view behinds;
};

std::optional<GoalsBehinds> split_score(std::string_view core) {
  std::size_t point = core.find('.');
  if (point == std::string_view::npos || point == 0 || point > 2 || core.size() - point - 1 > 2 ||
      core.size() - point - 1 == 0) {
    return std::nullopt;
  }
  GoalsBehinds g{core.substr(0, point), core.substr(point + 1)};
  if (!text::all_digits(g.goals) || !text::all_digits(g.behinds)) return std::nullopt;
  // "5.05" is a decimal; a count of behinds has no leading zero.
  if (g.behinds.size() == 2 && g.behinds[0] == '0') return std::nullopt;
  return g;
}

}  // namespace

std::optional<Match> match_footy_score(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  auto score = split_score(words[i].core);
  if (!score) return std::nullopt;
  const Word& next = words[i + 1];
  int goals = std::stoi(std::string(score->goals));
  int behinds = std::stoi(std::string(score->behinds));
  bool total = next.prefix == "(" && !next.suffix.empty() && next.suffix[0] == ')' && text::all_digits(next.core) &&
               next.core.size() <= 3 && std::stoi(std::string(next.core)) == goals * 6 + behinds;
  bool kicked = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"kicked", "kicking", "kicks"});
  if (!total && !kicked) return std::nullopt;
  return Match{1, cardinal_words(score->goals) + " " + cardinal_words(score->behinds), false};
}

}  // namespace briefcast::rules
