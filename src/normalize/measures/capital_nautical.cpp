// Capital "NM" after a figure: rescue and sailing copy writes the nautical mile so ("1,500 NM
// offshore", "12 NM south of"), but in American copy the same letters are New Mexico ("the 2024
// NM State Fair", "Route 66 NM", "his 2023 NM license"). The sea/air cue alone does not part
// them (a New Mexico line names flights and the Navy too), so the distance is taken only where
// the figure is no year, no road number stands before it, the line does not name the state, and
// what follows the letters is the way a distance goes on (punctuation, the end, an offset or a
// compass word), never a noun the letters would modify nor a capitalised name.
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// "Route 66", "US 70", "mile marker 92", "exit 12": a road's number before the state's letters.
bool road_number_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  if (text::is_one_of_lowered(before, {"route", "highway", "hwy", "exit", "interstate"}) ||
      text::is_one_of(before, {"US", "SR"}) || text::ends_with(before, "I-")) {
    return true;
  }
  if (i < 2 || !words[i - 2].suffix.empty()) return false;
  std::string_view two = words[i - 2].core;
  return (text::is_one_of_lowered(two, {"state"}) && text::is_one_of_lowered(before, {"road"})) ||
         (text::is_one_of_lowered(two, {"mile"}) && text::is_one_of_lowered(before, {"marker"}));
}

// "New Mexico", "D-N.M.", "Albuquerque", "Santa Fe", "Las Cruces": the line is about the state.
bool names_new_mexico(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view core = words[k].core;
    if (core.find("N.M") != std::string_view::npos || core == "Albuquerque") return true;
    if (k + 1 >= words.size() || !words[k].suffix.empty()) continue;
    std::string_view next = words[k + 1].core;
    if ((core == "New" && next == "Mexico") || (core == "Santa" && next == "Fe") || (core == "Las" && next == "Cruces")) {
      return true;
    }
  }
  return false;
}

// "offshore", "south of", "SW of", "away", "to the buoy": a distance going on as distances do.
bool goes_on_as_a_distance(std::string_view next) {
  return text::is_one_of(next, {"of", "off", "from", "out", "offshore", "to", "away", "at", "in", "northward",
                                "southward", "eastward", "westward"}) ||
         (next.size() <= 3 && compass_point_name(next).has_value()) ||
         (!next.empty() && text::is_lower(next[0]) && names_compass_point(next));
}

// "EPS growth ... 15 NM in the table": in results tables "NM" is "not meaningful"; the words of
// the tables that print it. Not a company's wider words ("outlook", "guidance", "shareholders"):
// a shipping or weather line has them beside a distance at sea.
bool tells_of_results(std::string_view w) {
  return text::is_one_of(w, {"EPS", "EBITDA"}) ||
         text::is_one_of_lowered(w, {"eps", "table", "tables", "earnings", "revenue", "profit", "estimate"});
}

}  // namespace

bool capital_nm_is_nautical(const Words& words, std::size_t i, std::size_t figure, bool spaced) {
  // "2024 NM": a calendar year (figure_ranges.h) as a distance never is.
  if (is_year_figure(words[i].core.substr(0, figure)) || road_number_before(words, i) || names_new_mexico(words) ||
      text::any_word(words, tells_of_results)) {
    return false;
  }
  std::size_t letters = spaced ? i + 1 : i;
  if (!words[letters].suffix.empty() || letters + 1 >= words.size()) return true;
  const text::Word& next = words[letters + 1];
  return !next.prefix.empty() || goes_on_as_a_distance(next.core);
}

}  // namespace briefcast::rules
