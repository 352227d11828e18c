// Marks of single sports, each known by the words of its line: a golfer's place shared with
// others ("T4" -> "tied fourth") and score against par ("at -12" -> "twelve under"); a side named
// by its number of players in roman numerals ("an unchanged XV" -> "fifteen"); and a football
// minute in stoppage time ("the 90+3rd minute" -> "ninety third") or with its minute mark
// ("in the 88'" -> "the eighty eighth minute"); a race named by its distance ("the 1500m");
// and Gaelic games' goals and points ("won by 1-15 to 0-20"); a circuit's corner ("into T1" ->
// "into turn one"); a bet each way ("E/W").
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

bool is_golf_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"golf", "golfer", "birdie", "birdies", "bogey", "bogeys", "double-bogey", "eagle",
                                             "eagles", "par", "pga", "lpga", "holes", "leaderboard", "fairway", "fairways",
                                             "putt", "putts", "tee", "green", "greens"});
}

// "T4", "T-12": tied for a place on a golf leaderboard.
std::optional<Match> golf_place(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core[0] != 'T') return std::nullopt;
  std::string_view place = core.substr(core[1] == '-' ? 2 : 1);
  if (place.empty() || place.size() > 2 || !text::all_digits(place) || place[0] == '0') return std::nullopt;
  if (!text::any_word(words, is_golf_word)) return std::nullopt;
  return Match{1, "tied " + ordinal_words(place), false};
}

// "at -12", "a +3 round": strokes under or over par, never "minus twelve".
std::optional<Match> golf_score(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  bool under = text::starts_with(core, "-") || text::starts_with(core, "\u2212");
  bool over = text::starts_with(core, "+");
  if (!under && !over) return std::nullopt;
  std::string_view strokes = core.substr(text::starts_with(core, "\u2212") ? 3 : 1);
  if (strokes.empty() || strokes.size() > 2 || !text::all_digits(strokes) || strokes[0] == '0') return std::nullopt;
  // A score stands after a word that places a player on it ("at -12", "finished -8", "a +3").
  std::string before = i > 0 && words[i - 1].suffix.empty() ? text::lower(words[i - 1].core) : "";
  if (!text::is_one_of(before, {"at", "to", "on", "is", "was", "finished", "shot", "carded", "fired", "reached", "a",
                                "sits", "stands", "signed", "posted", "closed", "of"}) ||
      !text::any_word(words, is_golf_word)) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(strokes) + (under ? " under" : " over"), false};
}

bool is_team_word(std::string_view core) {
  return is_sport_word(core) || text::is_one_of_lowered(core, {"rugby", "football", "cricket", "test", "squad", "side",
                                                                    "named", "selection", "captain", "unchanged", "starting",
                                                                    "fixture", "kick-off", "tour"});
}

// "an unchanged XV", "the starting XI", "a youthful England XIII": a side named by its number
// of players, "fifteen", never the letters or a king's "the fifteenth".
std::optional<Match> side_numeral(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view said = core == "XI" ? "eleven" : core == "XV" ? "fifteen" : core == "XIII" ? "thirteen" : "";
  if (said.empty() || i == 0 || !words[i - 1].suffix.empty() || !words[i].prefix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  // After a lowercase word ("starting XI"), or a team's name after an article ("an England XV");
  // "Louis XV" and "Pope Benedict XV" stay regnal.
  bool lower = !before.empty() && text::all_alpha(before) && text::lower(before) == before;
  // "the 2nd XI": a club's sides by their order.
  lower = lower || text::is_one_of_lowered(before, {"1st", "2nd", "3rd", "4th", "5th"});
  bool named = i >= 2 && text::is_capitalized(before) && words[i - 2].suffix.empty() &&
               text::is_one_of_lowered(words[i - 2].core, {"a", "an", "the", "their", "his"});
  if ((!lower && !named) || !text::any_word(words, is_team_word)) return std::nullopt;
  return Match{1, std::string(said), false};
}

// "90+3rd", "45+2": a minute of stoppage time after a half's end, said as the minute it is.
std::optional<std::string> stoppage_minute(std::string_view core) {
  std::size_t plus = core.find('+');
  if (plus == std::string_view::npos || !text::is_one_of(core.substr(0, plus), {"45", "90", "105", "120"})) return std::nullopt;
  std::string_view extra = core.substr(plus + 1);
  std::size_t digits = text::digit_run_end(extra, 0);
  if (digits == 0 || digits > 2 || extra[0] == '0') return std::nullopt;
  std::string_view suffix = extra.substr(digits);
  int minute = std::stoi(std::string(core.substr(0, plus))) + std::stoi(std::string(extra.substr(0, digits)));
  std::string figure = std::to_string(minute);
  if (suffix.empty()) return figure;
  auto ordinal = speak_ordinal(std::string(extra.substr(0, digits)) + std::string(suffix));
  if (!ordinal) return std::nullopt;
  return ordinal_words(figure);
}

bool is_football_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"scored", "score", "goal", "goals", "minute", "minutes", "penalty", "equaliser",
                                             "equalizer", "header", "winner", "red", "booked", "substitute", "striker",
                                             "netted", "match", "kick-off", "half"});
}

