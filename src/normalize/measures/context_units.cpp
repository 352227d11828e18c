// Unit letters that are something else on their own, said as units where the words beside
// them show it: a bare "t" after a figure is the tonne when "of" or the clause's end follows
// ("2,000 t of flour", "set at 160,000 t."), or a function word among words of weighing
// ("displaces 9.2 t on"), and joined by a hyphen before a weighed noun ("220-t haul trucks"),
// since "5 t" alone may be a letter; "Ma", "Ga" and "ka" after a figure are geology's ages
// ("66 Ma" -> "sixty six million years ago"), read by geological_ages.cpp; "troy oz" is
// the troy ounce; "pt" is read by figure_points.cpp; "M" after a small figure among
// words of chemistry is molar; and the lower-case initialisms of a rate after a percentage
// ("4.2% abv", "5.9% apr") are spelt, as eSpeak NG otherwise says them as words.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/geological_ages.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

bool initials_over_area(std::string_view w) {
  std::size_t slash = w.find('/');
  if (slash == std::string_view::npos || slash < 2 || slash > 4) return false;
  std::string_view initials = w.substr(0, slash);
  return text::all_upper(initials) && text::all_alpha(initials) && text::is_one_of(w.substr(slash + 1), {"ha", "acre", "ac"});
}

namespace {

// The figure at i and an optional scale word after it ("1.5 million"): its words and the
// number of words it takes, or nothing when word i is no plain figure.
std::optional<std::pair<std::string, std::size_t>> figure_at(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() || !words[i].suffix.empty()) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  // "55–70 t", "2–3 Ma": a range of figures takes the unit's path as one figure does; a span
  // of calendar years ("2013-2019 Ma served", "the 2023-24 Ma") is dates before a name.
  auto range = number || is_year_range(words[i].core) ? std::nullopt : figure_or_range_words(words[i].core);
  if (range) return std::make_pair(*range, std::size_t{1});
  if (!number || number->negative) return std::nullopt;
  std::string spoken = number_words(*number, false);
  if (i + 1 < words.size() && words[i + 1].prefix.empty() && words[i + 1].suffix.empty() &&
      text::is_one_of(words[i + 1].core, {"thousand", "million", "billion"})) {
    return std::make_pair(spoken + " " + std::string(words[i + 1].core), std::size_t{2});
  }
  return std::make_pair(spoken, std::size_t{1});
}

// "CO₂e", "CH4", "U3O8": a substance's formula after the "t", what the tonnes are of ("5 t CO₂e").
bool names_weighed_substance(std::string_view w) {
  if (text::is_one_of(w, {"CO2", "CO\u2082", "CO2e", "CO2eq", "CO2-eq", "CO2-e", "CO\u2082e", "CO\u2082-eq"})) return true;
  return is_subscript_formula(w) || (w.find_first_of("0123456789") != std::string_view::npos && speak_chemical_formula(w));
}

// The word after k ends a tonnage: the clause ends, the line ends, or "of" or "a" follows
// ("30,000 t of ammonia", "5,000 t a day").
bool ends_quantity(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty()) return words[k].suffix[0] != '/' && words[k].suffix[0] != '-';
  if (k + 1 >= words.size()) return true;
  // "44 t GVW": a vehicle's gross weight, its initials after the tonnes; "11 t DM/ha": dry matter;
  // "41,000 t GWE": a fish harvest's weight gutted (or whole, live, head-on gutted).
  return words[k + 1].prefix.empty() &&
         (text::is_one_of(words[k + 1].core, {"of", "a", "per", "each", "in", "from", "GVW", "GCW", "GVM", "GCM",
                                              "gross", "DM", "DM/ha", "GWE", "WFE", "LWE", "HOG", "vs", "versus"}) ||
          names_weighed_substance(words[k + 1].core) || initials_over_area(words[k + 1].core));
}

