// Box-score shorthand: the stat after its figure ("12 reb, 8 ast" -> "twelve rebounds, eight
// assists", ice hockey's "1G, 2A" -> "one goal, two assists"), stats joined by slashes ("reb/ast"
// -> "rebounds and assists"), a competition's round ("Rd 14" -> "Round fourteen") and a
// shooter's percentages from the field, from three and from the line ("44/36/85 shooting
// splits", "the 50/40/90 club" -> "forty four, thirty six, eighty five"), which eSpeak NG had
// read with "slash" between. A
// newsreader says the stat's name; eSpeak NG would say "reb" as a word and "1G" as "one G".
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

struct Stat {
  std::string_view written;
  std::string_view one;
  std::string_view many;
  // A single capital ("G", "A"; "3G" alone is a phone network) or a stat other rules read
  // alone ("30 pts"): taken here only beside another stat.
  bool partnered_only;
};

constexpr std::array<Stat, 19> kStats = {{
    {"G", "goal", "goals", true},         {"A", "assist", "assists", true},
    {"reb", "rebound", "rebounds", false}, {"REB", "rebound", "rebounds", false},
    {"ast", "assist", "assists", false},   {"AST", "assist", "assists", false},
    {"stl", "steal", "steals", false},     {"STL", "steal", "steals", false},
    {"blk", "block", "blocks", false},     {"BLK", "block", "blocks", false},
    {"pts", "point", "points", true},      {"PTS", "point", "points", true},
    {"PIM", "penalty minute", "penalty minutes", false},
    {"SOG", "shot on goal", "shots on goal", false},
    {"tov", "turnover", "turnovers", false}, {"TOV", "turnover", "turnovers", false},
    {"ppg", "point a game", "points a game", false},
    // A quarterback's line: "3 TDs and 1 INT" (eSpeak NG spells it "I N T").
    {"INT", "interception", "interceptions", false}, {"INTs", "interception", "interceptions", false},
}};

const Stat* find_stat(std::string_view written) {
  for (const Stat& stat : kStats) {
    if (stat.written == written) return &stat;
  }
  return nullptr;
}

// A figure and its stat at word k: glued ("1G", "12reb") or spaced ("12 reb"), a count of up
// to three figures.
struct StatAt {
  std::size_t count = 1;
  std::string_view figure;
  const Stat* stat = nullptr;
};

// "2,000", "12,345": up to three figures, then groups of three after commas, up to a million.
bool grouped_count(std::string_view core) {
  auto groups = text::split(core, ',');
  if (groups.size() < 2 || groups.size() > 3 || groups[0].empty() || groups[0].size() > 3 || !text::all_digits(groups[0])) return false;
  for (std::size_t g = 1; g < groups.size(); ++g) {
    if (groups[g].size() != 3 || !text::all_digits(groups[g])) return false;
  }
  return true;
}

std::optional<StatAt> stat_at(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].prefix.empty()) return std::nullopt;
  std::string_view core = words[k].core;
  std::size_t digits = text::digit_run_end(core, 0);
  if (digits == 0 || digits > 3) return std::nullopt;
  if (digits < core.size() && core[digits] != ',') {
    const Stat* stat = find_stat(core.substr(digits));
    if (!stat) return std::nullopt;
    return StatAt{1, core.substr(0, digits), stat};
  }
  // "2,000 reb": a career's count, its thousands grouped, spaced from its stat.
  if (digits < core.size() && !grouped_count(core)) return std::nullopt;
  if (!words[k].suffix.empty() || k + 1 >= words.size() || !words[k + 1].prefix.empty()) return std::nullopt;
  const Stat* stat = find_stat(words[k + 1].core);
  if (!stat) return std::nullopt;
  return StatAt{2, core, stat};
}

