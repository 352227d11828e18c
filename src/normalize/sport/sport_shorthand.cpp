// Capitals of sports copy that stand for words a commentator says in full: "reached the QF"
// (quarterfinal), "0.6 sec off the WR" (world record), "a new PB" (personal best), "an NR"
// (a national record), "scored on
// the PP" (power play), "the PK" (penalty kill), "won in OT" (overtime), "changes to the XV"
// (the team of fifteen), "trailed 20-3 at HT" (half-time), "level at FT" (full-time). Spelt as letters ("Q F", "W R", "X V") the word was lost on the
// listener. Each is read only after a word that makes it a noun of the match ("the", "a",
// "his", "in", "Boston's") and where the words around it are of its sport: "the PP" of
// Spanish politics, "the WR" of American football (a wide receiver) and "in OT" of a clinic
// stay as letters.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// The clause around the capitals read for its sport: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 16;

// An event of a racket sport, alone or joined ("mixed-doubles", "women's-singles").
bool names_event(std::string_view core) { return text::ends_with(core, "doubles") || text::ends_with(core, "singles"); }

bool tells_of_tournament(std::string_view core) {
  return is_sport_word(core) || names_event(text::lower(core)) || text::is_one_of_lowered(core, {"seed", "set", "sets", "tiebreak", "draw", "round",
                                                               "slam", "open", "semi", "final"});
}

// A race time to a fraction of a second ("4:02.50") is the dates rule's test (race_times.cpp).
bool tells_of_racing_clock(std::string_view core) {
  return is_race_time(core) || text::is_one_of_lowered(core, {"swam", "swim", "swimmer", "clocked", "freestyle", "butterfly", "backstroke",
                                        "breaststroke", "medley", "relay", "sprint", "sprinter", "marathon", "sec",
                                        "seconds", "lap", "heat", "heats", "pool", "track", "ran", "run"});
}

// A course's length is named only where the line is about swimming; the strokes' short names
// count here too ("LC 50 free").
bool tells_of_a_course(std::string_view core) {
  return tells_of_swimming(core) || text::is_one_of_lowered(core, {"free", "fly"});
}

}  // namespace

bool tells_of_gridiron(std::string_view core) {
  return text::is_one_of_lowered(core, {"receiver", "quarterback", "qb", "yards", "nfl", "touchdown", "touchdowns",
                                        "draft", "tight"});
}

