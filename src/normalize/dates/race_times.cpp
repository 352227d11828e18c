// A race time written like a clock: "won in 18:42", "ran 4:02 for the mile", "a time of 9:58",
// "a 2:01:37 marathon". Figures a clock could show were read as a time of day ("eighteen forty
// two"), and a result before a noun as a plural amount ("two hours one minute and thirty seven
// seconds marathon"). In a line about a race, after "in" or "of" or a timing verb, "M:SS" is
// minutes and seconds; before a noun a result is one compound adjective, its units singular
// ("a two-hour-one-minute-thirty-seven-second marathon"), as for "a 3'20 lead".
// Times past a clock's hours ("27:43") had readings of their own. After a cue of length ("must
// last no more than 1:30", "songs under 3:30") in a line of a timed performance "M:SS" is
// minutes and seconds too; "at 1:30" stays a clock.
// A signed time in a line about a classification ("3rd overall at +1:47") is a gap to the
// leader, minutes and seconds (match_race_gap); read as a clock it was "plus one forty seven".
// A time to a fraction of a second ("1:52.3", "4:02.50") is a race's wherever it stands, as no
// clock shows one: speak_race_time reads it for the time rule, and is_race_time is the one test
// of that shape for the rules that read a line as one about a race.
#include <array>
#include <vector>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

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

// Things timed in minutes and seconds, as a limit is set for them ("routines must last no more
// than 1:30", "songs of under 3:30"); with a cue of length before it "M:SS" is such a span.
bool is_timed_performance(std::string_view core) {
  return is_race_word(core) || tells_of_gymnastics(core) ||
         text::is_one_of_lowered(core, {"routine", "routines", "program", "programme", "programs", "programmes",
                                        "exercise", "exercises", "performance", "performances", "skate", "dance",
                                        "dances", "song", "songs", "video", "videos", "clip", "clips", "speech",
                                        "speeches", "pitch", "pitches", "trailer", "advert", "adverts", "set"});
}

// Words of a long race, where "2:30" after a cue of length is hours and minutes, not minutes.
bool is_long_race(std::string_view core) {
  return text::is_one_of_lowered(core, {"marathon", "marathons", "half-marathon", "ultra", "ironman", "triathlon"});
}

// The words before position i that make what follows a length of time: "under", "within",
// "last", "lasting", "no more than", "less than", "up to", "a limit of".
bool after_length_cue(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  if (text::is_one_of_lowered(before, {"under", "within", "last", "lasts", "lasted", "lasting", "maximum", "minimum"})) {
    return true;
  }
  if (i < 2 || !words[i - 2].suffix.empty()) return false;
  std::string_view earlier = words[i - 2].core;
  if (text::iequals(before, "than")) return text::is_one_of_lowered(earlier, {"more", "less", "longer", "shorter"});
  if (text::iequals(before, "to")) return text::iequals(earlier, "up");
  return text::iequals(before, "of") && text::is_one_of_lowered(earlier, {"limit", "length", "duration", "maximum", "minimum"});
}

// Words of a service's response, a span ambulance and call statistics give in minutes and
// seconds ("a mean response time of 8:42", "Category 2 calls averaged 47:13"). A wait is no
// such word: waits in A&E or on a trolley run to hours ("waited 4:30").
bool is_response_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"response", "responses", "category", "cat"});
}

// "averaged 47:13", "a response time of 8:42": after a verb of measured time, or after "in" or
// "of", in a line of a service's response, "M:SS" is minutes and seconds; past a clock's hours
// ("averaged 47:13", "lasted 45:00") the verb alone says so, for "took 2:30" may be hours. The
// span must end its phrase: a word after it ("2:30 hours", "10:30 traffic") says what it is.
bool after_duration_cue(const Words& words, std::size_t i, std::string_view first) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  bool ends_phrase = !words[i].suffix.empty() || i + 1 == words.size() || is_not_noun(words[i + 1].core) ||
                     text::is_one_of_lowered(words[i + 1].core, {"last", "next", "this"});  // "... 52:40 last month"
  if (!ends_phrase) return false;
  std::string_view before = words[i - 1].core;
  bool verb = text::is_one_of_lowered(before, {"averaged", "averaging", "took", "lasted"});
  bool place = text::is_one_of_lowered(before, {"in", "of"});
  bool past_hours = first.size() == 2 && first > "24";
  return (verb && past_hours) || ((verb || place) && text::any_word_near(words, i, 6, is_response_word));
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

// A race time to a fraction of a second: the figures of each part, the hours empty when none.
struct TimeToFraction {
  std::string_view hours;
  std::string_view minutes;
  std::string_view seconds;
  std::string_view fraction;
};

