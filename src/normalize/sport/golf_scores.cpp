// A golfer's score against par written with a sign: "reaching -9 through 11 holes", "a birdie
// for 68 (-4)", "+2 after a bogey". Golf says a score under par "nine under" and over it "three
// over"; "minus nine" and "plus three" are a leaderboard's symbols read aloud. Read only in a
// clause of golf (birdie, bogey, holes, putts: not "par" or "greens", which stand elsewhere as
// often), and only for whole figures a round or a tournament reaches, so a temperature's "-9",
// a poll's "the Greens -1 pt" or a betting line's "-3.5" keeps its sign.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// The clause around the score read for its sport: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 12;

}  // namespace

std::optional<Match> match_golf_score(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if ((!w.prefix.empty() && w.prefix != "(") || w.core.size() < 2 || w.core.size() > 3) return std::nullopt;
  bool under = w.core[0] == '-';
  if (!under && w.core[0] != '+') return std::nullopt;
  std::string_view figure = w.core.substr(1);
  if (!text::all_digits(figure) || figure[0] == '0' || std::stoi(std::string(figure)) > 40) return std::nullopt;
  // "temperatures of -9", "odds of +3": a word of golf must stand in the clause.
  if (!text::any_word_near(words, i, kSpan, tells_of_golf)) return std::nullopt;
  return Match{1, cardinal_words(figure) + (under ? " under" : " over"), false};
}

}  // namespace briefcast::rules