// Words of a heavy thing weighed in tonnes or of its weighing: the vehicles, machines and
// loads a "t" before a noun sizes ("an 18 t appliance", "the 40 t crane").
bool tells_of_weight(std::string_view w) {
  return text::is_one_of_lowered(w, {"appliance", "appliances", "truck", "trucks", "lorry", "lorries", "vehicle",
                                     "vehicles", "van", "vans", "pickup", "pickups", "crane", "cranes", "excavator", "excavators", "digger", "diggers",
                                     "trailer", "trailers", "tanker", "tankers", "tipper", "dumper", "loader", "engine",
                                     "locomotive", "axle", "axles", "load", "loads", "payload", "weight", "weighs",
                                     "weighing", "weighed", "lift", "lifted", "lifting", "hoist", "winch", "capacity",
                                     "bridge", "tonnage", "bulldozer", "tractor", "forklift", "gvw", "hgv", "hgvs",
                                     "displaces", "displaced", "displacement", "displacing", "haul", "hauls",
                                     // a sling's or a chain's rated loads and the heavy parts cranes set
                                     "wll", "swl", "shackle", "shackles", "sling", "slings", "chains", "hook",
                                     "counterweight", "nacelle", "nacelles", "module", "modules", "girder", "girders"});
}

// "the 18 t appliance", "a 40 t crane": a "t" between a figure and a lower-case noun, among
// words of weighing, is the tonne qualifying the noun ("eighteen-tonne appliance"); "5 t" alone
// may be a letter, so only the cue words decide.
bool sizes_weighed_noun(const Words& words, std::size_t i, std::size_t k) {
  if (!words[k].suffix.empty() || k + 1 >= words.size() || !words[k + 1].prefix.empty()) return false;
  std::string_view next = words[k + 1].core;
  if (next.empty() || !text::is_lower(next[0]) || !text::all_alpha(next) || is_not_noun_after_amount(words, i, next) ||
      text::is_function_word(next) || participle_follows_measure(words, k + 1)) {
    return false;
  }
  return text::any_word_near(words, i, 6, tells_of_weight);
}

// "set six 98-t nacelles": joined by its hyphen the "t" is rarer a letter, so a word of
// weighing anywhere in the sentence's reach will do.
bool sizes_weighed_noun_far(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  return !next.empty() && text::is_lower(next[0]) && text::all_alpha(next) && !is_not_noun_after_amount(words, i, next) &&
         !text::is_function_word(next) && !participle_follows_measure(words, i + 1) &&
         text::any_word_near(words, i, 20, tells_of_weight);
}

// "she displaces 9.2 t on an", "lifts 40 t with": a function word after the "t", among words of
// weighing, ends the tonnage as the clause's end does.
bool weighed_before_function_word(const Words& words, std::size_t i, std::size_t k) {
  if (!words[k].suffix.empty() || k + 1 >= words.size() || !words[k + 1].prefix.empty()) return false;
  std::string_view next = words[k + 1].core;
  return !next.empty() && text::is_lower(next[0]) && text::is_function_word(next) &&
         text::any_word_near(words, i, 6, tells_of_weight);
}

// Words of freight or of aid delivered by weight: a cargo, its carrier or the grain it is.
bool tells_of_freight(std::string_view w) {
  return tells_of_weight(w) ||
         text::is_one_of_lowered(w, {"cargo", "cargoes", "shipment", "shipments", "shipped", "freight", "delivered",
                                     "deliveries", "airdrop", "airlift", "airlifted", "convoy", "convoys", "grain",
                                     "wheat", "maize", "sorghum", "rice", "flour", "food", "aid", "fertiliser",
                                     "fertilizer", "cement", "steel", "coal", "ore", "tonnes", "tons",
                                     // a trade's terms of sale ("a minimum order of 5 MT, CIF"); not
                                     // "order" alone, which a carmaker's buyers place for a "6 MT" too
                                     "cif", "fob", "cfr", "exw", "incoterms", "moq"});
}

// Words of a crop's or a trade's yearly tonnage ("cocoa output of 48,000 MT this year", "exports
// reached 9,500 MT"): a farm's or a country's output is weighed, a gearbox is not.
bool tells_of_output(std::string_view w) {
  return text::is_one_of_lowered(w, {"output", "harvest", "harvests", "harvested", "crop", "crops", "exports",
                                     "exported", "imports", "imported"});
}

// "delivered 18 MT, while", "shipped 500 MT of urea": capital "MT" after a figure is the metric
// ton where the quantity ends and words of freight stand near; alone it may be a transmission,
// a state or a time zone, so it is left as it is elsewhere.
// "8 ET / 6 MT", "10 PT, 11 MT": a broadcast's or a launch's hour in each of the zones.
bool is_time_zone(std::string_view w) {
  return text::is_one_of(w, {"ET", "PT", "CT", "AT", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "GMT", "UTC"});
}

