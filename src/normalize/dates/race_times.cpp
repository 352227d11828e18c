// A race time written like a clock: "won in 18:42", "ran 4:02 for the mile", "a time of 9:58",
// "a 2:01:37 marathon". Figures a clock could show were read as a time of day ("eighteen forty
// two"), and a result before a noun as a plural amount ("two hours one minute and thirty seven
// seconds marathon"). In a line about a race, after "in" or "of" or a timing verb, "M:SS" is
// minutes and seconds; before a noun a result is one compound adjective, its units singular
// ("a two-hour-one-minute-thirty-seven-second marathon"), as for "a 3'20 lead".
// Times past a clock's hours ("27:43") and with tenths ("1:52.3") had readings of their own.
#include <array>

#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_race_word(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"ran", "run", "runs", "running", "runner", "race", "races", "raced", "marathon", "half-marathon", "clocked",
             "timed", "swam", "swim", "swims", "swimmer", "parkrun", "10k", "5k", "km", "mile", "freestyle", "backstroke",
             "breaststroke", "butterfly", "medley", "relay", "sprint", "pb", "heat", "lap", "laps", "triathlon", "stage",
             "time-trial", "won", "win", "wins", "finished", "finish", "completed", "crossed", "record", "personal", "best"});
}

// The word before a race time: "in 18:42", "a time of 9:58", "ran 4:02", "clocked 58:10".
bool is_result_cue(std::string_view core) {
  return text::is_one_of_lowered(core, {"in", "of", "ran", "run", "clocked", "timed", "swam", "posted", "recorded"});
}

bool two_digits(std::string_view s) { return s.size() == 2 && text::all_digits(s); }

// "18:42" -> {"", "18", "42"}, "2:01:37" -> {"2", "01", "37"}: hours (empty when none), minutes
// and seconds, each within a clock's bounds; nullopt for any other shape.
std::optional<std::array<std::string_view, 3>> elapsed_parts(std::string_view core) {
  std::size_t colon = core.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > 2) return std::nullopt;
  std::string_view first = core.substr(0, colon);
  std::string_view rest = core.substr(colon + 1);
  std::size_t colon2 = rest.find(':');
  if (!text::all_digits(first)) return std::nullopt;
  if (colon2 == std::string_view::npos) {
    if (!two_digits(rest) || rest > "59") return std::nullopt;
    return std::array<std::string_view, 3>{"", first, rest};
  }
  std::string_view minutes = rest.substr(0, colon2);
  std::string_view seconds = rest.substr(colon2 + 1);
  if (first.size() != 1 || !two_digits(minutes) || !two_digits(seconds) || minutes > "59" || seconds > "59") return std::nullopt;
  return std::array<std::string_view, 3>{first, minutes, seconds};
}

// Each unit with its figure, a unit at zero left out; `adjective` keeps every unit singular.
std::string elapsed(const std::array<std::string_view, 3>& parts, bool adjective) {
  return elapsed_time_words(parts, {.adjective = adjective});
}

}  // namespace

std::optional<Match> match_race_time(const Words& words, std::size_t i) {
  auto parts = elapsed_parts(words[i].core);
  if (!parts) return std::nullopt;
  // "at 18:42 pm": an am/pm makes it a clock.
  if (i + 1 < words.size() && words[i].suffix.empty() && is_am_pm(words[i + 1].core)) return std::nullopt;
  if (!text::any_word_near(words, i, 8, is_race_word)) return std::nullopt;
  if (elapsed(*parts, false).empty()) return std::nullopt;
  // Before a noun "M:SS" is often a race's start ("won the 3:15 race"): a result only after a
  // timing verb and "a" ("ran an 18:42 parkrun"); "H:MM:SS" is a result wherever it stands.
  bool timed = i >= 2 && text::is_one_of_lowered(words[i - 1].core, {"a", "an"}) &&
               text::is_one_of_lowered(words[i - 2].core, {"ran", "run", "clocked", "timed", "swam", "posted", "recorded"});
  if (is_adjectival(words, i, 1) && (!(*parts)[0].empty() || timed)) return Match{1, elapsed(*parts, true), false};
  // A bare "M:SS" is a result only straight after its cue; "H:MM:SS" reads as a duration already.
  if (!(*parts)[0].empty() || i == 0 || !words[i - 1].suffix.empty() || !is_result_cue(words[i - 1].core)) {
    return std::nullopt;
  }
  return Match{1, elapsed(*parts, false), false};
}

}  // namespace briefcast::rules