// "the 90+3rd minute", "in the 88'", "the 90+2'": a football minute. The minute mark after a
// figure after "the" in a line about a match is "minute".
std::optional<Match> match_minute(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool mark = w.suffix == "'" || w.suffix == "\u2019" || w.suffix == "'." || w.suffix == "\u2019." ||
              w.suffix == "'," || w.suffix == "\u2019,";
  std::optional<std::string> stoppage = stoppage_minute(w.core);
  if (stoppage && text::is_digit(stoppage->back()) && !mark) return std::nullopt;
  if (stoppage && !mark) return Match{1, *stoppage, false};
  bool figure = !w.core.empty() && w.core.size() <= 3 && text::all_digits(w.core) && w.core[0] != '0' &&
                std::stoi(std::string(w.core)) <= 120;
  if (!mark || !w.prefix.empty() || (!figure && !stoppage) || i == 0 || !words[i - 1].suffix.empty() ||
      text::lower(words[i - 1].core) != "the" || !text::any_word(words, is_football_word)) {
    return std::nullopt;
  }
  std::string minute = stoppage ? *stoppage : std::string(w.core);
  // "the 90' minute": the word itself follows the mark.
  bool named = i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"minute", "min", "mins"});
  std::string unit = named ? "" : " minute";
  // The mark is said as "minute"; left in, eSpeak NG pauses at it as at a sentence end.
  if (!text::all_digits(minute)) return Match{1, minute + unit, false, true};
  return Match{1, ordinal_words(minute) + unit, false, true};
}

// "the 1500m", "the women's 400m final": a race named by its distance, said as athletics says
// it ("the fifteen hundred meters"), never a thing one thousand five hundred meters long.
std::optional<Match> race_distance(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.back() != 'm' || i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string figure;
  for (char c : core.substr(0, core.size() - 1)) {
    if (c != ',') figure += c;
  }
  if (!text::is_one_of(figure, {"60", "100", "110", "200", "400", "800", "1500", "3000", "5000", "10000"})) return std::nullopt;
  std::string before = text::lower(words[i - 1].core);
  if (!text::is_one_of(before, {"the", "a", "women's", "men's", "his", "her", "their", "mixed"}) ||
      !text::any_word(words, tells_of_race_distance)) {
    return std::nullopt;
  }
  // The race ends its phrase or names what was run in it ("the 1500m final"); "the 100m
  // budget" of an Olympic bid is money.
  std::string after = words[i].suffix.empty() && i + 1 < words.size() ? text::lower(words[i + 1].core) : "";
  // "the 100m record fee" is a transfer's money: "record" and "title" only cue the line.
  bool named = after.empty() || (tells_of_race_distance(after) && after != "record" && after != "title") ||
               text::is_function_word(after) ||
               text::is_one_of(after, {"world", "finals", "semi-final", "semifinal", "champion", "crown", "event"});
  if (!named) return std::nullopt;
  // "the 1500m" is "fifteen hundred", as the measure rules say a race's hundreds; "the 3000m"
  // "three thousand".
  return Match{1, race_hundreds_words(figure).value_or(cardinal_words(figure)) + " meters", false};
}

// "1-15", "0-20": goals and points, a figure of goals (up to six) and one of points, said side by
// side with "nil" for no goals ("one fifteen", "nil twenty"), as Irish broadcasters say them.
std::optional<std::string> goals_and_points(std::string_view core) {
  std::size_t dash = core.find('-');
  if (dash != 1 || core.size() < 3 || core.size() > 4 || !text::all_digits(core.substr(0, 1)) ||
      !text::all_digits(core.substr(2)) || core[0] > '6' || (core.size() == 4 && core[2] == '0')) {
    return std::nullopt;
  }
  std::string goals = core[0] == '0' ? std::string("nil") : cardinal_words(core.substr(0, 1));
  return goals + " " + cardinal_words(core.substr(2));
}

