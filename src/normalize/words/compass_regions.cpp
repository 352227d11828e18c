// A compass point shortened to its initial before a region: "N. Europe" -> "Northern Europe",
// "S. America" -> "South America", "W. Africa" -> "West Africa", also in a span of trade
// routes ("Asia–N. Europe"). Read as a person's initial the letter was spelt and its period
// made a sentence's pause. Each region takes the form its name is said in: Europe, Ireland and
// the countries take the adjective ("Northern Italy"), the continents, oceans and the
// divided lands the point itself ("North Korea", "South Atlantic").
// The letter alone with its period is checked against a closed list of regions, so a person's
// initial before a surname ("N. Smith") is left to the initials rule. Two initials ("SE Asia")
// are the point between ("Southeast Asia"); a dashed pair before "aspects" among slopes is a
// range ("N–E aspects", "north to east"); a region's side after a game's server region ("EU-W
// servers") is "E U West".
#include <algorithm>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

struct Point {
  std::string_view letter;
  std::string_view point;      // "North"
  std::string_view adjective;  // "Northern"
};

constexpr Point kPoints[] = {
    {"N", "North", "Northern"}, {"S", "South", "Southern"}, {"E", "East", "Eastern"}, {"W", "West", "Western"},
    {"C", "Central", "Central"},
};

// Regions said after the point itself.
bool takes_point(std::string_view region) {
  return text::is_one_of(region, {"America", "Africa", "Asia", "Korea", "Atlantic", "Pacific", "Sudan", "Carolina",
                                  "Dakota", "Virginia", "Island", "Yorkshire", "Sussex", "Wales", "Bengal", "Java",
                                  "Midlands", "Timor", "Papua"});
}

// Regions said after the adjective.
bool takes_adjective(std::string_view region) {
  return text::is_one_of(region, {"Europe", "Ireland", "England", "Scotland", "Italy", "France", "Spain", "Germany",
                                  "India", "China", "Australia", "Canada", "Norway", "Sweden", "Brazil", "Mexico",
                                  "Cape"});
}

// "NE", "SW": two initials of a point between the four, said as one word ("Northeast").
std::optional<std::string_view> between_point(std::string_view core) {
  if (core == "NE") return "Northeast";
  if (core == "NW") return "Northwest";
  if (core == "SE") return "Southeast";
  if (core == "SW") return "Southwest";
  return std::nullopt;
}

std::optional<std::string_view> point_word(char letter) {
  switch (letter) {
    case 'N': return "north";
    case 'S': return "south";
    case 'E': return "east";
    case 'W': return "west";
    default: return std::nullopt;
  }
}

// "SE Asia", "NW England": the initials before a region of the list; as letters the region
// was lost ("S E Asia").
std::optional<Match> two_initials(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto point = between_point(w.core);
  if (!point || !w.prefix.empty() || !w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view region = words[i + 1].core;
  if (!takes_point(region) && !takes_adjective(region)) return std::nullopt;
  return Match{2, std::string(*point) + " " + speak_word(region), false};
}

// "N–E aspects", "S-W slopes": a range of a mountain's faces, said "north to east"; as letters
// it was heard as one point, the northeast.
std::optional<Match> aspect_range(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i + 1].core, {"aspect", "aspects", "slope", "slopes", "face", "faces", "facing"})) {
    return std::nullopt;
  }
  std::string_view core = w.core;
  for (std::string_view dash : {"\u2013", "-"}) {
    if (core.size() != 2 + dash.size() || core.substr(1, dash.size()) != dash) continue;
    auto from = point_word(core[0]);
    auto to = point_word(core.back());
    if (!from || !to || core[0] == core.back()) return std::nullopt;
    return Match{1, std::string(*from) + " to " + std::string(*to), false};
  }
  return std::nullopt;
}

// Words of online games and services near a server region.
bool tells_of_servers(std::string_view w) {
  return text::is_one_of_lowered(w, {"server", "servers", "region", "regions", "ping", "realm", "realms", "shard",
                                     "shards", "datacenter", "datacentre", "lobby", "lobbies"});
}

// "EU-W servers", "NA-E": a game's server region, the letter its side of the region; said
// "E U W" it was no name.
std::optional<Match> server_region(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t dash = w.core.find('-');
  if (!w.prefix.empty() || dash == std::string_view::npos || dash + 2 != w.core.size()) return std::nullopt;
  std::string_view area = w.core.substr(0, dash);
  if (!text::is_one_of(area, {"EU", "NA", "US", "SA", "AS", "OCE", "LATAM"})) return std::nullopt;
  auto side = point_word(w.core.back());
  if (!side || !text::any_word_near(words, i, 3, tells_of_servers)) return std::nullopt;
  std::string said(*side);
  said[0] = static_cast<char>(said[0] - 'a' + 'A');
  return Match{1, speak_word(area) + " " + said, false};
}

// "in W. Cape", "across the E. Cape": "Cape" after a point's letter is South Africa's province
// only where a place is named, after a preposition or article of place or at the line's start,
// and with no name after it ("N. Cape May", "E. Cape Girardeau" are towns; "Dr. E. Cape", "by E.
// Cape" a person). "N. Cape" is the Northern Cape only on a line about South Africa; elsewhere
// it may be Norway's North Cape.
bool names_the_cape_province(const Words& words, std::size_t i) {
  bool place_word = i == 0 || (words[i - 1].suffix.empty() &&
                               text::is_one_of_lowered(words[i - 1].core,
                                                       {"in", "from", "to", "across", "throughout", "of", "the"}));
  if (!place_word || (words[i + 1].suffix.empty() && starts_name(words, i + 2))) return false;
  if (words[i].core != "N") return true;
  return std::any_of(words.begin(), words.end(), [](const Word& w) {
    return text::is_one_of(w.core, {"Africa", "African", "SA", "rand", "Kimberley", "Upington", "Pretoria",
                                    "Johannesburg", "Gauteng", "ANC"});
  });
}

}  // namespace

std::optional<Match> match_compass_region(const Words& words, std::size_t i) {
  for (auto rule : {two_initials, aspect_range, server_region}) {
    if (auto m = rule(words, i)) return m;
  }
  const Word& w = words[i];
  if (w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view region = words[i + 1].core;
  bool point_form = takes_point(region);
  if (!point_form && !takes_adjective(region)) return std::nullopt;
  if (region == "Cape" && !names_the_cape_province(words, i)) return std::nullopt;
  // The letter may close a span of places joined by a dash: "Asia–N.", "Asia-N.".
  std::string_view core = w.core;
  std::string before;
  for (std::string_view dash : {"\u2013", "-"}) {
    std::size_t at = core.rfind(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view head = core.substr(0, at);
    if (!text::all_alpha(head) || !text::is_capitalized(head)) return std::nullopt;
    // Kept as written, as a span of two places is ("Asia–Europe").
    before = std::string(core.substr(0, at + dash.size()));
    core = core.substr(at + dash.size());
    break;
  }
  for (const Point& p : kPoints) {
    if (core != p.letter) continue;
    // "C." is the continent's centre only for Asia, America, Europe and Africa.
    if (core == "C" && !text::is_one_of(region, {"Asia", "America", "Europe", "Africa"})) return std::nullopt;
    std::string said = before + std::string(point_form ? p.point : p.adjective) + " " + speak_word(region);
    return Match{2, said, false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
