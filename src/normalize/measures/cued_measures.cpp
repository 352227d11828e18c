// Measures that a word beside them names or qualifies: knots ("80 kt winds"), a change after
// a verb of rising ("rose +5.5%"), a choice of sizes ("2GB/3GB"), a quake's magnitude (in
// quake_magnitudes.cpp), stones, hours and minutes ("1h 30m"), feet and inches before a noun ("a 6ft 5in
// tall man"), a label's letter ("Pier 3 L"), a screen's resolution ("1920x1080"), the
// nautical mile at sea ("14nm off the coast"), a ship's gross tonnage ("49,000 GT") and one
// measure in two systems ("200g/7oz").
#include <algorithm>
#include <initializer_list>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/measures/tonnage_cues.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::string quantity(const text::NumberLiteral& n) { return number_words(n, false); }

// "1h 30m", "2hr 5m": after hours, an "m" is minutes, not meters.
std::optional<Match> hours_and_minutes(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto split = [](std::string_view core, std::initializer_list<std::string_view> units) -> std::optional<std::string_view> {
    for (std::string_view unit : units) {
      if (core.size() > unit.size() && text::ends_with(core, unit) && text::all_digits(core.substr(0, core.size() - unit.size()))) {
        return core.substr(0, core.size() - unit.size());
      }
    }
    return std::nullopt;
  };
  auto hours = split(words[i].core, {"h", "hr", "hrs"});
  auto minutes = split(words[i + 1].core, {"m", "min", "mins"});
  if (!hours || !minutes || minutes->size() > 2) return std::nullopt;
  std::string spoken = cardinal_words(*hours) + (*hours == "1" ? " hour " : " hours ") + cardinal_words(*minutes) +
                       (*minutes == "1" ? " minute" : " minutes");
  return Match{2, spoken, false};
}

// "a 6ft 5in tall suspect", "a 5ft 11in forward": feet and inches each joined to its figure,
// before the noun they describe, said as a height is said there, "six foot five"; read one by
// one they were "six feet five inches", a plural that does not fit before a noun. Elsewhere
// ("the wall is 6ft 4in tall") that reading stays.
std::optional<Match> attached_feet_and_inches(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view feet = words[i].core;
  std::string_view inches = words[i + 1].core;
  if (feet.size() < 3 || feet.size() > 4 || !text::ends_with(feet, "ft") || inches.size() < 3 || inches.size() > 4 ||
      !text::ends_with(inches, "in")) {
    return std::nullopt;
  }
  feet.remove_suffix(2);
  inches.remove_suffix(2);
  if (!text::all_digits(feet) || !text::all_digits(inches) || std::stoi(std::string(inches)) > 11 ||
      !is_adjectival(words, i, 2)) {
    return std::nullopt;
  }
  return Match{2, cardinal_words(feet) + " foot " + cardinal_words(inches), false};
}

// "11st 10lb", "weighs 14st": stones, where "st" is no ordinal suffix of the figure ("21st"
// is), next to pounds or after a word of weight; alone, "11st" is a misspelt ordinal. A figure
// ending in 0 or 4 to 9 has no ordinal a slip could write with "st" ("12st" may be "12th",
// "14st" never is), so it is stones wherever it stands ("his 10st weight loss", "was 14st");
// said "saint" it lost the unit.
std::optional<Match> stones(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || !text::ends_with(core, "st") || !text::all_digits(core.substr(0, core.size() - 2)) ||
      speak_ordinal(core)) {
    return std::nullopt;
  }
  bool pounds = i + 1 < words.size() && words[i].suffix.empty() &&
                (text::ends_with(words[i + 1].core, "lb") || text::ends_with(words[i + 1].core, "lbs"));
  bool weight = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"weighs", "weighed", "weighing", "weight", "lost",
                                                                          "gained", "carried", "carrying", "shed"});
  char last = core[core.size() - 3];
  bool no_slip = last == '0' || last >= '4';
  if (!pounds && !weight && !no_slip) return std::nullopt;
  return Match{1, cardinal_words(core.substr(0, core.size() - 2)) + " stone", false};
}

}  // namespace

