// Road numbers joined by a slash, where two routes share a stretch of road ("US 15/501",
// "Route 9/20", "the 54/55 bypass"): each number is a road's label, said as a label and joined
// by "slash", never a fraction ("fifteen five hundred firsts") or a date ("June twenty fourth").
// A road word before the figures or a road noun right after them is what makes them routes.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// Words that stand before a route's number: "Route 9", "US 1", "I-85", "Hwy 6".
bool is_route_prefix(const Word& w) {
  std::string_view core = w.core;
  // Capitalised, as a road's name is ("Route 9"); "en route 3/4 of the way" is no road.
  if (text::is_capitalized(core) && text::is_one_of_lowered(core, {"route", "routes", "rte", "rt", "highway", "highways", "hwy", "interstate",
                                          "freeway", "motorway", "turnpike"})) {
    return true;
  }
  // US and state route prefixes written in capitals: "US 15", "U.S. 301", "SR 54", "NC 751".
  return text::is_one_of(core, {"US", "U.S", "SR", "SH", "CR", "FM", "NC"});
}

// "15", "501", "9": a route's number has no leading zero and at most four figures.
bool is_route_figure(std::string_view s) { return !s.empty() && s.size() <= 4 && s[0] != '0' && text::all_digits(s); }

std::string route_label(std::string_view figure) {
  return figure.size() >= 3 ? paired_digit_words(figure) : cardinal_words(figure);
}

// Words of a line about roads: a state's capitals before a figure ("SH 71", "CR 12") are its
// road only where the line is about travel; elsewhere "SR" or "CR" are other initials.
bool tells_of_road_travel(std::string_view core) {
  return is_road_noun(core) ||
         text::is_one_of_lowered(core, {"mile", "miles", "marker", "markers", "milepost", "exit", "lane", "lanes", "traffic",
                                        "collision", "northbound", "southbound", "eastbound", "westbound",
                                        "intersection", "junction", "motorists", "closure", "detour",
                                        "interstate", "overpass", "bridge", "toll", "shoulder", "median"});
}

// "along SH 71", "on CR 12": after a word that places a thing on a road. "to", "at", "from" and
// "and" place letters, visits and people as well ("went to MP 12 days before").
bool placed_on_road(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"on", "along", "via", "onto", "off", "near"});
}

// A mile marker's line names the mile, the marker or the road it stands on ("I-95", "Route 1");
// "MP" and "MM" are a member of parliament and other initials where it does not.
bool tells_of_mileposts(std::string_view core) {
  if (core.size() >= 3 && core[0] == 'I' && core[1] == '-' && text::is_digit(core[2])) return true;
  return is_road_noun(core) || text::is_one_of_lowered(core, {"mile", "miles", "marker", "markers", "milepost",
                                                              "mileposts", "interstate", "northbound", "southbound",
                                                              "eastbound", "westbound"});
}

// "SH 71" -> "State Highway", "SR 528" -> "State Route", "CR 12" -> "County Road"; the mile marker
// and the milepost ("MM 119", "MP 42") of such a road, whose figure is a count of miles.
std::optional<std::string_view> state_road_name(const Words& words, std::size_t i) {
  static constexpr text::Said kStateRoads[] = {
      {"SH", "State Highway"}, {"SR", "State Route"}, {"CR", "County Road"}, {"MM", "mile marker"}, {"MP", "milepost"}};
  auto name = text::said_for(kStateRoads, words[i].core);
  if (!name || !words[i].suffix.empty()) return std::nullopt;
  // "an SR 22 form": the article of a letter's sound, so the writer says the letters.
  if (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"an"})) return std::nullopt;
  if (words[i].core == "MM" || words[i].core == "MP") {
    return text::any_word_near(words, i, 12, tells_of_mileposts) ? name : std::nullopt;
  }
  if (!placed_on_road(words, i) && !text::any_word_near(words, i, 12, tells_of_road_travel)) return std::nullopt;
  return name;
}

// "Hwy 101", "Rte. 9", "Rt 66N": a road's short form right before its number is the road's
// name; left as written eSpeak NG spells "Hwy" and reads "Rt" as letters.
std::optional<Match> route_abbreviation(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || (!w.suffix.empty() && w.suffix != ".") || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view name;
  if (text::is_one_of(w.core, {"Hwy", "HWY"})) name = "Highway";
  if (text::is_one_of(w.core, {"Hwys"})) name = "Highways";
  if (text::is_one_of(w.core, {"Rte", "Rt", "RTE"})) name = "Route";
  bool marker = w.core == "MM" || w.core == "MP";
  std::string_view number = words[i + 1].core;
  // "MM 119": a mile marker counts miles, "mile marker one hundred nineteen" as it is in words.
  if (name.empty() && is_route_figure(number) && !(marker && number.size() > 3)) name = state_road_name(words, i).value_or("");
  if (name.empty()) return std::nullopt;
  if (marker) return Match{2, std::string(name) + " " + cardinal_words(number), false};
  if (!number.empty() && text::is_one_of(number.substr(number.size() - 1), {"N", "S", "E", "W"})) number.remove_suffix(1);
  // "Hwy 15/501": two routes sharing the road.
  std::size_t slash = number.find('/');
  bool shared = slash != std::string_view::npos && is_route_figure(number.substr(0, slash)) &&
                is_route_figure(number.substr(slash + 1));
  if (!is_route_figure(number) && !shared) return std::nullopt;
  // "Hwy 401": a lone route's number is a label, said in pairs ("four oh one") as "Route 101" is;
  // after "Hwy." the period is the abbreviation's, and the number is left to the other rules.
  if (!shared && w.suffix.empty()) {
    std::string_view branch = words[i + 1].core.substr(number.size());
    return Match{2, std::string(name) + " " + route_label(number) + (branch.empty() ? "" : " " + std::string(branch)), false};
  }
  return Match{1, std::string(name), !w.suffix.empty()};
}