// "leave at 4 MT each morning", "until 9 MT": a clock's hour after "at" is Mountain Time, not a
// weight, unless what it is of or per follows ("at 5 MT per hectare").
bool is_clock_hour(const Words& words, std::size_t i, std::size_t k) {
  if (i == 0 || !words[i - 1].suffix.empty() || !text::is_one_of_lowered(words[i - 1].core, {"at", "until", "till"})) return false;
  auto number = text::parse_number(words[i].core);
  if (!number || number->has_point || number->integer.empty() || number->integer.size() > 2 ||
      std::stoi(number->integer) > 12) {
    return false;
  }
  return k + 1 >= words.size() || !text::is_one_of(words[k + 1].core, {"of", "per"});
}

// "mile 12 MT", "Highway 200 MT": after a label's or a road's noun the figure and letters name a place.
bool after_label(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         (is_label_noun(words[i - 1].core) ||
          text::is_one_of_lowered(words[i - 1].core, {"mile", "milepost", "marker", "route", "highway", "interstate", "road"}));
}

std::optional<Match> metric_tons(const Words& words, std::size_t i, const std::string& figure, std::size_t n) {
  std::size_t k = i + n;
  if (k >= words.size() || words[k].core != "MT" || !words[k].prefix.empty()) return std::nullopt;
  // "17.5 MT of raw cashew": what the weight is of names a good, whatever the line's other words.
  bool of_a_good = words[k].suffix.empty() && k + 1 < words.size() && words[k + 1].core == "of";
  // "5 MT and payment": a function word after the letters ends the quantity as a mark does.
  // After "a" or "the" the letters name one thing ("a 5 MT and a diesel", "the 6 MT with the
  // 2.0-litre engine": a gearbox), no quantity.
  bool one_thing = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"});
  if (one_thing && !of_a_good) return std::nullopt;
  bool ends = ends_quantity(words, k) ||
              (words[k].suffix.empty() && k + 1 < words.size() && text::is_function_word(words[k + 1].core));
  if (!of_a_good && (!ends || !(text::any_word_near(words, i, 12, tells_of_freight) || text::any_word_near(words, i, 8, tells_of_output)))) return std::nullopt;
  if (after_label(words, i) || is_clock_hour(words, i, k) || text::any_word_near(words, k, 6, is_time_zone)) {
    return std::nullopt;
  }
  return Match{n + 1, figure + (figure == "one" ? " metric ton" : " metric tons"), false};
}

// The word at k is a scale said after a figure: "million", "crore", "lakh", or a figure with its
// scale letters joined ("1.4m", "3bn", "250k").
bool is_scaled_figure_end(const Words& words, std::size_t k) {
  std::string_view core = words[k].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits > 0) {
    return digits < core.size() && text::is_one_of(core.substr(digits), {"m", "mn", "bn", "k", "K", "M", "B"});
  }
  bool scale = speak_scale(core).has_value() || text::is_one_of_lowered(core, {"lakhs", "crores"});
  return scale && k > 0 && words[k - 1].suffix.empty() && !words[k - 1].core.empty() &&
         text::is_digit(words[k - 1].core[0]);
}

// "1.82 crore MT", "1.4m MT", "3.0 million MT": capital "MT" after a scale is the metric tonne,
// whatever the line's other words; no gearbox ("a 6MT"), state or time zone is counted in
// millions. Matched at the letters, the scale being said by the number rules.
std::optional<Match> scaled_metric_tons(const Words& words, std::size_t i) {
  if (words[i].core != "MT" || !words[i].prefix.empty() || i == 0 || !words[i - 1].suffix.empty() ||
      !is_scaled_figure_end(words, i - 1)) {
    return std::nullopt;
  }
  // "1.2 million MT voters", "1.1 million MT drivers": before a plural noun the letters are a
  // state's that counts them.
  if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      is_plural_noun(words[i + 1].core) && !text::is_function_word(words[i + 1].core)) {
    return std::nullopt;
  }
  // Said as metric_tons says it, the scale being said by the number rules.
  return Match{1, "metric tons", false};
}

