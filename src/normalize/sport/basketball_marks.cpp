// A basketball page's shorthand, said as the broadcaster says it: minutes played ("in 33:45"
// -> "in thirty three minutes forty five seconds", which the ratio and score rules had read
// "thirty three to forty five"), a shooting record ("1/9 shooting" -> "one of nine", "0/5 from
// three" -> "oh for five", read as fractions before), the shot's kind after its percentage
// ("38.2% 3PT" -> "from three-point range"), averages per game ("24.6 PPG"), the shooting rates
// ("TS%"), the "plus/minus" stat (not "plus or minus", an approximation) and a tied score
// ("at 104-104" -> "one hundred four all", not a record). Each needs a word of basketball in
// the line: "1/9" is a fraction or a date and "FT" feet elsewhere.
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

bool small_count(std::string_view s, std::size_t digits) { return !s.empty() && s.size() <= digits && text::all_digits(s); }

// "in 33:45", "played 38:02": minutes and seconds on the floor, up to a game with overtimes.
std::optional<Match> minutes_played(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t colon = core.find(':');
  if (colon == std::string_view::npos || i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"in", "played", "logged"})) {
    return std::nullopt;
  }
  std::string_view minutes = core.substr(0, colon);
  std::string_view seconds = core.substr(colon + 1);
  if (!small_count(minutes, 2) || seconds.size() != 2 || !text::all_digits(seconds) || seconds[0] > '5') return std::nullopt;
  std::string said = cardinal_words(minutes) + (minutes == "1" ? " minute" : " minutes");
  if (seconds != "00") said += " " + cardinal_words(seconds[0] == '0' ? seconds.substr(1) : seconds) + (seconds == "01" ? " second" : " seconds");
  return Match{1, said, false};
}

// "1/9 shooting", "0/5 from three": makes of attempts.
std::optional<Match> shooting_record(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !words[i].suffix.empty() || i + 1 >= words.size() ||
      !text::is_one_of_lowered(words[i + 1].core, {"shooting", "from"})) {
    return std::nullopt;
  }
  std::string_view made = core.substr(0, slash);
  std::string_view taken = core.substr(slash + 1);
  if (!small_count(made, 2) || !small_count(taken, 2) || std::stoi(std::string(made)) > std::stoi(std::string(taken))) {
    return std::nullopt;
  }
  std::string said = made == "0" ? "oh for " + cardinal_words(taken) : cardinal_words(made) + " of " + cardinal_words(taken);
  return Match{1, said, false};
}

struct Shot {
  std::string_view written;
  std::string_view from;  // after a percentage
  std::string_view many;  // after a count
};

constexpr std::array<Shot, 3> kShots = {{
    {"FG", "from the field", "field goals"},
    {"3PT", "from three-point range", "three-pointers"},
    {"FT", "from the free-throw line", "free throws"},
}};

// "47.8% FG", "8 FT": the shot's kind after its rate or its count.
std::optional<Match> shot_kind(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (before.empty() || !text::is_digit(before[0])) return std::nullopt;
  for (const Shot& shot : kShots) {
    if (words[i].core != shot.written) continue;
    bool rate = text::ends_with(before, "%");
    // "a 7 FT center" is a height: a count of shots follows no article.
    bool measure = i >= 2 && text::is_one_of_lowered(words[i - 2].core, {"a", "an"});
    if (!rate && (!text::all_digits(before) || measure)) return std::nullopt;
    return Match{1, std::string(rate ? shot.from : shot.many), false};
  }
  return std::nullopt;
}

// "24.6 PPG", "8.1 RPG": an average per game after its figure; "a .612 TS%": a shooting rate.
std::optional<Match> rate_name(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view said = core == "PPG" ? "points per game" : core == "RPG" ? "rebounds per game"
                          : core == "APG" ? "assists per game" : core == "SPG" ? "steals per game"
                          : core == "BPG" ? "blocks per game" : core == "TS%" ? "true shooting percentage"
                          : core == "eFG%" ? "effective field goal percentage" : "";
  if (said.empty() || i == 0 || words[i - 1].core.empty()) return std::nullopt;
  char last = words[i - 1].core.back();
  if (!text::is_digit(last)) return std::nullopt;
  return Match{1, std::string(said), false};
}

// "at 104-104": a level score past any season's record of games is "all", not a record.
std::optional<Match> level_score(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash == 0 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = core.substr(0, dash);
  if (left != core.substr(dash + 1) || !small_count(left, 3) || left[0] == '0' || std::stoi(std::string(left)) <= 82) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(left) + " all", false};
}

}  // namespace

std::optional<Match> match_basketball_mark(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "his +87 plus/minus": the stat, said "plus-minus", on any sports page.
  if (text::iequals(core, "plus/minus") && (text::any_word(words, tells_of_basketball) || text::any_word(words, is_sport_word))) {
    return Match{1, "plus-minus", false};
  }
  if (core.empty()) return std::nullopt;
  // A level score past any season's games is a score on any sports page.
  if (text::any_word(words, is_sport_word) || text::any_word(words, tells_of_basketball)) {
    if (auto m = level_score(words, i)) return m;
  }
  if (!text::any_word(words, tells_of_basketball)) return std::nullopt;
  if (auto m = minutes_played(words, i)) return m;
  if (auto m = shooting_record(words, i)) return m;
  if (auto m = shot_kind(words, i)) return m;
  return rate_name(words, i);
}

}  // namespace briefcast::rules