bool is_result_verb(std::string_view core) {
  return text::is_one_of_lowered(core, {"beat", "beats", "won", "win", "wins", "lost", "led", "leads", "trailed",
                                             "defeated", "drew", "hurling", "gaa", "all-ireland", "camogie"});
}

// "beat Galway by 0-20 to 0-16": two totals of goals and points joined by "to" in a line of a
// result. Read one by one they were ranges ("zero to twenty to zero to sixteen").
}  // namespace

std::optional<Match> gaelic_score(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "to" || !words[i + 1].suffix.empty() ||
      !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  auto first = goals_and_points(words[i].core);
  auto second = goals_and_points(words[i + 2].core);
  if (!first || !second || !text::any_word_near(words, i, 12, is_result_verb)) return std::nullopt;
  return Match{3, *first + " to " + *second, false};
}

namespace {

bool is_motor_racing_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"lap", "laps", "pole", "grid", "chicane", "hairpin", "corner", "corners",
                                        "overtake", "overtook", "overtaking", "braking", "drs", "pit", "pits", "apex",
                                        "f1", "motogp", "indycar", "nascar", "formula", "qualifying", "circuit"});
}

// "into T1", "at T3", "exiting T10": a corner of a circuit, "turn one", after a word of going
// through it in a line of motor racing. Elsewhere "T1" is an airport's terminal, a diabetes type
// or a scan, and golf's "T4" is a shared place (golf_place).
std::optional<Match> circuit_turn(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 3 || core[0] != 'T' || !text::all_digits(core.substr(1)) || core[1] == '0' ||
      i == 0 || !words[i - 1].suffix.empty() || !words[i].prefix.empty()) {
    return std::nullopt;
  }
  if (!text::is_one_of(words[i - 1].core, {"into", "at", "through", "exiting", "approaching", "entering", "out", "of",
                                           "towards", "toward", "before", "after", "round", "around", "from", "to"}) ||
      !text::any_word(words, is_motor_racing_word)) {
    return std::nullopt;
  }
  return Match{1, "turn " + cardinal_words(core.substr(1)), false};
}

// A word of a wager near "E/W": a price ("10/1", "9-4") or a word of betting other than the mark.
bool is_wager_word(std::string_view core) {
  if (text::is_one_of_lowered(core, {"e/w", "e&w"})) return false;
  if (is_betting_word(core) || text::is_one_of_lowered(core, {"bet", "bets", "tip", "tips", "nap", "stake", "punt"})) {
    return true;
  }
  auto price = text::figure_pair(core, '/', 3);
  if (!price) price = text::figure_pair(core, '-', 3);
  return price && price->left[0] != '0' && price->right[0] != '0';
}

// "E/W", "E&W": a bet each way (to win and to be placed), said as punters say it, beside a
// price or a word of betting. Elsewhere "E&W" is England and Wales, "E/W" east and west.
std::optional<Match> each_way(const Words& words, std::size_t i) {
  if (!text::is_one_of(words[i].core, {"E/W", "E&W", "e/w"}) || !text::any_word_near(words, i, 6, is_wager_word)) {
    return std::nullopt;
  }
  return Match{1, "each way", false};
}

}  // namespace

// The words of athletics and the pool, with those of a race time (dates.h), that name a race.
bool tells_of_race_distance(std::string_view core) {
  // A time to a fraction of a second ("1:54.3"), a lap's splits and the combined events time races too.
  return tells_of_race(core) || is_race_time(core) ||
         text::is_one_of_lowered(core, {"splits", "decathlon", "decathlete", "heptathlon", "heptathlete", "clocked"}) ||
         text::is_one_of_lowered(core, {"athletics", "sprint", "sprinter", "olympic", "olympics", "race", "runner",
                                        "championships", "medal", "heat", "heats", "final",
                                        "swim", "swimmer", "freestyle", "hurdles", "relay", "steeplechase",
                                        "breaststroke", "backstroke", "butterfly", "medley", "record", "title"});
}

bool is_running_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"race", "run", "ran", "runs", "running", "marathon", "runner", "runners",
                                        "jog", "jogging", "walk", "cadence", "steps", "stride"});
}

std::optional<Match> match_sport_mark(const Words& words, std::size_t i) {
  if (auto m = gaelic_score(words, i)) return m;
  if (auto m = golf_place(words, i)) return m;
  if (auto m = golf_score(words, i)) return m;
  if (auto m = side_numeral(words, i)) return m;
  if (auto m = race_distance(words, i)) return m;
  if (auto m = circuit_turn(words, i)) return m;
  if (auto m = each_way(words, i)) return m;
  return match_minute(words, i);
}

}  // namespace briefcast::rules
