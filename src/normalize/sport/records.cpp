// Win-loss records, as US sports copy writes them: "went 15-7", "a 15-7 record", "the
// Hornets (6-17)", "dropped them to 0-7". A record is said with "and" ("fifteen and seven", "oh
// and seven"), the way a sportscaster says it; "fifteen to seven" would be a range or a score.
// Scores ("won 109-98", "a 3-0 win") keep their own reading (range.cpp). A record with ties
// ("went 9-6-2") is said as three tallies: "nine, six and two".
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

struct Record {
  std::string_view wins;
  std::string_view losses;
};

// "15-7", "0-7", "101-61": two counts of games of one to three figures (no leading zero but a
// lone "0"). Ties ("10-5-2") and longer figures are left to the other rules.
std::optional<Record> record_shape(std::string_view core) {
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  Record r{core.substr(0, dash), core.substr(dash + 1)};
  auto count = [](std::string_view s) {
    return !s.empty() && s.size() <= 3 && text::all_digits(s) && (s[0] != '0' || s.size() == 1);
  };
  if (!count(r.wins) || !count(r.losses)) return std::nullopt;
  return r;
}

std::string games_words(std::string_view figure) { return figure == "0" ? std::string("oh") : cardinal_words(figure); }

// The word after the figures leaves them standing alone: a closing mark, the line's end, or
// a small word ("15-7 and", "0-7 on the road") or "overall", never a noun or a unit ("to 10-12 percent").
bool stands_alone(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return true;
  std::string next = text::lower(words[i + 1].core);
  return text::is_function_word(next) || next == "overall";
}

// "0-60 mph", "went 3-4 km": a unit after the pair makes it a range of a measure; "0-60" and
// "0-100" alone are a car's acceleration benchmark.
bool is_measure(const Words& words, std::size_t i, const Record& r) {
  if (r.wins == "0" && text::is_one_of(r.losses, {"60", "62", "100"})) return true;
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return false;
  std::string next = text::lower(words[i + 1].core);
  return find_unit(next).has_value() && !text::is_function_word(next);
}

// The word before figures at i, lowercased, when nothing parts them; empty otherwise.
std::string joined_word_before(const Words& words, std::size_t i) {
  bool joined = i > 0 && words[i - 1].suffix.empty() && words[i].prefix.empty();
  return joined ? text::lower(words[i - 1].core) : std::string();
}

// "went 2-0 up", "went 3-1-0 ahead": a lead in a match, a score.
bool lead_follows(const Words& words, std::size_t i) {
  return i + 1 < words.size() && words[i].suffix.empty() &&
         text::is_one_of_lowered(words[i + 1].core, {"up", "down", "ahead", "behind", "clear"});
}

// "went 15-7": the verbs a record follows. "finished"/"ended" are said of votes and series
// too, so a three-part tally needs a word of the standings as well.
bool is_went_verb(std::string_view word) { return text::is_one_of(word, {"went", "go", "goes", "going"}); }
bool is_finish_verb(std::string_view word) { return text::is_one_of(word, {"finished", "finishes", "ended", "ends"}); }

// "a 15-7 record", "a 20-8-4 mark": the figures named a record by the word after them.
bool record_word_follows(const Words& words, std::size_t i, bool qualified) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return false;
  std::string next = text::lower(words[i + 1].core);
  if (text::is_one_of(next, {"record", "mark"})) return true;
  // "a 402-389-21 career record"
  return qualified && text::is_one_of(next, {"career", "season", "overall", "lifetime", "professional", "pro"}) &&
         i + 2 < words.size() && words[i + 1].suffix.empty() &&
         text::is_one_of_lowered(words[i + 2].core, {"record", "mark"});
}

