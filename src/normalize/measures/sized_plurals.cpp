// "on 300mm lines", "makes 3nm chips", "ships 20ft containers", "sells 500ml bottles": a size
// written before a plural noun, with no article, gives the size of each of them, so it is one
// compound adjective ("three-hundred-millimeter lines"), as after an article. Only units that
// size a thing (small lengths, a container's volume, a memory's capacity, a rating in watts or
// volts); a weight before a plural is an amount of it ("500g potatoes"), unless the plural is a
// portion, a container or a wound put-up ("50mg tablets", "100g skeins"), and a long length may be an amount too ("10km roads").
// A rating before a singular noun, as spec sheets write it ("with 4ms response time", "boasts
// 144Hz refresh rate"), qualifies it the same way: "four-millisecond response time".
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

bool is_verb_in_s(std::string_view w) {
  return text::is_one_of(w, {"says", "costs", "means", "makes", "takes", "gets", "needs", "uses", "runs", "lasts",
                             "goes", "comes", "remains", "seems", "gives", "holds", "weighs", "measures", "offers",
                             "adds", "stands", "sits", "lies",
                             // and verbs in -s of a race or a road ("over 3000 m starts at noon")
                             "starts", "ends", "begins", "finishes", "opens", "closes", "leads", "follows",
                             "continues", "rises", "falls", "climbs", "reaches", "returns", "looks", "works",
                             "includes", "requires", "involves", "shows", "allows", "becomes", "appears", "happens"});
}

bool has_plural_shape(std::string_view w) {
  return w.size() >= 4 && text::all_alpha(w) && text::is_lower(w[0]) && w.back() == 's' &&
         !text::is_one_of(w.substr(w.size() - 2), {"ss", "us", "is"});
}

namespace {

bool is_size_unit(std::string_view unit) {
  return text::is_one_of(unit, {"nm", "um", "\u00b5m", "mm", "cm", "ft", "ml", "mL", "cl", "GB", "TB", "MB", "W", "kW",
                                "MW", "GW", "V", "kV", "mAh", "Wh", "kWh", "MWh", "MP", "hp", "cc",
                                // A plant's rating as electricity or heat ("77 MWe modules").
                                "kWe", "MWe", "GWe", "MWt", "MWth", "GWth"});
}

// A plural noun in lower case: not a word that only ends in "s" ("less", "bus") and not a verb
// a measure often goes before ("5W costs less", "8GB means").
bool is_plain_plural(std::string_view w) {
  if (!has_plural_shape(w) || text::is_function_word(w) || is_time_or_count_word(w)) return false;
  return !is_verb_in_s(w) && !text::is_one_of(w, {"towards", "afterwards", "backwards"});
}

// Verbs of the list above that take an object ("makes", "leads", "measures"); closing a clause
// with none, the word is no verb but the plural noun it also is ("a box of 0.5 mm leads.").
bool needs_object(std::string_view w) {
  return text::is_one_of(w, {"says", "costs", "means", "makes", "takes", "gets", "needs", "uses", "gives", "holds",
                             "weighs", "measures", "offers", "adds", "leads", "reaches", "includes", "requires",
                             "involves", "shows", "allows"});
}

// "a pack of 0.5 mm leads", "the 5 ml measures.": after "of" or a determiner, a measure and then
// a verb that needs an object closing the clause: the word is a plural noun the measure sizes.
bool plural_ends_phrase(const Words& words, std::size_t i, std::size_t n) {
  if (i == 0 || !words[i - 1].suffix.empty() || !needs_object(words[n].core)) return false;
  if (!text::is_one_of(text::lower(words[i - 1].core), {"of", "a", "an", "the", "these", "those", "its", "their"})) {
    return false;
  }
  std::string_view after = words[n].suffix;
  return n + 1 == words.size() || (!after.empty() && text::is_one_of(after.substr(0, 1), {",", ".", ";", ":", ")", "!", "?"}));
}

// Portions and containers: a weight before them sizes each one ("50mg tablets", "5kg bags",
// "400g tins"), where before other plurals it is an amount of them ("500g potatoes").
bool is_weight_unit(std::string_view unit) {
  return text::is_one_of(unit, {"mg", "g", "kg", "mcg", "ug", "\u00b5g", "lb", "oz"});
}

bool is_portion(std::string_view w) {
  return text::is_one_of(w, {"doses", "tablets", "pills", "capsules", "injections", "jabs", "sachets", "bags", "packs",
                             "tins", "cans", "jars", "bars", "loaves", "portions", "servings", "sacks", "blocks"});
}

// A rating of a thing's own: its time to respond, its power, voltage, frequency, pixels or
// engine size. Not a weight, volume, length, energy or memory, which before a singular noun are
// mostly an amount of it ("500ml water", "20mm rain", "5kWh electricity", "8GB storage").
bool is_rating_unit(std::string_view unit) {
  return text::is_one_of(unit, {"ms", "nm", "W", "kW", "MW", "GW", "V", "kV", "mAh", "MP", "hp", "cc", "Hz", "kHz",
                                "MHz", "GHz"});
}

// A singular noun in lower case, no other word class: "response", "charger", "charging". Not
// a word in "s", a plural or a verb ("8W costs less").
bool is_plain_singular(std::string_view w) {
  if (w.size() < 3 || !text::all_alpha(w) || !text::is_lower(w[0]) || w.back() == 's' || is_not_noun(w)) return false;
  if (text::ends_with(w, "ly") || text::ends_with(w, "ed")) return false;
  // Words after a rating that say how much of it, not what has it ("30W max", "5W power").
  return !text::is_one_of(w, {"max", "maximum", "minimum", "peak", "total", "power", "energy", "output", "longer",
                              "shorter", "higher", "lower", "sooner", "later", "earlier", "overnight", "today"});
}

// "45W wired charging", "15W wireless charging", "12MP unstabilised camera": one modifier (a
// participle in -ed or an adjective in -less) between a rating and the singular noun it rates;
// the rating still qualifies the noun ("forty-five-watt wired charging").
bool rates_through_modifier(const Words& words, std::size_t m) {
  if (m + 1 >= words.size() || !words[m].suffix.empty() || !words[m + 1].prefix.empty()) return false;
  std::string_view mod = words[m].core;
  if (mod.size() < 4 || !text::all_alpha(mod) || !text::is_lower(mod[0]) || text::is_function_word(mod)) return false;
  if (!text::ends_with(mod, "ed") && !text::ends_with(mod, "less")) return false;
  return is_plain_singular(words[m + 1].core);
}

// "16Gb DDR5 chips", "a 2Tb NAND die": a memory's density before the code of its type and the
// things it sizes; the capacity is each one's ("sixteen-gigabit DDR five chips").
bool sizes_memory_parts(const Words& words, std::size_t n, std::string_view unit) {
  if (!text::is_one_of(unit, {"Mb", "Gb", "Tb", "MB", "GB", "TB"}) || n + 1 >= words.size()) return false;
  std::string_view code = words[n].core;
  bool memory = text::is_one_of(code, {"NAND", "DRAM", "SDRAM", "SRAM", "NOR", "QLC", "TLC", "MLC"}) ||
                text::starts_with(code, "DDR") || text::starts_with(code, "LPDDR") || text::starts_with(code, "GDDR") ||
                text::starts_with(code, "HBM");
  if (!memory || !words[n].suffix.empty() || !words[n + 1].prefix.empty()) return false;
  std::string_view part = words[n + 1].core;
  return text::is_one_of(part, {"chip", "chips", "die", "dies", "device", "devices", "module", "modules", "part",
                                "parts", "wafer", "wafers", "stack", "stacks", "product", "products"});
}

// "3–4 kg fish", "2-3 lb lobsters": a range of weights before a catch or a stock grades each
// animal by its size; one weight alone ("500 kg fish") is as often the amount landed.
bool grades_animals(const Words& words, std::size_t i, std::size_t count, std::string_view unit,
                    std::string_view noun) {
  std::string_view figures = words[i].core;
  if (count == 1) figures.remove_suffix(unit.size());
  return is_weight_unit(unit) && is_figure_range(figures) &&
         text::is_one_of(noun, {"fish", "salmon", "trout", "cod", "tuna", "lobsters", "crabs", "birds", "chickens",
                                "broilers", "turkeys", "lambs", "pigs", "hogs", "calves", "cattle", "steers", "heifers"});
}

}  // namespace