// "3:43.13", "2:08:35.2", "1:22.109s": one or two figures, then minutes and seconds of two
// figures within a clock's bounds, a point and one to three figures; nullopt for any other shape.
std::optional<TimeToFraction> time_to_fraction(std::string_view s) {
  // "1:22.109s": timing sheets put the seconds' unit after the figures.
  if (text::ends_with(s, "s")) s.remove_suffix(1);
  std::size_t point = s.find('.');
  std::size_t colon = s.find(':');
  if (point == std::string_view::npos || colon == std::string_view::npos || point < colon) return std::nullopt;
  std::string_view fraction = s.substr(point + 1);
  if (fraction.empty() || fraction.size() > 3 || !text::all_digits(fraction)) return std::nullopt;
  std::vector<std::string_view> parts = text::split(s.substr(0, point), ':');
  if (parts.size() > 3 || parts[0].empty() || parts[0].size() > 2 || !text::all_digits(parts[0])) return std::nullopt;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    if (!two_digits(parts[k]) || parts[k] > "59") return std::nullopt;
  }
  return TimeToFraction{parts.size() == 3 ? parts[0] : "", parts[parts.size() - 2], parts.back(), fraction};
}

// Each unit with its figure, a unit at zero left out; `adjective` keeps every unit singular.
std::string elapsed(const std::array<std::string_view, 3>& parts, bool adjective) {
  return elapsed_time_words(parts, {.adjective = adjective});
}

// Words of a classification, where a signed time is a rider's or a driver's gap to the leader.
bool is_standings_word(std::string_view core) {
  return is_race_word(core) ||
         text::is_one_of_lowered(core, {"overall", "gc", "behind", "gap", "gaps", "leader", "leaders", "standings",
                                        "classification", "peloton", "jersey", "rally", "podium", "deficit", "trails"});
}

}  // namespace

bool tells_of_race(std::string_view core) { return is_race_word(core); }

std::optional<Match> match_race_gap(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core[0] != '+' || !words[i].prefix.empty()) return std::nullopt;
  auto parts = elapsed_parts(core.substr(1));
  if (!parts || !text::any_word_near(words, i, 8, is_standings_word)) return std::nullopt;
  std::string spoken = elapsed(*parts, false);
  if (spoken.empty()) return std::nullopt;
  // "at +1:47", "by +0:32": the word before already says it is a gap; alone the sign is said.
  bool placed = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"at", "by", "of"});
  return Match{1, placed ? spoken : "plus " + spoken, false};
}

bool is_race_time(std::string_view core) { return time_to_fraction(core).has_value(); }

std::optional<std::string> speak_race_time(std::string_view core) {
  auto time = time_to_fraction(core);
  if (!time) return std::nullopt;
  // "4:38.00", "2:10.0": a fraction of zeros is said "flat", as a commentator says a time on the
  // second ("four minutes thirty eight flat"); "point o o" was a timing sheet read aloud.
  if (time->fraction.find_first_not_of('0') == std::string_view::npos) {
    std::string out = elapsed_time_words({time->hours, time->minutes, ""}, {});
    std::string_view secs = time->seconds;
    while (secs.size() > 1 && secs.front() == '0') secs.remove_prefix(1);
    if (out.empty()) return cardinal_words(secs) + " seconds flat";
    return out + (secs == "0" ? "" : " " + cardinal_words(secs)) + " flat";
  }
  // The hours and minutes before the seconds, those at zero left out; the seconds keep their fraction.
  std::string out = elapsed_time_words({time->hours, time->minutes, ""}, {});
  if (!out.empty()) out += " ";
  std::string_view whole = time->seconds[0] == '0' ? time->seconds.substr(1) : time->seconds;  // "05" is said "5"
  return out + *speak_decimal(std::string(whole) + "." + std::string(time->fraction)) + " seconds";
}

std::optional<Match> match_race_time(const Words& words, std::size_t i) {
  auto parts = elapsed_parts(words[i].core);
  if (!parts) return std::nullopt;
  // "at 18:42 pm": an am/pm makes it a clock.
  if (i + 1 < words.size() && words[i].suffix.empty() && is_am_pm(words[i + 1].core)) return std::nullopt;
  if (elapsed(*parts, false).empty()) return std::nullopt;
  // "must last no more than 1:30": after a cue of length, in a line about a timed performance,
  // "M:SS" is a span of minutes and seconds, never a clock ("one minute thirty seconds").
  if ((*parts)[0].empty() && after_length_cue(words, i) && text::any_word_near(words, i, 8, is_timed_performance) &&
      !text::any_word_near(words, i, 8, is_long_race)) {
    return Match{1, elapsed(*parts, false), false};
  }
  // "Cat 2 averaged 47:13": a measured wait or response, not a score nor a clock.
  if ((*parts)[0].empty() && after_duration_cue(words, i, (*parts)[1])) {
    return Match{1, elapsed(*parts, false), false};
  }
  if (!text::any_word_near(words, i, 8, is_race_word)) return std::nullopt;
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
