// A baseball page's shorthand, said as the broadcaster says it: a pitching or batting line's
// stats after their figures ("5⅔ IP, 4 H, 2 BB, 8 K" -> "five and two thirds innings, four hits,
// two walks, eight strikeouts"), a rate per nine innings ("13.2 K/9"), a hit by its kind ("a 2B"
// -> "a double", "a HR" -> "a homer"), the count before a pitch ("a 1-2 slider" -> "a one-and-two
// slider"), the half of an inning ("the T8th" -> "the top of the eighth"), a box score's
// deciding pitchers ("W: Voss" -> "winning pitcher: Voss"), the minor-league levels
// ("Triple-A", whose A eSpeak NG read as the article) and a WAR by its source ("fWAR").
// eSpeak NG spelled the letters or read them as words ("2B" as "two B", "ER" as "er"); the
// letters are a chemical symbol, a road or a unit elsewhere, so all but "fWAR" need a word of
// baseball in the line ("Triple-A" is a rating or a game's budget elsewhere).
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

struct Stat {
  std::string_view written;
  std::string_view one;
  std::string_view many;
};

constexpr std::array<Stat, 12> kStats = {{
    {"IP", "inning", "innings"},       {"H", "hit", "hits"},         {"R", "run", "runs"},
    {"ER", "earned run", "earned runs"}, {"BB", "walk", "walks"},      {"K", "strikeout", "strikeouts"},
    {"SO", "strikeout", "strikeouts"}, {"HR", "homer", "homers"},     {"G", "game", "games"},
    {"2B", "double", "doubles"},       {"3B", "triple", "triples"},  {"SB", "stolen base", "stolen bases"},
}};

const Stat* find_stat(std::string_view written) {
  for (const Stat& stat : kStats) {
    if (stat.written == written) return &stat;
  }
  return nullptr;
}

// A count or an amount of innings: "4", "118", "5⅔", "7.1" (a pitcher's thirds written after a point).
bool is_count(std::string_view core) {
  if (core.empty() || !text::is_digit(core[0]) || core.size() > 8) return false;
  return text::all_digits(core) || text::is_vulgar_figure(core) || text::number_prefix_length(core) == core.size();
}

// "4 H", "22 HR", "per 9 IP", "118 G": the stat after its figure.
std::optional<Match> stat_after_figure(const Words& words, std::size_t i) {
  const Stat* stat = find_stat(words[i].core);
  if (!stat || i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view figure = words[i - 1].core;
  if (!is_count(figure)) return std::nullopt;
  return Match{1, std::string(figure == "1" ? stat->one : stat->many), false};
}

// "a HR", "his 2B": one hit named by its kind after an article or a possessive.
std::optional<Match> hit_by_kind(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::is_one_of(core, {"HR", "2B", "3B"}) || i == 0 || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"a", "his", "her", "their", "another", "the"})) {
    return std::nullopt;
  }
  return Match{1, std::string(find_stat(core)->one), false};
}

// "K/9", "BB/9", "HR/9": a rate per nine innings.
std::optional<Match> rate_per_nine(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::ends_with(core, "/9")) return std::nullopt;
  const Stat* stat = find_stat(core.substr(0, core.size() - 2));
  if (!stat) return std::nullopt;
  return Match{1, std::string(stat->many) + " per nine innings", false};
}

// "a 1-2 slider", "the 3-2 pitch": balls (0-3) and strikes (0-2) before a pitch.
std::optional<Match> count_before_pitch(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 3 || core[1] != '-' || core[0] < '0' || core[0] > '3' || core[2] < '0' || core[2] > '2' ||
      !words[i].suffix.empty() || i + 1 >= words.size()) {
    return std::nullopt;
  }
  if (!text::is_one_of_lowered(words[i + 1].core, {"pitch", "count", "slider", "fastball", "curveball", "curve",
                                                   "changeup", "sinker", "cutter", "splitter", "heater", "knuckleball",
                                                   "sweeper", "offering"})) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(core.substr(0, 1)) + "-and-" + cardinal_words(core.substr(2, 1)), false};
}

// "T8th", "B9th", "B10th": the top or bottom half of an inning.
std::optional<Match> half_inning(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 4 || core.size() > 5 || (core[0] != 'T' && core[0] != 'B')) return std::nullopt;
  std::string_view figure = core.substr(1, core.size() - 3);
  std::string_view ending = core.substr(core.size() - 2);
  if (!text::all_digits(figure) || !text::is_one_of(ending, {"st", "nd", "rd", "th"})) return std::nullopt;
  bool after_the = i > 0 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "the";
  std::string half = core[0] == 'T' ? "top" : "bottom";
  return Match{1, std::string(after_the ? "" : "the ") + half + " of the " + ordinal_words(figure), false};
}

// "W: Voss (10-4), L: Reyes, S: Okafor (32)": a box score's winning, losing and saving pitchers.
std::optional<Match> deciding_pitcher(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != ":" || !w.prefix.empty() || i + 1 >= words.size() || !text::is_capitalized(words[i + 1].core)) {
    return std::nullopt;
  }
  std::string_view said = w.core == "W" ? "winning pitcher" : w.core == "L" ? "losing pitcher"
                          : (w.core == "S" || w.core == "SV") ? "save" : "";
  if (said.empty()) return std::nullopt;
  return Match{1, std::string(said), false};
}

}  // namespace

std::optional<Match> match_baseball_mark(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "fWAR", "bWAR": wins above replacement by FanGraphs' or Baseball-Reference's count, "eff war".
  if (text::is_one_of(core, {"fWAR", "bWAR", "rWAR"})) return Match{1, std::string(core.substr(0, 1)) + " war", false};
  if (core.empty() || !text::any_word(words, tells_of_baseball)) return std::nullopt;
  // "Triple-A", "Double-A": a minor league's level, its letter said by its name, "ay".
  if (text::is_one_of_lowered(core, {"triple-a", "double-a", "single-a"})) {
    return Match{1, std::string(core.substr(0, core.size() - 1)) + "Eh", false};
  }
  if (auto m = stat_after_figure(words, i)) return m;
  if (auto m = hit_by_kind(words, i)) return m;
  if (auto m = rate_per_nine(words, i)) return m;
  if (auto m = count_before_pitch(words, i)) return m;
  if (auto m = half_inning(words, i)) return m;
  return deciding_pitcher(words, i);
}

}  // namespace briefcast::rules
