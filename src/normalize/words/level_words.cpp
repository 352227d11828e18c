// A colour or a degree written in capitals as the value of an alert, a code or a status: "the
// aviation colour code went to RED", "alert level raised to ORANGE", "status: GREEN". It is the
// word, never an initialism: eSpeak NG spelt the short ones ("R E D", "L O W"). Only these words
// and only within a few words after the cue, so "code RNG" or "the RED Act" keep their letters.
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_level_cue(std::string_view core) {
  return text::is_one_of_lowered(core, {"code", "codes", "alert", "alerts", "status", "level", "levels", "warning",
                                        "warnings", "condition", "rating", "flag", "light", "threat"});
}

bool is_level_value(std::string_view core) {
  return text::is_one_of(core, {"RED", "AMBER", "ORANGE", "YELLOW", "GREEN", "BLUE", "BLACK", "WHITE", "PURPLE", "GREY",
                                "GRAY", "PINK", "BROWN", "LOW", "HIGH", "SEVERE", "EXTREME", "CRITICAL", "ELEVATED",
                                "GUARDED", "MODERATE", "SUBSTANTIAL"});
}

}  // namespace

bool is_level_word(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() || !is_level_value(words[i].core)) return false;
  // "RED", "AMBER" before a word in capitals belong to a name or a headline ("RED ALERT NOW").
  if (i + 1 < words.size() && words[i].suffix.empty() && text::all_upper(words[i + 1].core) &&
      words[i + 1].core.size() > 1) {
    return false;
  }
  // The cue within four words before, with no clause break between: "code went to RED".
  for (std::size_t k = i, steps = 0; k > 0 && steps < 4; --k, ++steps) {
    const Word& before = words[k - 1];
    if (is_level_cue(before.core)) return before.suffix.empty() || before.suffix == ":";
    if (!before.suffix.empty()) return false;
  }
  return false;
}

}  // namespace briefcast::rules
