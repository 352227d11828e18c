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

// Words of the weather's temperature, whose "-12" is minus twelve even in a golf report's line
// ("temperatures at -2 in Melbourne", "a frost of -4", "a wind chill of -7"). Not "high",
// "low" or "overnight": golf says them of scores ("a tournament high -11", "the overnight
// leader at -10").
bool tells_of_weather_temperature(std::string_view core) {
  return text::is_one_of_lowered(core, {"temperature", "temperatures", "degrees", "frost", "cold", "chill",
                                        "forecast"});
}

// A word of temperature within four words before the signed figure at i.
bool temperature_before(const Words& words, std::size_t i) {
  constexpr std::size_t kBefore = 4;
  for (std::size_t k = i > kBefore ? i - kBefore : 0; k < i; ++k) {
    if (tells_of_weather_temperature(words[k].core)) return true;
  }
  return false;
}

// "-3.", "at -3!": a word whose mark ends a sentence.
bool ends_sentence(const Word& w) { return w.suffix.find_first_of(".!?") != std::string_view::npos; }

// "-9", "+3", "(-4)": a sign and a whole figure a round or a tournament reaches.
bool score_shaped(const Word& w) {
  if ((!w.prefix.empty() && w.prefix != "(") || w.core.size() < 2 || w.core.size() > 3) return false;
  if (w.core[0] != '-' && w.core[0] != '+') return false;
  std::string_view figure = w.core.substr(1);
  return text::all_digits(figure) && figure[0] != '0' && std::stoi(std::string(figure)) <= 40;
}

// A word of golf in the clause around i ("temperatures of -9", "odds of +3" have none), or an
// earlier score of the same shape that has one: "a bogey-free 66 to sit at -12, two clear of
// the overnight leader at -10" names golf once for both scores.
// Both the earlier score and its word of golf stand in i's sentence.
bool golf_clause(const Words& words, std::size_t i) {
  if (text::any_word_near(words, i, kSpan, tells_of_golf)) return true;
  std::size_t start = i;
  while (start > 0 && !ends_sentence(words[start - 1])) --start;
  bool golf_before = false;
  bool score_before = false;
  for (std::size_t k = start; k < i; ++k) {
    golf_before = golf_before || tells_of_golf(words[k].core);
    score_before = score_before || (golf_before && score_shaped(words[k]) && i - k <= kSpan);
  }
  return score_before;
}

}  // namespace

std::optional<Match> match_golf_score(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!score_shaped(w)) return std::nullopt;
  if (!golf_clause(words, i) || temperature_before(words, i)) return std::nullopt;
  return Match{1, cardinal_words(w.core.substr(1)) + (w.core[0] == '-' ? " under" : " over"), false};
}

}  // namespace briefcast::rules