// "from 5.6 t down to 9 kg", "between 2 t and 800 kg": another weight a few words on in the
// clause makes the "t" the tonne of a range of weights.
bool mass_follows(const Words& words, std::size_t k) {
  for (std::size_t j = k + 1; j < words.size() && j <= k + 4 && words[j - 1].suffix.empty(); ++j) {
    std::size_t digits = text::number_prefix_length(words[j].core);
    if (digits == 0) continue;
    std::string_view unit = words[j].core.substr(digits);
    if (unit.empty() && words[j].suffix.empty() && j + 1 < words.size()) unit = words[j + 1].core;
    auto name = find_unit(unit);
    return name && text::is_one_of(name->many, {"kilograms", "grams", "tonnes", "pounds"});
  }
  return false;
}

// A lorry's or a trailer's load, which haulage copy gives by its weight.
bool tells_of_haulage(std::string_view w) {
  return tells_of_weight(w) ||
         text::is_one_of_lowered(w, {"semi-trailer", "haulage", "haulier", "hauliers", "laden", "freight", "cargo"});
}

// "a load at 24 t took", "cargo of 2 t loaded": "at" or "of" before the figure, among words of a
// load, makes the "t" the load's weight, unless a noun, a name or a pronoun follows that it
// could join ("packs of 3 t shirts", "1 t Rex").
bool loaded_at(const Words& words, std::size_t i, std::size_t k) {
  return i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"at", "of", "weighing"}) &&
         !noun_may_follow(words, k + 1) && text::any_word_near(words, i, 12, tells_of_haulage);
}

std::optional<Match> tonnes(const Words& words, std::size_t i, const std::string& figure, std::size_t n) {
  std::size_t k = i + n;
  if (k < words.size() && words[k].core == "MT") return metric_tons(words, i, figure, n);
  if (k >= words.size() || words[k].core != "t" || !words[k].prefix.empty()) return std::nullopt;
  // "the Model 3 t.": after a label's figure the "t" is a letter of the label.
  if (i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core) && text::all_alpha(words[i - 1].core) &&
      !text::is_function_word(text::lower(words[i - 1].core))) {
    return std::nullopt;
  }
  if (sizes_weighed_noun(words, i, k)) return Match{n + 1, text::hyphenated(figure + " tonne"), false};
  // A participle going on to a preposition after the "t" (loaded onto, sent to), among words of weighing,
  // ends the tonnage as a function word does.
  bool participle = participle_follows_measure(words, k + 1) && text::any_word_near(words, i, 6, tells_of_weight);
  if (!ends_quantity(words, k) && !weighed_before_function_word(words, i, k) && !mass_follows(words, k) && !participle &&
      !loaded_at(words, i, k)) {
    return std::nullopt;
  }
  bool one = figure == "one";
  return Match{n + 1, figure + (one ? " tonne" : " tonnes"), false};
}

// Words of a line from India, whose papers write "mt" for million tonnes.
bool tells_of_india(std::string_view core) {
  return text::is_one_of(core, {"India", "India's", "Indian", "crore", "lakh", "Rs", "\u20b9"});
}

// "its 220-t haul trucks": a "t" joined to its figure by a hyphen, before a noun among words of
// weighing, is the tonne as the spaced one is.
std::optional<Match> joined_tonnes(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || !text::ends_with(core, "-t") || !words[i].prefix.empty()) return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 2));
  if (!number || number->negative) return std::nullopt;
  // "a 26-t GVW truck": the vehicle's weight initials after the joined tonnes.
  bool gross = words[i].suffix.empty() && i + 1 < words.size() &&
               text::is_one_of(words[i + 1].core, {"GVW", "GCW", "GVM", "GCM", "HGV", "truck", "lorry"});
  if (!gross && !sizes_weighed_noun(words, i, i) && !(sizes_weighed_noun_far(words, i))) return std::nullopt;
  return Match{1, text::hyphenated(number_words(*number, false) + " tonne"), false};
}