// The pair's own words make it a record.
bool cued_record(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto record = record_shape(w.core);
  if (!record || is_measure(words, i, *record)) return false;
  std::string before_word = joined_word_before(words, i);
  // "went 15-7", "a 15-7 record", "their 10-2 start": the record's own words.
  bool lead = lead_follows(words, i);
  bool went = is_went_verb(before_word) && !lead &&
              (stands_alone(words, i) || text::any_word(words, is_sport_word));
  bool named = record_word_follows(words, i, false) || (i + 1 < words.size() && w.suffix.empty() &&
                                                        text::is_one_of_lowered(words[i + 1].core, {"start", "finish"}));
  // "the Grizzlies (16-8)": in brackets right after a team's name, on a sports page.
  bool bracketed = w.prefix == "(" && text::starts_with(w.suffix, ")") && i > 0 && words[i - 1].suffix.empty() &&
                   text::is_capitalized(words[i - 1].core) && text::any_word(words, is_sport_word);
  // "they are 15-7 and", "the Rams at 2-9", "dropped them to 0-7 on the road": standing alone
  // after a verb of being, "at" or "to" whose subject is a team (its name, "the team", "they",
  // "them") or, for "at"/"to", a verb of the standings. "The score was 24-17", "the lead was
  // cut to 2-1", "the series is 2-2" and "the odds were 5-1" are scores and odds: any other
  // subject gives no record. "level at 1-1", "tied at 2-2" are a match's or a series' score.
  std::string subject = i >= 2 && words[i - 2].suffix.empty() ? text::lower(words[i - 2].core) : std::string();
  // A team: its name ("Owls", "49ers") or the word for it ("the team is 12-4").
  bool named_team = !subject.empty() && !text::is_function_word(subject) &&
                    (text::is_capitalized(words[i - 2].core) || (text::is_digit(subject[0]) && text::ends_with(subject, "ers")));
  bool team = named_team || text::is_one_of(subject, {"team", "side", "club", "squad", "franchise"});
  bool are = text::is_one_of(before_word, {"are", "were", "is", "was"}) && (team || text::is_one_of(subject, {"they", "we"}));
  bool placed = text::is_one_of(before_word, {"at", "to"}) &&
                (team || text::is_one_of(subject, {"them", "us", "improved", "improves", "dropped", "drops", "fell",
                                                   "falls", "slipped", "slips", "climbed", "climbs", "moved", "moves"}));
  bool level = before_word == "at" && text::is_one_of(subject, {"level", "tied", "square", "locked", "even", "all"});
  bool standing = (are || placed) && !level && !lead && stands_alone(words, i) && text::any_word(words, is_sport_word);
  return went || named || bracketed || standing;
}

// Whether any pair of the line is a record by its own words: a fact of the line, read once.
bool gives_a_record(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (cued_record(words, k)) return true;
  }
  return false;
}

// "At 4-7, including 2-6 in the conference and 0-3 in the division": once a line gives one
// record by its words, the other pairs standing alone in it are records too, so the line is
// read one way. A pair after a name ("beat the Bills 27-24") is a score, and stays one. Asked
// only of a pair that is no record by its own words, so the record the line gives is another.
bool listed_with_a_record(const Words& words, std::size_t i) {
  auto record = record_shape(words[i].core);
  if (!record || is_measure(words, i, *record) || !stands_alone(words, i) || !words[i].prefix.empty()) return false;
  if (i > 0 && text::is_capitalized(words[i - 1].core) && words[i - 1].suffix.empty()) return false;
  return text::line_fact(words, gives_a_record);
}

}  // namespace

bool is_sport_word(std::string_view core) {
  return text::is_one_of_lowered(core,
                         {"season", "game", "games", "win", "wins", "won", "loss", "losses", "lost", "team", "coach",
                          "playoff", "playoffs", "conference", "league", "standings", "streak", "victory", "defeat",
                          "points", "rebounds", "assists", "quarter", "inning", "innings", "beat", "division",
                          "nba", "nfl", "mlb", "nhl", "wnba", "ncaa", "deficit", "touchdowns", "goals", "road", "overtime", "overall",
                          "match", "matches", "tournament", "fight", "fights", "bout", "title", "ufc",
                          // standings in games behind ("a half-game clear"), and the NFC of American football
                          // (not "AFC": football clubs and Asia's confederation are "AFC", and their scores
                          // are no records: "AFC Bournemouth were 2-0 at half-time")
                          "nfc", "half-game"});
}

