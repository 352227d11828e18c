// An element's symbol after the grade of ore or rock given in it, as mining copy writes it
// ("1.8 g/t Au", "0.62% Cu", "62% Fe", "2.4 g/t AuEq"): said by the element's name, as a
// reader says "one point eight grams per tonne gold". Left as written, eSpeak NG says "Cu" as
// "koo" and "Fe" as "fee". Only right after a percentage or a grade unit; elsewhere the same
// letters are names or words ("Co", "Ni", "Mo"). So is "Au" after a fineness or a weight of
// bullion (".9999 Au"): gold, not astronomical units.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

struct Element {
  std::string_view symbol;
  std::string_view name;
};

constexpr Element kElements[] = {
    {"Au", "gold"},      {"Ag", "silver"},  {"Cu", "copper"},   {"Fe", "iron"},      {"Zn", "zinc"},
    {"Pb", "lead"},      {"Ni", "nickel"},  {"Co", "cobalt"},   {"Mo", "molybdenum"}, {"Sn", "tin"},
    {"Pt", "platinum"},  {"Pd", "palladium"}, {"Li", "lithium"}, {"Mn", "manganese"}, {"Cr", "chromium"},
    {"Sb", "antimony"},  {"Bi", "bismuth"}, {"Nb", "niobium"},  {"Ta", "tantalum"},  {"REO", "rare earth oxides"},
    {"TREO", "total rare earth oxides"}, {"Si", "silicon"}, {"Ti", "titanium"}, {"Mg", "magnesium"},
    {"Al", "aluminium"},
};

// Symbols of one letter, which are grades, classes and initials as often ("35% B", "a 5% N"
// share): an element only in a composition that also names an element of two letters
// ("0.62% C, 14% Cr and 0.11% N", a steel's carbon, chromium and nitrogen).
constexpr Element kOneLetterElements[] = {{"C", "carbon"},  {"N", "nitrogen"}, {"P", "phosphorus"}, {"S", "sulphur"},
                                          {"V", "vanadium"}, {"W", "tungsten"}, {"B", "boron"}};

// Words of a line about ore, where a percentage before a symbol is a grade.
bool is_ore_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"ore", "grade", "grades", "graded", "assay", "assays", "assayed", "drill", "drilled",
                                     "drilling", "hole", "holes", "intercept", "intercepts", "intersected", "mine", "mined",
                                     "deposit", "resource", "reserve", "reserves", "vein", "trench", "trenching",
                                     "concentrate", "concentrates", "fines", "stockpile", "samples", "sampled", "core"});
}

bool is_element_symbol(std::string_view w) {
  for (const Element& e : kElements) {
    if (w == e.symbol) return true;
  }
  return false;
}

std::optional<std::string_view> one_letter_element(std::string_view w) {
  for (const Element& e : kOneLetterElements) {
    if (w == e.symbol) return e.name;
  }
  return std::nullopt;
}

// "~0.62%": a percentage, perhaps marked as rough, with nothing after it.
bool is_percent_word(const Word& w) {
  return text::ends_with(w.core, "%") && w.suffix.empty() && (w.prefix.empty() || w.prefix == "~");
}

// Words of a line about steel and other metals, where a one-letter symbol after a percentage
// is an element ("0.62% C, 14% Cr" in a blade steel) rather than a grade, a party or an initial.
bool is_metal_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"steel", "steels", "alloy", "alloys", "alloyed", "weld", "welds", "welded",
                                     "welding", "iron", "metal", "metals", "metallurgy", "blade", "blades", "knife",
                                     "knives", "stainless", "casting", "castings", "forged", "forging", "solder"});
}

// "30% Al Gore", "1% Al Pacino": a symbol run on into a capitalized word is a name's first part.
bool begins_a_name(const Words& words, std::size_t j) {
  if (!words[j].suffix.empty() || j + 1 >= words.size() || !words[j + 1].prefix.empty()) return false;
  std::string_view next = words[j + 1].core;
  return text::is_capitalized(next) && !is_element_symbol(next) && !one_letter_element(next);
}

// "91.3% Fe and 7.8% Ni": another percentage of an element within a few words makes the line
// an alloy's or a rock's composition, whatever it is about (a meteorite, a steel).
// A symbol of one letter counts beside another only in a line about metals (`metal_line`), and
// one of a single letter itself (`one_letter`) needs one of two letters beside it.
bool in_composition(const Words& words, std::size_t k, bool one_letter = false) {
  bool metal_line = text::any_word_near(words, k, 12, is_metal_word);
  std::size_t from = k >= 5 ? k - 5 : 0;
  for (std::size_t j = from; j + 1 < words.size() && j <= k + 5; ++j) {
    if (j == k || !is_percent_word(words[j])) continue;
    std::string_view symbol = words[j + 1].core;
    bool element = is_element_symbol(symbol) || (!one_letter && metal_line && one_letter_element(symbol));
    if (element && words[j + 1].prefix.empty() && !begins_a_name(words, j + 1)) return true;
  }
  return false;
}

