// A compass point shortened to its initial before a region: "N. Europe" -> "Northern Europe",
// "S. America" -> "South America", "W. Africa" -> "West Africa", also in a span of trade
// routes ("Asia–N. Europe"). Read as a person's initial the letter was spelt and its period
// made a sentence's pause. Each region takes the form its name is said in: Europe, Ireland and
// the countries take the adjective ("Northern Italy"), the continents, oceans and the
// divided lands the point itself ("North Korea", "South Atlantic").
// The letter alone with its period is checked against a closed list of regions, so a person's
// initial before a surname ("N. Smith") is left to the initials rule.
#include "normalize/rules.h"

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
                                  "Dakota", "Virginia", "Island", "Yorkshire", "Sussex", "Wales"});
}

// Regions said after the adjective.
bool takes_adjective(std::string_view region) {
  return text::is_one_of(region, {"Europe", "Ireland", "England", "Scotland", "Italy", "France", "Spain", "Germany",
                                  "India", "China", "Australia", "Canada", "Norway", "Sweden", "Brazil", "Mexico"});
}

}  // namespace

std::optional<Match> match_compass_region(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view region = words[i + 1].core;
  bool point_form = takes_point(region);
  if (!point_form && !takes_adjective(region)) return std::nullopt;
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