namespace {

// "9-6-2", "402-389-21": wins, losses and ties (or draws), each of one to three figures.
std::optional<std::array<std::string_view, 3>> tally_shape(std::string_view core) {
  std::size_t first = core.find('-');
  if (first == std::string_view::npos) return std::nullopt;
  std::size_t second = core.find('-', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  auto two = record_shape(core.substr(0, second));
  auto last = record_shape(core.substr(first + 1));
  if (!two || !last) return std::nullopt;
  return std::array<std::string_view, 3>{two->wins, two->losses, last->losses};
}

// "went 9-6-2 overall", "finished 14-3-1 on the road": a word of the standings right after the
// tally, as a record has and a vote's or a series' tally has not.
bool standings_follow(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return false;
  std::string next = text::lower(words[i + 1].core);
  if (text::is_one_of(next, {"record", "overall"})) return true;
  auto then = [&](std::size_t k) { return i + k < words.size() ? text::lower(words[i + k].core) : std::string(); };
  bool joined = words[i + 1].suffix.empty();
  return joined && ((next == "this" && then(2) == "season") || (next == "at" && then(2) == "home") ||
                    (next == "on" && then(2) == "the" && words[i + 2].suffix.empty() && then(3) == "road") ||
                    (next == "in" && then(2) == "the" && words[i + 2].suffix.empty() && then(3) == "standings"));
}

// "4-4-2", "3-5-2": figures of one digit that add up to ten are a team's shape; "1-2-3" is a
// podium or a trifecta. Neither is ever a record.
bool formation_or_podium(const std::array<std::string_view, 3>& t) {
  if (t[0] == "1" && t[1] == "2" && t[2] == "3") return true;
  int sum = 0;
  for (std::string_view part : t) {
    if (part.size() != 1) return false;
    sum += part[0] - '0';
  }
  return sum == 10;
}

// A three-part tally is a record only by its words: "a record of 20-8-4", "a 30-12-5 career
// record", "a 9-6-2 mark", or after went/finished with a word of the standings beside it ("went
// 9-6-2 overall"). Bare, it is as often a formation ("4-4-2"), a vote ("5-3-1") or a trifecta,
// which keep their own readings.
bool cued_tally(const Words& words, std::size_t i, const std::array<std::string_view, 3>& tally) {
  if (formation_or_podium(tally)) return false;
  std::string before = joined_word_before(words, i);
  bool went = (is_went_verb(before) || is_finish_verb(before)) && !lead_follows(words, i) && standings_follow(words, i);
  bool record_of = before == "of" && i >= 2 && words[i - 2].suffix.empty() &&
                   text::is_one_of_lowered(words[i - 2].core, {"record", "mark"});
  return went || record_of || record_word_follows(words, i, true);
}

// "1W", "12D", "3L": a count of one to three figures and the letter of what it counts.
std::optional<std::string> lettered_count(std::string_view piece) {
  static constexpr std::array<std::array<std::string_view, 3>, 4> kTallies = {{
      {"W", "win", "wins"}, {"D", "draw", "draws"}, {"L", "loss", "losses"}, {"T", "tie", "ties"}}};
  if (piece.size() < 2 || piece.size() > 4 || !text::all_digits(piece.substr(0, piece.size() - 1))) return std::nullopt;
  std::string_view figures = piece.substr(0, piece.size() - 1);
  for (const auto& row : kTallies) {
    if (piece.back() == row[0][0]) return cardinal_words(figures) + " " + std::string(figures == "1" ? row[1] : row[2]);
  }
  return std::nullopt;
}

// "11W-4D-6L", "9W-2L": a record whose letters name each count, wins first and losses last,
// said as the tallies they are ("eleven wins, four draws, six losses"); read piece by piece
// the letters were spelt ("eleven W four D").
std::optional<Match> lettered_record(std::string_view core) {
  auto pieces = text::split(core, '-');
  if (pieces.size() < 2 || pieces.size() > 3 || !text::ends_with(pieces.front(), "W") ||
      !text::ends_with(pieces.back(), "L")) {
    return std::nullopt;
  }
  std::string said;
  for (std::string_view piece : pieces) {
    auto count = lettered_count(piece);
    if (!count) return std::nullopt;
    said += (said.empty() ? "" : ", ") + *count;
  }
  return Match{1, said, false};
}

}  // namespace

std::optional<Match> match_record(const Words& words, std::size_t i) {
  if (auto lettered = lettered_record(words[i].core)) return lettered;
  if (auto tally = tally_shape(words[i].core); tally && cued_tally(words, i, *tally)) {
    const auto& t = *tally;
    return Match{1, games_words(t[0]) + ", " + games_words(t[1]) + " and " + games_words(t[2]), false};
  }
  if (!cued_record(words, i) && !listed_with_a_record(words, i)) return std::nullopt;
  auto record = record_shape(words[i].core);
  return Match{1, games_words(record->wins) + " and " + games_words(record->losses), false};
}

}  // namespace briefcast::rules
