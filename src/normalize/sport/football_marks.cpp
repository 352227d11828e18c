// A football page's shorthand, said as the commentator says it: a goal's minute by its mark
// ("(23', 67' pen)" -> "twenty third minute, sixty seventh minute penalty", "90+4'" -> "ninety
// plus four minute": eSpeak NG dropped the mark, so the figures had no unit), "52nd-min", a
// season's "14 G/5 A" ("fourteen goals and five assists", which the time rules had read "game
// in five minutes"), "19 GP" (games played), "GD +31" (goal difference), "agg." (on
// aggregate), "12.30pm KO" (kick-off) and "MD6" (matchday six). Each but "52nd-min" needs a
// word of football in the line ("MD6" a word of fixtures, "qualifying" or "group", will do):
// "KO" is a knockout in a ring and "MD" a doctor or Maryland.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

bool starts_with_minute_mark(std::string_view suffix) {
  return text::starts_with(suffix, "'") || text::starts_with(suffix, "\u2019") || text::starts_with(suffix, "\u2032");
}

// "23'", "90+4'": a minute with its mark, up to extra time's end and a few minutes added.
std::optional<std::string> marked_minute(const Word& w) {
  if (!starts_with_minute_mark(w.suffix) || (!w.prefix.empty() && w.prefix != "(")) return std::nullopt;
  std::string_view core = w.core;
  std::size_t plus = core.find('+');
  std::string_view minute = core.substr(0, plus);
  if (minute.empty() || minute.size() > 3 || !text::all_digits(minute) || minute[0] == '0') return std::nullopt;
  if (plus == std::string_view::npos) return ordinal_words(minute) + " minute";
  std::string_view added = core.substr(plus + 1);
  if (added.empty() || added.size() > 2 || !text::all_digits(added)) return std::nullopt;
  return cardinal_words(minute) + " plus " + cardinal_words(added) + " minute";
}

// "52nd-min", "90th-min": a minute by its ordinal, glued to the short word.
std::optional<Match> ordinal_minute(std::string_view core) {
  if (!text::ends_with(core, "-min") || core.size() < 7 || core.size() > 9) return std::nullopt;
  std::string_view ordinal = core.substr(0, core.size() - 4);
  std::string_view figure = ordinal.substr(0, ordinal.size() - 2);
  if (!text::all_digits(figure) || !text::is_one_of(ordinal.substr(ordinal.size() - 2), {"st", "nd", "rd", "th"})) {
    return std::nullopt;
  }
  return Match{1, text::hyphenated(ordinal_words(figure) + " minute"), false};
}

// "14 G/5 A", "14G/5A": goals and assists of a season.
std::optional<Match> goals_and_assists(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view goals;
  std::string_view assists;
  std::size_t used = 1;
  if (text::ends_with(core, "A") && core.find("G/") != std::string_view::npos) {
    std::size_t g = core.find("G/");
    goals = core.substr(0, g);
    assists = core.substr(g + 2, core.size() - g - 3);
  } else if (i + 2 < words.size() && words[i].suffix.empty() && words[i + 1].suffix.empty() &&
             text::starts_with(words[i + 1].core, "G/") && words[i + 2].core == "A") {
    goals = core;
    assists = words[i + 1].core.substr(2);
    used = 3;
  }
  if (goals.empty() || goals.size() > 3 || assists.empty() || assists.size() > 3 || !text::all_digits(goals) ||
      !text::all_digits(assists)) {
    return std::nullopt;
  }
  std::string said = cardinal_words(goals) + (goals == "1" ? " goal" : " goals") + " and " + cardinal_words(assists) +
                     (assists == "1" ? " assist" : " assists");
  return Match{used, said, false};
}

// "GD +31", "19 GP", "2–2 agg.", "12.30pm KO", "MD6": the table's and the fixture list's words.
std::optional<Match> table_word(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view before = i > 0 ? words[i - 1].core : std::string_view();
  bool after_figure = !before.empty() && text::is_digit(before.back()) && words[i - 1].suffix.empty();
  if (w.core == "GD") return Match{1, "goal difference", false};
  if (w.core == "GP" && after_figure) return Match{1, before == "1" ? "game played" : "games played", false};
  if (w.core == "agg" && after_figure) return Match{1, "on aggregate", text::has_period(w)};
  if (w.core == "pen" && i > 0 && marked_minute(words[i - 1])) return Match{1, "penalty", false};
  bool at_time = text::ends_with(text::lower(before), "pm") || text::ends_with(text::lower(before), "am") ||
                 text::is_one_of_lowered(before, {"gmt", "bst", "cet", "et"});
  if (w.core == "KO" && at_time && words[i - 1].suffix.empty()) return Match{1, "kick-off", false};
  return std::nullopt;
}


// A word of a league's or a qualifying group's fixtures, where "MD6" is a matchday.
bool tells_of_fixtures(std::string_view core) {
  return tells_of_football(core) || text::is_one_of_lowered(core, {"qualifying", "qualifier", "qualifiers", "group", "table"});
}

// "after MD6", "MD12": a matchday of a league's or a group's fixtures.
std::optional<Match> matchday(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.size() > 4 || !text::starts_with(core, "MD") || !text::all_digits(core.substr(2)) ||
      core[2] == '0' || !text::any_word(words, tells_of_fixtures)) {
    return std::nullopt;
  }
  return Match{1, "matchday " + cardinal_words(core.substr(2)), false};
}

}  // namespace

std::optional<Match> match_football_mark(const Words& words, std::size_t i) {
  if (auto m = ordinal_minute(words[i].core)) return m;
  if (auto m = matchday(words, i)) return m;
  if (words[i].core.empty() || !text::any_word(words, tells_of_football)) return std::nullopt;
  // "the 88'" is read by the sport marks; a minute standing alone is read here.
  bool after_the = i > 0 && text::lower(words[i - 1].core) == "the";
  if (auto minute = marked_minute(words[i]); minute && !after_the) return Match{1, *minute, false, true};
  if (auto m = goals_and_assists(words, i)) return m;
  return table_word(words, i);
}

}  // namespace briefcast::rules
