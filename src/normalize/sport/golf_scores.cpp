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

}  // namespace

std::optional<Match> match_golf_score(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if ((!w.prefix.empty() && w.prefix != "(") || w.core.size() < 2 || w.core.size() > 3) return std::nullopt;
  bool under = w.core[0] == '-';
  if (!under && w.core[0] != '+') return std::nullopt;
  std::string_view figure = w.core.substr(1);
  if (!text::all_digits(figure) || figure[0] == '0' || std::stoi(std::string(figure)) > 40) return std::nullopt;
  // "temperatures of -9", "odds of +3": a word of golf must stand in the clause.
  if (!text::any_word_near(words, i, kSpan, tells_of_golf) || temperature_before(words, i)) return std::nullopt;
  return Match{1, cardinal_words(figure) + (under ? " under" : " over"), false};
}

}  // namespace briefcast::rules
