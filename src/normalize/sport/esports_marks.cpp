// Shorthand of competitive video games, which eSpeak NG read as other things or as letters:
//  - "612 GPM", "540 XPM": a figure of gold or experience per minute among words of esports
//    (elsewhere "GPM" is gallons per minute, which the unit table reads);
//  - "Bo3", "BO5", "bo5": a series (of games, or of darts' legs and sets, snooker's frames)
//    played as the best of that many, among words of esports, of darts or of matches ("played
//    Bo3" had been "bo three", "best of" lost);
//  - "4f punish", "a 12f startup": a figure joined to "f" before a fighting game's word is a
//    count of frames ("four-frame punish"), the letter had been said alone;
//  - "AWPer": the sniper of a Counter-Strike team, said as one word ("awper"), not spelled.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// A word of the matches a series is played in, for "Bo3" in a line that names no game's words.
bool tells_of_matches(std::string_view core) {
  return tells_of_esports(core) ||
         text::is_one_of_lowered(core, {"match", "matches", "series", "played", "final", "finals", "semifinal",
                                        "semifinals", "quarterfinal", "quarterfinals", "playoffs", "round", "games",
                                        "semi-final", "semi-finals", "quarter-final", "quarter-finals", "legs",
                                        "sets", "frames", "snooker"}) ||
         tells_of_darts(core);
}

// "612 GPM", "540 XPM": spaced after their figure, among words of esports.
std::optional<Match> per_minute(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view letters = words[i + 1].core;
  std::string_view what = letters == "GPM" ? "gold" : letters == "XPM" ? "experience" : "";
  auto figure = text::parse_plain_figure(words[i].core);
  if (what.empty() || !figure || !text::any_word_near(words, i, 12, tells_of_esports)) return std::nullopt;
  return Match{2, number_words(*figure, false) + " " + std::string(what) + " per minute", false};
}

// "Bo3", "BO5", "Bo1": one odd figure up to nine after the letters.
std::optional<Match> best_of(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 3 || (core[0] != 'B' && core[0] != 'b') || (core[1] != 'o' && core[1] != 'O') || !text::is_digit(core[2]) ||
      (core[2] - '0') % 2 == 0) {
    return std::nullopt;
  }
  if (!text::any_word_near(words, i, 12, tells_of_matches)) return std::nullopt;
  return Match{1, "best of " + cardinal_words(core.substr(2)), false};
}

// "4f punish", "a 12f startup": frames, joined to their figure, before a fighting game's word.
std::optional<Match> frames(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 3 || core.back() != 'f' || !words[i].suffix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = core.substr(0, core.size() - 1);
  if (!text::all_digits(figure) || figure[0] == '0' || !tells_of_fighting_games(words[i + 1].core)) return std::nullopt;
  return Match{1, text::hyphenated(cardinal_words(figure) + " frame"), false};
}

}  // namespace

std::optional<Match> match_esports_mark(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core == "AWPer" || core == "AWPers") return Match{1, core == "AWPer" ? "Awper" : "Awpers", false};
  if (core.empty()) return std::nullopt;
  if (core[0] == 'B' || core[0] == 'b') return best_of(words, i);
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto m = per_minute(words, i)) return m;
  return frames(words, i);
}

}  // namespace briefcast::rules