// A stat beside another: the stat line goes on after it ("1G, 2A") or came before it.
bool partnered(const Words& words, std::size_t i, const StatAt& at) {
  std::size_t last = i + at.count - 1;
  bool joined = words[last].suffix.empty() || words[last].suffix == ",";
  // Another stat ("1G, 2A"), not the same again ("Pier 1A, 2A" are labels, "3G, 4G" networks).
  auto other = [&at](const std::optional<StatAt>& s) { return s && s->stat->one != at.stat->one; };
  if (joined && other(stat_at(words, i + at.count))) return true;
  for (std::size_t back = 1; back <= 2 && back <= i; ++back) {
    std::size_t k = i - back;
    auto previous = stat_at(words, k);
    if (other(previous) && k + previous->count == i) return words[i - 1].suffix.empty() || words[i - 1].suffix == ",";
  }
  return false;
}

std::optional<Match> figure_and_stat(const Words& words, std::size_t i) {
  auto at = stat_at(words, i);
  if (!at) return std::nullopt;
  if (at->stat->partnered_only && !partnered(words, i, *at)) return std::nullopt;
  bool one = at->figure == "1";
  std::string figure;
  for (char c : at->figure) {
    if (c != ',') figure.push_back(c);
  }
  std::string spoken = cardinal_words(figure) + " " + std::string(one ? at->stat->one : at->stat->many);
  return Match{at->count, spoken, false};
}

// "reb/ast", "pts/reb/ast": stat names joined by slashes are a list of the stats.
std::optional<Match> slashed_stats(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.find('/') == std::string_view::npos) return std::nullopt;
  std::vector<std::string> names;
  for (std::string_view part : text::split(core, '/')) {
    const Stat* stat = find_stat(part);
    if (!stat || stat->written.size() == 1) return std::nullopt;
    names.emplace_back(stat->many);
  }
  if (names.size() < 2) return std::nullopt;
  return Match{1, text::joined(names, ", ", " and "), false};
}

// "Rd 14", "Rnd. 3": a competition's round before its number. A street's "Rd" follows a name
// ("Main Rd"); the round opens the phrase (the line, or after a small word: "the Rd 14 clash")
// or follows the competition's initials.
std::optional<Match> round_number(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool round = w.core == "Rd" || w.core == "Rnd";
  if (!round || !w.prefix.empty() || (!w.suffix.empty() && w.suffix != ".") || i + 1 >= words.size()) return std::nullopt;
  std::string_view figure = words[i + 1].core;
  if (figure.empty() || figure.size() > 2 || !text::all_digits(figure) || !words[i + 1].prefix.empty()) return std::nullopt;
  // "NRL Rd 14", "AFL Rd 3": a competition's initials name whose round it is.
  const Word* before = i > 0 ? &words[i - 1] : nullptr;
  bool opens = !before || !before->suffix.empty() || text::is_function_word(text::lower(before->core)) ||
               !text::is_capitalized(before->core) || (before->core.size() >= 2 && text::all_upper(before->core));
  if (!opens) return std::nullopt;
  return Match{2, "Round " + cardinal_words(figure), false};
}

// "44/36/85 shooting splits", "a 50/40/90 season": three percentages, each up to a hundred,
// before a word of a shooter's season.
std::optional<Match> shooting_splits(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() > 11 || !words[i].prefix.empty() || !words[i].suffix.empty() || i + 1 >= words.size() ||
      !text::is_one_of(words[i + 1].core, {"shooting", "splits", "club", "season", "line"})) {
    return std::nullopt;
  }
  auto parts = text::split(core, '/');
  if (parts.size() != 3) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 3 || !text::all_digits(part) || (part.size() == 3 && part != "100")) {
      return std::nullopt;
    }
    said.push_back(cardinal_words(part));
  }
  return Match{1, said[0] + ", " + said[1] + ", " + said[2], false};
}

}  // namespace

std::optional<Match> match_sport_stat(const Words& words, std::size_t i) {
  if (auto m = round_number(words, i)) return m;
  if (auto m = slashed_stats(words, i)) return m;
  if (auto m = shooting_splits(words, i)) return m;
  return figure_and_stat(words, i);
}

}  // namespace briefcast::rules