// "EB", "SB": a traffic report's direction of travel, said as the word ("eastbound"); spelt
// "E B" it was no word a driver hears on the radio.
std::optional<std::string_view> bound_word(std::string_view core) {
  static constexpr text::Said kBound[] = {
      {"EB", "eastbound"}, {"WB", "westbound"}, {"NB", "northbound"}, {"SB", "southbound"}};
  return text::said_for(kBound, core);
}

bool is_lane_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"lane", "lanes", "traffic", "carriageway", "carriageways", "side", "ramp", "ramps",
                                     "on-ramp", "off-ramp", "exit", "exits", "shoulder", "direction", "approach",
                                     "span", "bore", "tube", "roadway", "travel", "trains", "platform"});
}

// "an I-90 road": "I-90", "US-1", "SR-9".
bool is_route_name(std::string_view w) {
  std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && dash <= 2 && text::all_upper(w.substr(0, dash)) &&
         is_route_figure(w.substr(dash + 1));
}

// "both EB lanes", "the SB carriageway", "EB and WB traffic", "I-84 WB": before a lane's noun
// (through a pair joined by "and"), or after a route's name, the letters are a direction.
std::optional<Match> travel_direction(const Words& words, std::size_t i) {
  auto bound = bound_word(words[i].core);
  if (!bound || !words[i].prefix.empty()) return std::nullopt;
  std::size_t k = i + 1;
  if (k + 1 < words.size() && words[i].suffix.empty() && text::is_one_of_lowered(words[k].core, {"and", "or", "&"}) &&
      bound_word(words[k + 1].core)) {
    k += 2;
  }
  bool lane = k < words.size() && words[k - 1].suffix.empty() && is_lane_noun(words[k].core);
  bool after_route = i > 0 && words[i - 1].suffix.empty() && is_route_name(words[i - 1].core);
  if (!lane && !after_route) return std::nullopt;
  return Match{1, std::string(*bound), false};
}

}  // namespace

// "the A1(M)", "A38(M)": a British A road built to motorway standard, said "A one M"; read
// piece by piece the bracket made two pauses ("A one, M,").
std::optional<Match> motorway_standard_road(const Words& words, std::size_t i) {
  std::string core(words[i].core);
  if (text::starts_with(words[i].suffix, ")")) core += ")";
  if (core.size() < 5 || core[0] != 'A' || !text::ends_with(core, "(M)")) return std::nullopt;
  std::string_view figure = std::string_view(core).substr(1, core.size() - 4);
  if (figure.empty() || figure.size() > 4 || figure[0] == '0' || !text::all_digits(figure)) return std::nullopt;
  return Match{1, "A " + cardinal_words(figure) + " M", false};
}

std::optional<Match> match_route_number(const Words& words, std::size_t i) {
  if (auto m = route_abbreviation(words, i)) return m;
  if (auto m = travel_direction(words, i)) return m;
  if (auto m = motorway_standard_road(words, i)) return m;
  std::string_view core = words[i].core;
  // "Interstate 35W", "Route 9N": a route's branch letter, not watts or newtons.
  if (i > 0 && core.size() >= 2 && words[i - 1].suffix.empty() && is_route_prefix(words[i - 1]) &&
      text::is_one_of(core.substr(core.size() - 1), {"N", "S", "E", "W"}) && is_route_figure(core.substr(0, core.size() - 1))) {
    return Match{1, route_label(core.substr(0, core.size() - 1)) + " " + std::string(core.substr(core.size() - 1)), false};
  }
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  // "the US 9/11 commission": the attacks keep their name.
  if (!is_route_figure(left) || !is_route_figure(right) || core == "9/11") return std::nullopt;
  const Word* before = i > 0 ? &words[i - 1] : nullptr;
  bool prefixed = before && (before->suffix.empty() || before->suffix == ".") && is_route_prefix(*before);
  // A road noun after the figures names a road only after "the" or a preposition of place
  // ("on the 15/501 highway", "via 54/55 bypass"); "about 2/3 road users" is a fraction.
  bool placed = before && before->suffix.empty() &&
                text::is_one_of_lowered(before->core, {"the", "on", "along", "via", "onto", "off", "from", "to"});
  bool noun_after = placed && i + 1 < words.size() && words[i].suffix.empty() && is_road_noun(words[i + 1].core);
  if (!prefixed && !noun_after) return std::nullopt;
  return Match{1, route_label(left) + " slash " + route_label(right), false};
}

}  // namespace briefcast::rules