// "unique voters at 4.16 cr", "a corpus of 850 cr": Indian copy shortens crore to "cr" after a
// figure; in a line from India it is the scale ("four point one six crore"). Lower case only:
// "12 Cr" is chromium's symbol. The money rules say "Rs 45 cr" and "\u20b9900 cr" themselves.
std::optional<Match> indian_crore(const Words& words, std::size_t i, std::size_t n) {
  std::size_t k = i + n;
  if (n != 1 || k >= words.size() || words[k].core != "cr" || !words[k].prefix.empty()) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  if (!number || number->negative || !text::any_word(words, tells_of_india)) return std::nullopt;
  return Match{2, number_words(*number, false) + " crore", false};
}

// "India's milk output reached 230.58 mt", "fish landings of 3.49 mt": Indian copy writes
// million tonnes "mt" (metric tonnes "MT" or "tonnes"), so a figure below a thousand before a
// lower-case "mt" in a line from India is millions; "3.49 metric tons" of a nation's output was
// a wrong number. A figure after "million" keeps the metric ton ("1.3 million mt").
std::optional<Match> indian_million_tonnes(const Words& words, std::size_t i, std::size_t n) {
  std::size_t k = i + n;
  if (n != 1 || k >= words.size() || words[k].core != "mt" || !words[k].prefix.empty()) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  if (!number || number->grouped || number->integer.size() > 3) return std::nullopt;
  if (!text::any_word(words, tells_of_india)) return std::nullopt;
  return Match{2, number_words(*number, false) + " million tonnes", false};
}

// Words of a chemistry bench: a solution, its acid or base, a titration.
bool is_chemistry_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"solution", "solutions", "buffer", "buffers", "acid", "acids", "alkali", "titrate",
                                     "titrated", "titration", "titrant", "reagent", "reagents", "aqueous", "dilute",
                                     "diluted", "molar", "molarity", "hcl", "naoh", "koh", "h2so4", "hno3", "nacl",
                                     "edta", "tris", "saline", "hydrochloric", "sulfuric", "sulphuric", "nitric",
                                     "acetic", "hydroxide", "chloride", "kcl"});
}

// The word after the "M" goes on with the chemistry: a word of it, a formula in capitals
// ("HCl", "KCl") or the phrase's end; "5 M members" is millions.
bool continues_chemistry(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n - 1].suffix.empty()) return true;
  std::string_view next = words[n].core;
  return is_chemistry_word(next) || (!next.empty() && text::is_upper(next[0])) || is_not_noun(next);
}

// "a 0.1 M solution", "1M HCl": a capital M after a small figure among words of chemistry is
// molar (moles per liter); elsewhere it may be millions, which a sum writes with its currency.
std::optional<Match> molar(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  bool glued = core.size() > 1 && core.back() == 'M';
  if (!glued && (i + 1 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "M" ||
                 !words[i + 1].prefix.empty())) {
    return std::nullopt;
  }
  std::size_t count = glued ? 1 : 2;
  auto number = text::parse_number(glued ? core.substr(0, core.size() - 1) : core);
  if (!number || number->negative || number->grouped || number->integer.size() > 2 ||
      !text::any_word_near(words, i, 6, is_chemistry_word) || !continues_chemistry(words, i + count)) {
    return std::nullopt;
  }
  std::string spoken = number_words(*number, false) + " molar";
  if (is_adjectival(words, i, count)) spoken = text::hyphenated(spoken);
  return Match{count, spoken, false};
}

// "4.2% abv", "a 5.9% apr": a rate's initialism in lower case after its percentage.
std::optional<Match> rate_initialism(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || !words[i].prefix.empty() || !text::is_one_of(core, {"abv", "apr", "aer", "apy"}) ||
      !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  std::string_view before = words[i - 1].core;
  if (!text::ends_with(before, "%") && !text::is_one_of_lowered(before, {"percent", "per cent"})) return std::nullopt;
  std::string capitals;
  for (char c : core) capitals.push_back(static_cast<char>(c - 'a' + 'A'));
  return Match{1, spelled_letters(capitals), false};
}

