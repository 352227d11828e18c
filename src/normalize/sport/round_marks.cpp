// A round of a fight or of a golf tournament written "R3": "stopped at 2:47 of R3", "led after
// R2". The round's number after R is what a commentator says, "round three"; spelt "R three",
// the round was lost. Read only after a preposition ("of", "in", "after") in a clause of a fight,
// of golf or of a racing series (up to 24 rounds a season), so a road, a model or a gene's "R3" stays a code.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// The clause around the mark read for its sport: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 16;

bool tells_of_rounds(std::string_view core) {
  if (tells_of_golf(core)) return true;
  // A fight's words. "par", "lead" and "led" are no cue: "the lead singer of R5" is a band.
  return text::is_one_of_lowered(core, {"fight", "fights", "bout", "punch", "punches", "ko", "tko", "knockout",
                                        "knocked", "knockdown", "stopped", "stoppage", "referee", "judges", "boxer",
                                        "boxing", "ufc", "mma"}) ||
         // A racing series' rounds ("standings after R11"): its table, its races and its riders.
         text::is_one_of_lowered(core, {"standings", "championship", "race", "races", "podium", "prix", "motogp",
                                        "superbike", "rider", "riders", "driver", "drivers", "sprint", "qualifying",
                                        "laps", "rally"});
}

}  // namespace

std::optional<Match> match_round_mark(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || core.size() < 2 || core.size() > 3 || core[0] != 'R' || core[1] == '0' || !words[i].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view round = core.substr(1);
  if (!text::all_digits(round) || std::stoi(std::string(round)) > 24) return std::nullopt;
  if (!words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"of", "in", "after", "before", "during", "into", "through"})) {
    return std::nullopt;
  }
  if (!text::any_word_near(words, i, kSpan, tells_of_rounds)) return std::nullopt;
  return Match{1, "round " + cardinal_words(round), false};
}

}  // namespace briefcast::rules