namespace {

bool tells_of_hockey(std::string_view core) {
  return text::is_one_of_lowered(core, {"period", "puck", "goalie", "nhl", "saves", "shots", "power-play", "penalty",
                                        "penalties", "ice", "shorthanded", "short-handed", "outshot", "outshooting",
                                        "faceoff", "faceoffs", "goaltender", "netminder", "skaters"});
}

// Words of a match's state at the break or the end ("trailed 20-3 at HT", "led at FT").
bool tells_of_match_state(std::string_view core) {
  return is_sport_word(core) || text::is_one_of_lowered(core, {"led", "lead", "leading", "trailed", "trailing",
                                                               "level", "goal", "scored", "whistle", "rally",
                                                               "kick-off", "scoreline", "side", "hosts", "visitors"});
}

bool tells_of_rugby(std::string_view core) {
  return text::is_one_of_lowered(core, {"rugby", "try", "tries", "scrum", "lineout", "fly-half", "changes", "starting",
                                        "selected", "named", "bench", "squad", "test"});
}

bool racing_clock_not_gridiron(const Words& words, std::size_t i) {
  return text::any_word_near(words, i, kSpan, tells_of_racing_clock) &&
         !text::any_word_near(words, i, kSpan, tells_of_gridiron);
}

bool near_swimming(const Words& words, std::size_t i) { return text::any_word_near(words, i, kSpan, tells_of_a_course); }

bool near_tournament(const Words& words, std::size_t i) {
  return text::any_word_near(words, i, kSpan, tells_of_tournament);
}
bool near_hockey(const Words& words, std::size_t i) { return text::any_word_near(words, i, kSpan, tells_of_hockey); }
bool near_rugby(const Words& words, std::size_t i) { return text::any_word_near(words, i, kSpan, tells_of_rugby); }
// "at HT", "by FT": the break and the end are times of the match, after a preposition of time;
// after "the" the letters are more often a name ("the FT" of a newspaper).
bool at_match_state(const Words& words, std::size_t i) {
  return text::is_one_of_lowered(words[i - 1].core, {"at", "by", "after", "before", "until", "since"}) &&
         text::any_word_near(words, i, kSpan, tells_of_match_state);
}

struct Shorthand {
  std::string_view written;
  std::string_view said;
  bool (*sport)(const Words& words, std::size_t i);
};

constexpr std::array<Shorthand, 23> kShorthands = {{
    {"QF", "quarterfinal", near_tournament},
    {"QFs", "quarterfinals", near_tournament},
    {"SF", "semifinal", near_tournament},
    {"SFs", "semifinals", near_tournament},
    {"OT", "overtime", near_tournament},
    {"WR", "world record", racing_clock_not_gridiron},
    {"PB", "personal best", racing_clock_not_gridiron},
    {"PBs", "personal bests", racing_clock_not_gridiron},
    // A country's and a season's best marks, beside the personal one.
    {"NR", "national record", racing_clock_not_gridiron},
    {"NRs", "national records", racing_clock_not_gridiron},
    {"SB", "season's best", racing_clock_not_gridiron},
    {"SBs", "season's bests", racing_clock_not_gridiron},
    {"PP", "power play", near_hockey},
    {"PK", "penalty kill", near_hockey},
    {"XV", "fifteen", near_rugby},
    {"HT", "half-time", at_match_state},
    {"FT", "full-time", at_match_state},
    {"LC", "long-course", near_swimming},
    {"SC", "short-course", near_swimming},
    {"LCM", "long-course meters", near_swimming},
    {"SCM", "short-course meters", near_swimming},
    {"SCY", "short-course yards", near_swimming},
    {"AA", "all-around", near_gymnastics},
}};

// A word after which the capitals are a noun of the match: a determiner, "in" ("won in OT"),
// "at" or "by" ("trailed at HT"), a team's possessive ("Boston's PK"), or a figure with a point
// that the capitals name the kind of ("a 56.5 AA total").
bool makes_a_noun(const Word& before) {
  if (!before.suffix.empty()) return false;
  if (auto figure = text::parse_number(before.core); figure && figure->has_point && !figure->negative) return true;
  // "the mixed-doubles QF": the event's name before the round is a noun's qualifier too.
  return text::is_one_of_lowered(before.core, {"the", "a", "an", "his", "her", "their", "its", "new", "in", "at", "by",
                                               "first", "starting"}) ||
         names_event(text::lower(before.core)) ||
         text::ends_with(before.core, "'s") || text::ends_with(before.core, "s'");
}

// The word after: the clause ends, or a word in lower case ("the XV that started"); before a
// capitalised word the capitals may open a name ("the SF Giants", "the XV Corps").
bool ends_noun(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return true;
  std::string_view next = words[i + 1].core;
  return !next.empty() && !text::is_capitalized(next) && !text::all_upper(next);
}

}  // namespace

// A race time to a fraction of a second is the dates rule's test (race_times.cpp).
bool tells_of_swimming(std::string_view core) {
  return is_race_time(core) ||
         text::is_one_of_lowered(core, {"swim", "swims", "swam", "swimmer", "swimmers", "swimming", "pool", "freestyle",
                                        "butterfly", "backstroke", "breaststroke", "medley", "im", "relay", "relays",
                                        "heat", "heats", "lengths", "splits"});
}

namespace {

std::optional<Match> shorthand_at(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !makes_a_noun(words[i - 1]) || !ends_noun(words, i)) return std::nullopt;
  for (const Shorthand& s : kShorthands) {
    if (words[i].core == s.written) {
      if (!s.sport(words, i)) return std::nullopt;
      return Match{1, std::string(s.said), false};
    }
  }
  return std::nullopt;
}