// A grade: a figure and a grade unit before the symbol ("1.8 g/t", "3.4g/t", "450ppm"), or a
// percentage ("0.62%") in a line about ore ("Shares rose 4% Co said" is no grade).
bool is_grade(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty() || !(words[k].prefix.empty() || words[k].prefix == "~")) return false;
  std::string_view w = words[k].core;
  for (std::string_view unit : {"%", "g/t", "ppm", "ppb", "oz/t", "lb/t"}) {
    if (!text::ends_with(w, unit)) continue;
    if (unit == "%" && !text::any_word_near(words, k, 8, is_ore_word) && !in_composition(words, k)) return false;
    std::string_view figure = w.substr(0, w.size() - unit.size());
    if (!figure.empty()) return text::parse_number(figure).has_value();
    // "1.8 g/t Au": the unit alone, after its figure.
    return k > 0 && words[k - 1].suffix.empty() && text::parse_number(words[k - 1].core).has_value();
  }
  return false;
}

// Words of a line about bullion and coins, where "Au" and "Ag" are the metals.
bool is_bullion_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"gold", "silver", "platinum", "palladium", "bullion", "coin", "coins", "bar",
                                     "bars", "ingot", "ingots", "oz", "ozt", "ounce", "ounces", "troy", "fine",
                                     "fineness", "purity", "pure", "mint", "minted", "karat", "carat", "proof",
                                     "hallmark", "hallmarked", "jewellery", "jewelry", "nugget", "nuggets"});
}

// Words of a line about the sky, where "1.2 AU" is astronomical units.
bool is_astronomy_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"orbit", "orbits", "orbital", "orbiting", "sun", "solar", "planet", "planets",
                                     "planetary", "comet", "comets", "asteroid", "asteroids", "star", "stars",
                                     "perihelion", "aphelion", "distance", "spacecraft", "probe", "telescope",
                                     "exoplanet", "moon", "earth", "jupiter", "neptune", "saturn", "mars"});
}

bool is_precious_metal(std::string_view w) { return text::is_one_of(w, {"Au", "Ag", "Pt", "Pd"}); }

// ".9999", "0.999", "999.9", "999": the fineness of a precious metal, in parts of one or of a
// thousand.
bool is_fineness(std::string_view figure) {
  auto n = text::parse_number(figure);
  if (!n || n->negative || n->grouped) return false;
  if (n->has_point) return n->integer.empty() || n->integer == "0" || n->integer == "999";
  return text::is_one_of(figure, {"999", "9999", "958", "925", "916", "900", "750", "585", "375"});
}

// "1 oz .9999 Au bullion": a precious metal's symbol after its fineness is the metal ("point
// nine nine nine nine gold"), never astronomical units, which need the sky in the line. Read at
// the figure, before the measure rules take "Au" as the unit.
std::optional<Match> fine_metal(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() ||
      !is_precious_metal(words[i + 1].core) || !is_fineness(words[i].core) ||
      text::any_word_near(words, i, 10, is_astronomy_word)) {
    return std::nullopt;
  }
  for (const Element& e : kElements) {
    if (e.symbol == words[i + 1].core) return Match{2, speak_word(words[i].core) + " " + std::string(e.name), false};
  }
  return std::nullopt;
}

// "a 1 oz Au coin", "5 g Ag": a weight before the symbol, in a line about bullion.
bool after_bullion_weight(const Words& words, std::size_t i) {
  if (i < 2 || !is_precious_metal(words[i].core) || !words[i - 1].suffix.empty() || !words[i - 2].suffix.empty() ||
      !text::is_one_of(words[i - 1].core, {"oz", "ozt", "g", "kg", "ounce", "ounces", "gram", "grams"}) ||
      !text::parse_number(words[i - 2].core)) {
    return false;
  }
  return text::any_word_near(words, i, 8, is_bullion_word) && !text::any_word_near(words, i, 10, is_astronomy_word);
}

}  // namespace

std::optional<Match> match_assay_element(const Words& words, std::size_t i) {
  if (auto metal = fine_metal(words, i)) return metal;
  std::string_view core = words[i].core;
  if (i == 0 || core.empty() || core.size() > 6 || !words[i].prefix.empty() || !text::is_upper(core[0])) {
    return std::nullopt;
  }
  // "0.11% N": one letter, an element only beside a percentage of a two-letter one.
  if (begins_a_name(words, i)) return std::nullopt;
  if (auto name = one_letter_element(core); name && is_percent_word(words[i - 1]) && in_composition(words, i - 1, true) &&
                                            text::any_word_near(words, i, 12, is_metal_word)) {
    return Match{1, std::string(*name), false};
  }
  // "AuEq", "CuEq": a grade of several metals given as the one they are worth.
  bool equivalent = text::ends_with(core, "Eq");
  std::string_view symbol = equivalent ? core.substr(0, core.size() - 2) : core;
  for (const Element& e : kElements) {
    if (symbol != e.symbol) continue;
    if (!is_grade(words, i - 1) && !after_bullion_weight(words, i)) return std::nullopt;
    return Match{1, std::string(e.name) + (equivalent ? " equivalent" : ""), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