bool is_label_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"group", "pool", "section", "building", "block", "pier", "ward", "lot",
                                          "runway", "gate", "room", "apartment", "flat", "level", "division", "phase",
                                          "class", "grade", "type", "platform", "terminal", "district", "unit",
                                          "floor", "row", "seat", "zone", "page", "number", "no", "team", "form",
                                          "schedule", "table", "figure", "chapter", "article", "part", "item",
                                          "tier", "stage", "step", "category", "bay", "berth", "stand", "wing",
                                          "hall", "court", "lane", "exit", "box", "line", "track", "sector"});
}

namespace {

// "Building 5 W on campus", "Section 5 J of the law": a capitalised name before the figure,
// mid-sentence, and nothing that the letter could measure after it. "a Philips 60 W bulb"
// stays a measure, as the noun after it shows.
bool after_capitalised_label(const Words& words, std::size_t i, std::size_t j) {
  if (i < 2 || !words[i - 1].suffix.empty() || !text::is_capitalized(words[i - 1].core)) return false;
  std::string_view before = words[i - 2].suffix;
  if (!before.empty() && (before.back() == '.' || before.back() == '!' || before.back() == '?' || before.back() == ':')) {
    return false;
  }
  if (text::is_function_word(text::lower(words[i - 1].core)) || !text::all_alpha(words[i - 1].core)) return false;
  bool closes = j + 1 >= words.size() || !words[j].suffix.empty() ||
                text::is_function_word(text::lower(words[j + 1].core));
  return closes;
}

// A single capital after a figure ("Group 3 A", "Pier 3 L", "Level 4 S"): a unit symbol only
// where the figure measures something, not where it numbers a label. Said as the figure and the
// letter's name; "A" as "Eh", since eSpeak NG reads a lone "A" as the article.
std::optional<Match> lettered_label(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view figure = words[i].core;
  std::string_view letter = words[i + 1].core;
  if (figure.empty() || figure.size() > 3 || !text::all_digits(figure) || letter.size() != 1 ||
      !text::is_upper(letter[0])) {
    return std::nullopt;
  }
  bool label = (i > 0 && words[i - 1].suffix.empty() && is_label_noun(words[i - 1].core)) ||
               after_capitalised_label(words, i, i + 1);
  if (!label && letter != "A") return std::nullopt;
  // "Chapter 3 A New Start": before a capitalised word a lone "A" is a title's article.
  if (letter == "A" && i + 2 < words.size() && words[i + 1].suffix.empty() &&
      text::is_capitalized(words[i + 2].core)) {
    return std::nullopt;
  }
  return Match{2, cardinal_words(figure) + " " + letter_names(letter), false};
}

// "80 kt winds", "gusts to 45kt": weather and aviation copy write the knot "kt". The same
// letters are the kilotonne only in a line about a bomb's yield or a mine's output, which
// names it.
// The figure that opens a word: digits with their points, commas and a range's dash ("45",
// "40-50", "80-" of "80-kt").
std::size_t figure_length(std::string_view core) {
  if (core.empty() || !text::is_digit(core[0])) return 0;
  std::size_t k = 0;
  while (k < core.size()) {
    if (text::is_digit(core[k]) || core[k] == '.' || core[k] == ',' || core[k] == '-') {
      ++k;
    } else if (core.substr(k, 3) == "\u2013") {  // the en dash of a range ("8\u201312 kt")
      k += 3;
    } else {
      break;
    }
  }
  return k;
}

// Where a unit's symbol stands after the figure that opens words[i]: spaced ("45 kt") or glued
// ("45kt"); nothing when the symbol is not there.
struct SymbolAt {
  std::size_t figure = 0;  // the figure's length in words[i].core
  bool spaced = false;
};

std::optional<SymbolAt> symbol_after_figure(const Words& words, std::size_t i, std::size_t figure, std::string_view symbol) {
  std::string_view core = words[i].core;
  if (figure == 0) return std::nullopt;
  if (figure == core.size() && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      words[i + 1].core == symbol) {
    return SymbolAt{figure, true};
  }
  if (core.substr(figure) == symbol) return SymbolAt{figure, false};
  return std::nullopt;
}

// The figure read again with `other`, a symbol of the same unit that no other unit shares, in
// place of the ambiguous one: with the words after it as a measure, else (glued, "45kt",
// "40-50kt", which is no phrase of words) as the word alone is said.
// Only the words around the figure are copied (a sentence's reach either side): a copy of the
// whole line for each figure would cost a line of figures the square of its length.
constexpr std::size_t kSymbolReach = 48;

std::optional<Match> read_with_symbol(const Words& words, std::size_t i, SymbolAt at, std::string_view other) {
  std::size_t from = i > kSymbolReach ? i - kSymbolReach : 0;
  std::size_t to = std::min(words.size(), i + kSymbolReach);
  Words again(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(to));
  std::size_t k = i - from;
  std::string joined = std::string(words[i].core.substr(0, at.figure)) + std::string(other);
  if (at.spaced) {
    again[k + 1].core = other;
  } else {
    again[k].core = joined;
  }
  if (auto m = match_measure(again, k)) return m;
  if (at.spaced) return std::nullopt;
  auto spoken = speak_measure(joined);
  if (!spoken) spoken = speak_range(joined);
  if (spoken) return Match{1, *spoken, false};
  return std::nullopt;
}

bool tells_of_sea_or_air(std::string_view core);

// "reached 38.6 kt", "a 620 kt quota": a trade says its kilotonnes "thousand tonnes", one
// adjective before a noun.
std::optional<Match> thousand_tonnes(const Words& words, std::size_t i, SymbolAt at) {
  auto number = text::parse_plain_figure(words[i].core.substr(0, at.figure));
  if (!number) return std::nullopt;
  std::size_t count = at.spaced ? 2 : 1;
  std::string said = number_words(*number, false) + " thousand tonne";
  std::size_t next = i + count;
  // Only after a determiner ("a 620 kt quota"): "38.6 kt last year" ends the tonnage.
  bool determined = i > 0 && words[i - 1].suffix.empty() &&
                    (text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the", "its", "their", "this"}) ||
                     text::is_possessive(words[i - 1].core));
  bool before_noun = determined && words[next - 1].suffix.empty() && next < words.size() && words[next].prefix.empty() &&
                     !words[next].core.empty() && text::is_lower(words[next].core[0]) && text::all_alpha(words[next].core) &&
                     !is_not_noun(words[next].core) && !text::is_function_word(text::lower(words[next].core));
  // "the experiment's 17 kt liquid-argon module": a hyphened compound opens the noun too.
  before_noun = before_noun || (words[next - 1].suffix.empty() && is_adjectival(words, i, count));
  return Match{count, before_noun ? text::hyphenated(said) : said + "s", false};
}

// "argon", "detector", "neutrino": a particle detector's words, whose target mass is given in
// kilotonnes ("a 17 kt liquid-argon module").
bool tells_of_detector_mass(std::string_view core) {
  return text::is_one_of_lowered(core, {"argon", "liquid-argon", "xenon", "detector", "detector's", "detectors",
                                        "neutrino", "neutrinos", "cryostat", "cryostats", "scintillator"});
}

std::optional<Match> knots(const Words& words, std::size_t i) {
  auto at = symbol_after_figure(words, i, figure_length(words[i].core), "kt");
  if (!at) return std::nullopt;
  // "an 18 kt gold necklace": gold's fineness in carats, the jeweller's own letters.
  if (at->spaced) {
    if (auto carat = match_carat_mark(words, i)) return carat;
  }
  // "120 kt of copper": winds are never "of" something; a mass is.
  std::size_t after = at->spaced ? i + 2 : i + 1;
  bool mass_of = after < words.size() && words[after - 1].suffix.empty() && words[after].core == "of";
  // "cutting CO2 by 1.8 kt a year", "exports from the port rose to 61 kt": near words of
  // emissions or of trade, a mass, unless a wind, a sail or a craft is near, or a figure "at"
  // which something goes at sea or in the air ("steamed out of port at 18 kt").
  bool speed = text::any_word_near(words, i, 12, tells_of_wind_or_sail) || text::any_word_near(words, i, 12, tells_of_craft);
  bool goes_at = i > 0 && text::lower(words[i - 1].core) == "at" && text::any_word_near(words, i, 12, tells_of_sea_or_air);
  bool emitted = text::any_word_near(words, i, 12, tells_of_emissions) && !speed && !goes_at;
  bool traded = text::any_word_near(words, i, 12, tells_of_traded_tonnage) && !speed && !goes_at;
  if (mass_of || emitted || text::any_word(words, tells_of_kilotonnes)) return std::nullopt;
  // "the catch fell 3\u20134 kt as trawlers stayed in port": a traded good named just before the
  // figure is what it weighs, though boats and ports are near; a craft sails "at" its knots,
  // and words of wind or sail keep them.
  bool subject = false;
  for (std::size_t k = i; k > 0 && i - k < 3; --k) subject = subject || tells_of_traded_tonnage(words[k - 1].core);
  subject = subject && text::lower(words[i - 1].core) != "at" && !text::any_word_near(words, i, 12, tells_of_wind_or_sail);
  if (traded || subject) return thousand_tonnes(words, i, *at);
  // "the experiment's 17 kt argon module": a detector's mass is weighed in kilotonnes; with no
  // such cue "kt" stays the knot, a storm's or a ship's speed ("Beryl will reach 120 kt").
  if (!speed && !goes_at && text::any_word_near(words, i, 12, tells_of_detector_mass)) {
    return thousand_tonnes(words, i, *at);
  }
  // "kn" is the knot's other symbol.
  return read_with_symbol(words, i, *at, "kn");
}

// Words of a line at sea or in the air, where "nm" is the nautical mile.
bool tells_of_sea_or_air(std::string_view core) {
  // The sea words the vessel types key on too (trade_cues), then those of the coast, the air and
  // of sailing.
  return tells_of_the_sea(core) ||
         text::is_one_of_lowered(
             core, {"off", "offshore", "coast", "coastline", "sea", "ferry", "yacht", "tanker", "navy", "naval",
                    "island", "knots", "aircraft", "flight", "pilot", "airspace", "submarine", "ocean", "maritime",
                    // sailing races are sailed over courses in nautical miles
                    "yachts", "yachting", "sailing", "sailed", "sailor", "sailors", "regatta", "windward", "leeward",
                    "windward-leeward", "dinghy", "dinghies", "catamaran", "trawlers", "marina", "sloop", "sloops",
                    "ketch", "schooner", "yawl", "kn",
                    // fishing limits and grounds are drawn in nautical miles
                    "fishery", "fisheries", "fishermen", "fisherman", "trawl", "trawling", "dredgers", "inshore",
                    "seabed", "eez",
                    // an airliner's range, a flight's distance ("flew 2,600 nm non-stop"); not "plane",
                    // which in optics is measured in nanometres
                    "flew", "flown", "non-stop", "nonstop", "runway", "airliner", "airliners", "jet", "jets",
                    "airport", "airline", "airlines", "planes",
                    // a cargo's passage ("added 9,000 nm to the voyage")
                    "voyage", "voyages", "cargo", "cargoes", "seaborne", "canal"});
}

// Words of a line about chips, light or particles, where "nm" is the nanometre.
bool tells_of_nanometres(std::string_view core) {
  return text::is_one_of_lowered(core, {"chip", "chips", "process", "node", "wavelength", "transistor",
                                             "transistors", "semiconductor", "laser", "lithography", "particles",
                                             "light", "nanometre", "nanometer", "euv", "uv", "lasers"});
}

// "14nm off Padstow", "200 nm from the coast": at sea and in the air "nm" is the nautical
// mile ("nmi"); elsewhere ("a 3nm chip") the nanometre.
// Rescue and sailing copy writes it in capitals too ("1,500 NM offshore"), where the state's
// letters do not stand (capital_nautical.cpp); capital "NM" is also an engine's newton-metre
// ("320 NM of torque", which goes on as a distance would), so a line of torque keeps it.
std::optional<Match> nautical_miles(const Words& words, std::size_t i) {
  auto at = symbol_after_figure(words, i, figure_length(words[i].core), "nm");
  if (!at) {
    at = symbol_after_figure(words, i, figure_length(words[i].core), "NM");
    if (!at || !capital_nm_is_nautical(words, i, at->figure, at->spaced) ||
        text::any_word_near(words, i, 20, [](std::string_view w) {
          return text::is_one_of_lowered(w, {"torque", "rpm", "engine", "motor", "bhp", "hp", "kw"});
        })) {
      return std::nullopt;
    }
  }
  if (!text::any_word_near(words, i, 20, tells_of_sea_or_air) || text::any_word_near(words, i, 20, tells_of_nanometres)) {
    return std::nullopt;
  }
  return read_with_symbol(words, i, *at, "nmi");
}

// "a 49,000 GT ferry", "228,000 GT", "a 90,000-GT ship": a ship's gross tonnage, said "gross
// tons" in a line about ships; elsewhere "GT" is a car's name ("Mustang GT") and stays. Joined
// by a hyphen, the tonnage qualifies the noun after it ("a ninety-thousand-gross-ton ship").
std::optional<Match> gross_tonnage(const Words& words, std::size_t i) {
  std::string_view figure = words[i].core;
  std::size_t count = 2;
  if (text::ends_with(figure, "-GT") && figure.size() > 3) {
    figure.remove_suffix(3);
    count = 1;
  } else if (i + 1 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "GT" ||
             !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto number = text::parse_number(figure);
  if (!number || number->negative) return std::nullopt;
  if (!text::any_word_near(words, i, 12, tells_of_ships)) return std::nullopt;
  bool joined_before_noun = count == 1 && words[i].suffix.empty() && i + 1 < words.size() &&
                            !words[i + 1].core.empty() && text::is_lower(words[i + 1].core[0]);
  bool before_noun = joined_before_noun || is_adjectival(words, i, count);
  return Match{count, before_noun ? text::hyphenated(quantity(*number) + " gross ton") : quantity(*number) + " gross tons",
               false};
}

// "rose +5.5%", "gained +12%": after a verb of rising the sign repeats what the verb says; a
// newsreader reads the change without "plus".
std::optional<Match> signed_rise(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || core.size() < 3 || core[0] != '+' || !text::is_digit(core[1]) || !words[i].prefix.empty() ||
      !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  std::string verb = text::lower(words[i - 1].core);
  if (verb == "by" && i > 1) verb = text::lower(words[i - 2].core);
  if (!text::is_one_of(verb, {"rose", "rises", "rising", "gained", "gains", "climbed", "climbs", "jumped", "jumps",
                              "increased", "grew", "surged", "soared", "advanced", "up"})) {
    return std::nullopt;
  }
  auto spoken = speak_measure(core.substr(1));
  if (!spoken) return std::nullopt;
  return Match{1, *spoken, false};
}

// "2GB/3GB RAM", "8mm/10mm": two measures in one unit, slashed, are a choice of sizes, as a
// spec sheet offers them: "two or three gigabytes", the unit said once.
std::optional<Match> measure_choice(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  std::size_t left_figure = text::number_prefix_length(left);
  std::size_t right_figure = text::number_prefix_length(right);
  if (left_figure == 0 || right_figure == 0 || left.substr(left_figure).empty() ||
      left.substr(left_figure) != right.substr(right_figure)) {
    return std::nullopt;
  }
  auto first = text::parse_number(left.substr(0, left_figure));
  auto second = speak_measure(right);
  if (!first || first->negative || !second || !speak_measure(left)) return std::nullopt;
  return Match{1, quantity(*first) + " or " + *second, false};
}

// "200g/7oz", "180C/350F/gas mark 4", "a 5km/3mi loop": one measure given in two systems,
// slashed, as recipes and travel copy give them, is said "two hundred grams or seven ounces";
// "slash" or "per" was read between them. Both must measure the same kind of thing, so a
// concentration ("10mg/5ml") is no choice. A last "gas" is the oven's gas mark.
std::optional<Match> converted_measure(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || core.size() > 40) return std::nullopt;
  bool adjective = is_adjectival(words, i, 1);
  std::string spoken;
  std::string_view kind;
  int measures = 0;
  bool gas = false;
  for (std::string_view rest = core; !rest.empty();) {
    std::size_t cut = rest.find('/');
    std::string_view part = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
    if (cut != std::string_view::npos && rest.empty()) return std::nullopt;
    if (!spoken.empty()) spoken += " or ";
    if (text::iequals(part, "gas") && rest.empty() && kind == "temperature") {
      spoken += "gas";
      gas = true;
      continue;
    }
    if (text::number_prefix_length(part) == 0) return std::nullopt;
    auto said = adjective ? speak_measure_adjective(part) : speak_measure(part);
    std::string_view this_kind = said ? quantity_kind(*said) : "";
    if (this_kind.empty() || (!kind.empty() && kind != this_kind)) return std::nullopt;
    kind = this_kind;
    spoken += *said;
    ++measures;
  }
  if (measures < (gas ? 1 : 2)) return std::nullopt;
  return Match{1, spoken, false};
}

// A side of a screen's resolution: three or four figures, no leading zero, and no fewer than the
// 240 lines of the smallest screens, so that a small size ("a 150 x 200 print") stays a count.
bool is_resolution_side(std::string_view s) {
  return (s.size() == 3 || s.size() == 4) && text::all_digits(s) && s[0] != '0' && (s.size() == 4 || s >= "240");
}

// "2560x1600", "1920×1080", "1280 x 720 pixels": a display resolution, two labels said in pairs
// as people name them ("nineteen twenty by ten eighty"), not counts in the thousands. A unit
// after the figures other than pixels makes them a size ("1200x600 mm").
std::optional<Match> resolution(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::size_t sign = core.find_first_of("xX");
  std::size_t sign_size = 1;
  if (std::size_t times = core.find("\u00d7"); times != std::string_view::npos) {
    sign = times;
    sign_size = 2;
  }
  std::string_view width;
  std::string_view height;
  std::size_t count = 1;
  if (sign != std::string_view::npos) {
    width = core.substr(0, sign);
    height = core.substr(sign + sign_size);
  } else if (i + 2 < words.size() && w.suffix.empty() && words[i + 1].prefix.empty() && words[i + 1].suffix.empty() &&
             words[i + 2].prefix.empty() && text::is_one_of(words[i + 1].core, {"x", "X", "\u00d7"})) {
    width = core;
    height = words[i + 2].core;
    count = 3;
  }
  // "1920x1080p": a video's scan, progressive or interlaced, said as its letter.
  std::string scan;
  if (!height.empty() && (height.back() == 'p' || height.back() == 'i')) {
    scan = std::string(" ") + height.back();
    height.remove_suffix(1);
  }
  if (!is_resolution_side(width) || !is_resolution_side(height)) return std::nullopt;
  const Word& last = words[i + count - 1];
  // "353 × 250 × 25 mm": a third side makes a box's size; a screen has two.
  if (count == 3 && last.suffix.empty() && i + count < words.size() && is_times_sign(words[i + count])) {
    return std::nullopt;
  }
  bool unit_follows = i + count < words.size() && last.suffix.empty() &&
                      !text::is_one_of(words[i + count].core, {"pixels", "pixel", "px"}) &&
                      find_unit(words[i + count].core).has_value();
  if (unit_follows) return std::nullopt;
  return Match{count, paired_digit_words(width) + " by " + paired_digit_words(height) + scan, false};
}

}  // namespace

std::optional<Match> match_cued_measure(const Words& words, std::size_t i) {
  if (auto m = resolution(words, i)) return m;
  if (auto m = knots(words, i)) return m;
  if (auto m = nautical_miles(words, i)) return m;
  if (auto m = gross_tonnage(words, i)) return m;
  if (auto m = signed_rise(words, i)) return m;
  if (auto m = measure_choice(words, i)) return m;
  return converted_measure(words, i);
}

std::optional<Match> match_named_measure(const Words& words, std::size_t i) {
  if (auto m = match_quake_magnitude(words, i)) return m;
  if (auto m = stones(words, i)) return m;
  if (auto m = hours_and_minutes(words, i)) return m;
  if (auto m = attached_feet_and_inches(words, i)) return m;
  return lettered_label(words, i);
}

}  // namespace briefcast::rules