// Badminton's and the other racket games' event codes: "the XD final", "a third-round MS
// match" (mixed doubles, men's singles). Among words of a racket game only, and as the noun of
// an event, before a word of the draw or after a determiner: "MS" is elsewhere a disease or a
// title, "MD" a doctor.
bool tells_of_racket_game(std::string_view core) {
  return text::is_one_of(core, {"BWF", "BWF's"}) ||
         text::is_one_of_lowered(core, {"badminton", "squash", "shuttle", "shuttler", "shuttlers", "shuttlecock",
                                        "court", "seed", "seeded", "seeds", "racket", "racquet", "smash", "smashes",
                                        "doubles", "singles", "rally", "rallies", "net", "tennis", "padel"});
}

// The game named, not only a court or a seed, which courts of law and tournaments share.
bool names_racket_game(std::string_view core) {
  return text::is_one_of(core, {"BWF", "BWF's"}) ||
         text::is_one_of_lowered(core, {"badminton", "squash", "shuttle", "shuttler", "shuttlers", "shuttlecock",
                                        "doubles", "singles", "padel"});
}

bool is_event_noun(std::string_view core) {
  return text::is_one_of_lowered(core, {"match", "matches", "final", "finals", "semi-final", "semifinal", "semi",
                                        "quarter-final", "quarterfinal", "title", "titles", "crown", "event", "draw",
                                        "gold", "silver", "bronze", "pair", "pairs", "partnership", "champion",
                                        "champions", "round", "tie", "rubber", "category", "medal", "duo"});
}

std::optional<Match> racket_event(const Words& words, std::size_t i) {
  static constexpr text::Said kEvents[] = {{"XD", "mixed doubles"}, {"MD", "men's doubles"}, {"WD", "women's doubles"},
                                           {"MS", "men's singles"}, {"WS", "women's singles"}};
  auto said = text::said_for(kEvents, words[i].core);
  if (!said || !words[i].prefix.empty()) return std::nullopt;
  bool noun_after = i + 1 < words.size() && words[i].suffix.empty() && is_event_noun(words[i + 1].core);
  bool noun_here = i > 0 && makes_a_noun(words[i - 1]) && ends_noun(words, i);
  // As a noun alone ("won the XD") only where the game itself is named: "an MD testified in court".
  bool cued = noun_after ? text::any_word_near(words, i, kSpan, tells_of_racket_game)
                         : noun_here && text::any_word_near(words, i, kSpan, names_racket_game);
  if (!cued) return std::nullopt;
  return Match{1, std::string(*said), false};
}

// "W7 L2", "W7 D1 L2", "(W9 L0)": a side's record of wins, draws and losses, each letter glued to
// its count, said as a commentator does ("won seven lost two"); spelt it was "W seven L two".
// No commas between the parts: a record is one figure of speech, said in one breath, and a pause
// at each comma broke it into three short phrases (a sentence's end is the long pause).
// The run must open with a win and close with a loss, so a lone "W7" (a bus, a postcode) stays.
std::optional<std::string> record_part(std::string_view core, char letter, std::string_view said) {
  if (core.size() < 2 || core.size() > 4 || core[0] != letter || !text::all_digits(core.substr(1))) return std::nullopt;
  return std::string(said) + " " + cardinal_words(core.substr(1));
}

std::optional<Match> win_loss_record(const Words& words, std::size_t i) {
  auto won = record_part(words[i].core, 'W', "won");
  if (!won || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  std::string said = *won;
  std::size_t k = i + 1;
  if (auto drawn = record_part(words[k].core, 'D', "drew"); drawn && words[k].suffix.empty() && k + 1 < words.size()) {
    said += " " + *drawn;
    ++k;
  }
  auto lost = record_part(words[k].core, 'L', "lost");
  if (!lost || !words[k].prefix.empty()) return std::nullopt;
  return Match{k - i + 1, said + " " + *lost, false};
}

}  // namespace

std::optional<Match> match_sport_shorthand(const Words& words, std::size_t i) {
  if (auto record = win_loss_record(words, i)) return record;
  if (auto event = racket_event(words, i)) return event;
  return shorthand_at(words, i);
}

}  // namespace briefcast::rules