bool sizes_bare_noun(const Words& words, std::size_t i, std::size_t count) {
  const std::size_t last = i + count - 1;
  if (last + 1 >= words.size() || !words[last].suffix.empty() || !words[last + 1].prefix.empty()) return false;
  // "5-10mg doses", "10\u201320W chargers": the unit after a range's second figure.
  std::string_view unit = count == 1 ? glued_unit(words[last].core) : words[last].core;
  std::string_view noun = words[last + 1].core;
  // Only a unit glued to its figure: spaced ones ("7 kW bzw.", "20 GW vor den") stand as often in
  // German lines, whose lowercase words are no English nouns.
  if (sizes_memory_parts(words, last + 1, unit)) return true;
  if (grades_animals(words, i, count, unit, noun)) return true;
  if (is_plain_singular(noun)) return count == 1 && is_rating_unit(unit);
  if (count == 1 && is_rating_unit(unit) && rates_through_modifier(words, last + 1)) return true;
  // "knit on 2.25mm DPNs": a plural code in capitals is things a size sizes, as "needles" are.
  if (is_plural_capitals_code(noun) && (words[last + 1].suffix.empty() || count == 1)) return is_size_unit(unit);
  // "a unit drawing 90W produces a reading": a word in -s before an article is a verb.
  bool plural = is_plain_plural(noun) || (has_plural_shape(noun) && plural_ends_phrase(words, i, last + 1));
  if (!plural || is_verb_before_object(words, last + 1)) return false;
  // "sold in 50g balls", "100g tins": a weight sizes each container or portion. A weight in
  // milligrams or less is a drug's strength, never an amount of the plural after it: "750 mg
  // batches", "20mg pens" are batches and pens of that strength (rate_modifiers.cpp reads its
  // strength per a volume).
  bool strength = text::is_one_of(unit, {"mg", "mcg", "ug", "\u00b5g"});
  return is_size_unit(unit) || (is_weight_unit(unit) && (strength || is_portion(noun) || is_container(noun)));
}

}  // namespace briefcast::rules