// "CO2e", "CO2-eq", "tCO2e": carbon dioxide equivalent, the unit climate copy counts all
// greenhouse gases in; the "e" alone was said as a letter. A mass glued before it or before
// "CO2" ("37.4 GtCO2", "5 MtCO2e", "kt") is tonnes of it, said with its scale, as "Mt" is.
std::optional<Match> carbon_equivalent(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string mass;
  for (const auto& [written, said] : {std::pair<std::string_view, std::string_view>{"tCO", "tonnes of "},
                                      {"ktCO", "thousand tonnes of "}, {"MtCO", "million tonnes of "},
                                      {"GtCO", "billion tonnes of "}}) {
    if (text::starts_with(core, written)) {
      mass = said;
      core.remove_prefix(written.size() - 2);
      break;
    }
  }
  bool equivalent = text::is_one_of(core, {"CO2e", "CO2eq", "CO2-eq", "CO2-e", "CO\u2082e"});
  if (!equivalent && (mass.empty() || !text::is_one_of(core, {"CO2", "CO\u2082"}))) return std::nullopt;
  return Match{1, mass + "C.O two" + (equivalent ? " equivalent" : ""), false};
}

// "lost 2.3 m w.e.", "40 mm w.e. of snow": a glacier's mass balance or a snowpack in the depth
// of water it holds, "of water equivalent"; eSpeak NG spelt the initials.
std::optional<Match> water_equivalent(const Words& words, std::size_t i) {
  if (i < 2 || !text::is_one_of(words[i].core, {"w.e", "w.e."}) || !words[i].prefix.empty() ||
      !words[i - 1].suffix.empty() || !text::is_one_of(words[i - 1].core, {"m", "mm", "cm"}) ||
      words[i - 2].core.empty() || !text::is_digit(words[i - 2].core[0])) {
    return std::nullopt;
  }
  bool goes_on = i + 1 < words.size() && !words[i + 1].core.empty() && !text::is_upper(words[i + 1].core[0]);
  return Match{1, "of water equivalent", goes_on && words[i].suffix == "."};
}

// "aged ≥2 y", "patients aged 12 y and over": a lone "y" after a figure near a word of age is
// years, as clinical copy writes it; eSpeak NG said the letter. Elsewhere "y" may be an axis.
std::optional<Match> years_of_age(const Words& words, std::size_t i, const std::string& figure, std::size_t n) {
  std::size_t k = i + n;
  if (n != 1 || k >= words.size() || words[k].core != "y" || !words[k].prefix.empty() || !words[i].suffix.empty()) {
    return std::nullopt;
  }
  bool aged = false;
  for (std::size_t b = i >= 4 ? i - 4 : 0; b < i; ++b) {
    aged = aged || text::is_one_of_lowered(words[b].core, {"aged", "age", "ages"});
  }
  if (!aged) return std::nullopt;
  return Match{2, figure + (figure == "one" ? " year" : " years"), false};
}

}  // namespace

std::optional<Match> match_context_unit(const Words& words, std::size_t i) {
  if (auto m = rate_initialism(words, i)) return m;
  if (auto m = water_equivalent(words, i)) return m;
  if (auto m = carbon_equivalent(words, i)) return m;
  if (auto m = scaled_metric_tons(words, i)) return m;
  // "per troy oz", "1,900 troy oz": the troy ounce, a unit the qualifier hides from the unit rules.
  if (words[i].core == "troy" && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].core == "oz" &&
      words[i + 1].prefix.empty()) {
    bool one = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"per", "a", "an", "one", "1"});
    return Match{2, one ? "troy ounce" : "troy ounces", false};
  }
  // "$2,431.60/oz t": the troy ounce written "oz t", as bullion prices give it; "ounce troy".
  if (words[i].core == "t" && words[i].prefix.empty() && i > 0 && words[i - 1].suffix.empty() &&
      text::ends_with(words[i - 1].core, "/oz") && words[i - 1].core.find_first_of("0123456789") != std::string_view::npos) {
    return Match{1, "troy", false};
  }
  if (words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  if (auto m = match_figure_points(words, i)) return m;
  if (auto m = molar(words, i)) return m;
  if (auto m = calibrated_date(words, i)) return m;
  if (auto m = joined_tonnes(words, i)) return m;
  if (auto m = joined_age(words, i)) return m;
  auto figure = figure_at(words, i);
  if (!figure) return std::nullopt;
  if (auto m = tonnes(words, i, figure->first, figure->second)) return m;
  if (auto m = indian_million_tonnes(words, i, figure->second)) return m;
  if (auto m = indian_crore(words, i, figure->second)) return m;
  if (auto m = years_of_age(words, i, figure->first, figure->second)) return m;
  return years_ago(words, i, figure->first, figure->second);
}

}  // namespace briefcast::rules
