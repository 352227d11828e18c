// Measures written as several words: a figure and its unit as the next word ("5 km", "60 mph",
// "100 million kg", "40 sq ft", "6 ft 2 in"), spaced dimensions ("3.5 x 4.5 m"), and the
// measure before a noun said as one compound adjective ("a 30W charger"). The one-word reading
// of a figure with its unit, and the unit words, are attached_measures.cpp's.
#include <initializer_list>

#include "normalize/articles.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/listed_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/measures/spaced_units.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// Words of a person's height or an athlete's jump, beside which "1.65 m" is said "one meter
// sixty-five" and "2.05 m" "two meters oh five"; a thing's size ("a bell 1.12 m across") keeps
// its point.
bool tells_of_height_or_jump(std::string_view w) {
  return text::is_one_of_lowered(w, {"tall", "height", "heights", "stands", "stood", "jump", "jumps", "jumped", "jumper",
                                     "jumpers", "cleared", "clears", "vault", "vaulted", "vaulter", "leap", "leapt",
                                     "leaped", "bar", "athlete", "athletes", "pb", "sb", "high-jump", "long-jump",
                                     "triple-jump", "pole-vault"});
}

// "at 2.65m depth", "a core 2.40m down": a glued length to the centimeter is said with its
// point, as a surveyor or a hydrologist says it; "three meters eighty five", the athlete's
// reading of a height or a jump, is only for a line among those words.
std::optional<Match> glued_meters_with_point(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core.back() != 'm' || text::any_word_near(words, i, 12, tells_of_height_or_jump) ||
      length_beside(words, i)) {
    return std::nullopt;
  }
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  if (!number || !meters_and_centimeters(*number, "m", false)) return std::nullopt;
  return Match{1, quantity(*number) + (number->integer == "1" && number->decimals.empty() ? " meter" : " meters"), false};
}

// "an 18in. Medium-wide saddle": after "a" or "an" the measure qualifies a noun still to come, so
// the unit's period before a capitalised word that opens no sentence ("The", "It") abbreviates.
bool period_before_named_noun(const Words& words, std::size_t i, std::size_t j) {
  if (words[j].suffix != "." || j + 1 >= words.size() || i == 0 || !words[i - 1].suffix.empty() ||
      !text::is_one_of(words[i - 1].core, {"a", "an"})) {
    return false;
  }
  const Word& next = words[j + 1];
  return next.prefix.empty() && !next.core.empty() && text::is_upper(next.core[0]) &&
         !text::is_function_word(text::lower(next.core));
}

// "in", "ft", "lb": a glued unit that is written with an abbreviation's period ("18in.").
bool dotted_symbol(std::string_view core) {
  std::string_view unit = core.substr(text::number_prefix_length(core));
  return text::is_one_of(unit, {"in", "ft", "yd", "yds", "lb", "lbs", "oz", "mi", "qt", "gal"});
}

// "a 34 in chest", "16-21 in and", "6 x 9 in,": "in" after a figure is the inch where the
// preposition cannot stand. Before a body's measure it sizes ("bust", "waist"); after a range
// or a dimension also before what no preposition governs: a mark of punctuation or a
// conjunction ("born in 1990 in Paris", "rose 5 in March" keep the word).
bool is_body_measure(std::string_view w) {
  return text::is_one_of(w, {"bust", "underbust", "chest", "waist", "hip", "hips", "inseam", "leg", "neck", "collar",
                             "sleeve", "arm", "wrist", "thigh", "head", "girth", "torso"});
}

bool in_is_inches(const Words& words, std::size_t j, bool range_or_dimension) {
  const Word& w = words[j];
  if (w.core != "in" || !w.prefix.empty()) return false;
  bool next = j + 1 < words.size() && words[j + 1].prefix.empty();
  if (w.suffix.empty() && next && is_body_measure(words[j + 1].core)) return true;
  // "30 cm (12 in)": closing the bracket that converts a measure, no preposition can stand.
  if (w.suffix == ")" && j >= 2 && words[j - 1].prefix == "(" && words[j - 2].suffix.empty() &&
      (find_unit(words[j - 2].core) || attached(words[j - 2].core, false))) {
    return true;
  }
  if (!range_or_dimension && !after_measuring_word(words, j - 1)) return false;
  if (!w.suffix.empty()) return text::is_one_of(w.suffix.substr(0, 1), {",", ";", ":", ")", "."});
  return range_or_dimension && next && text::is_one_of(words[j + 1].core, {"and", "or", "but", "nor"});
}

// "32-60", "16–21": a range of figures, the first the lower.
bool is_rising_range(std::string_view core) {
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    auto low = text::parse_number(core.substr(0, at));
    auto high = text::parse_number(core.substr(at + dash.size()));
    if (!low || !high || low->negative || high->negative) return false;
    auto value = [](const text::NumberLiteral& n) { return std::stod("0" + n.integer + "." + n.decimals + "0"); };
    return value(*low) < value(*high);
  }
  return false;
}

// A word before i opens a quotation with a straight or curly double quote.
bool quotation_open_before(const Words& words, std::size_t i) {
  for (std::size_t k = 0; k < i; ++k) {
    if (words[k].prefix.find('"') != std::string::npos || words[k].prefix.find("\u201c") != std::string::npos) return true;
  }
  return false;
}

// "3.5 x 4.5 m", "61 x 46 x 46cm", "a 10 x 12 room", "the 4 x 400 relay": figures across
// times signs after the figure at word i are dimensions or a relay's legs, said "by", with the
// unit after the last figure, in its own word or against it ("1,220 x 2,712px"). The unit of a
// third figure had been left as written ("forty six x forty six centimeters").
std::optional<Match> spaced_dimensions(const Words& words, std::size_t i, const std::string& figure, bool adjective) {
  std::size_t j = i + 1;
  if (!is_times_sign(words[j])) return std::nullopt;
  std::string spoken = figure;
  while (j + 1 < words.size() && is_times_sign(words[j]) && words[j + 1].prefix.empty()) {
    const Word& next = words[j + 1];
    bool more = next.suffix.empty() && j + 2 < words.size() && is_times_sign(words[j + 2]);
    auto other = text::parse_number(next.core);
    // "14 × 8½ in": a whole figure and a fraction sign is a side as a plain figure is.
    bool mixed = !other && next.core.size() > 1 && text::is_digit(next.core[0]) && text::is_vulgar_figure(next.core) &&
                 speak_fraction(next.core);
    if (!other && !mixed) {
      std::optional<std::string> last;
      if (!more) last = last_dimension(next.core, adjective);
      // "4 x 25W": a small count times a rated quantity that is no length ("four times
      // twenty five watts"); dimensions stay "by".
      bool rated = j == i + 1 && counts_rated_quantity(words[i].core, next.core);
      if (last) return Match{j - i + 2, spoken + (rated ? " times " : " by ") + *last, false};
      break;
    }
    spoken += " by " + (other ? quantity(*other) : *speak_fraction(next.core));
    j += 2;
    if (more) continue;
    // "3 × 28″ discs": the inch mark (a double prime, typed as a quote) on the last side before
    // the noun it sizes is the unit, one adjective with the sides; left behind, the figures lost
    // their inches. After an opening quote on the line the mark may close a quotation.
    if (next.suffix == "\"" && j < words.size() && words[j].prefix.empty() && !words[j].core.empty() &&
        text::is_lower(words[j].core[0]) && !quotation_open_before(words, i)) {
      return Match{j - i, text::hyphenated(spoken + " inch"), false, true};
    }
    if (next.suffix.empty() && j < words.size() && words[j].prefix.empty()) {
      // "1280 x 2800 pixels": a screen's resolution is counted in pixels.
      auto unit = text::is_one_of(words[j].core, {"pixels", "pixel"}) ? std::optional<std::string>("pixels")
                                                                       : unit_words(words[j].core, adjective);
      if (!unit && in_is_inches(words, j, true)) unit = adjective ? "inch" : "inches";
      if (unit) return Match{j - i + 1, spoken + " " + *unit, false};
    }
    break;
  }
  if (j > i + 1) return Match{j - i, spoken, false};
  return std::nullopt;
}

// "won by 6 s", "held for 30 s each": a whole figure before a lone "s" that ends its phrase in
// running prose is seconds, as it is after a decimal; after a label in capitals ("Row 6 s") it
// may be a letter, and before a noun ("4 s intervals") the letter may be the noun's.
bool counts_seconds(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || words[i].core.size() > 4 || !text::all_digits(words[i].core)) return false;
  std::string_view before = words[i - 1].core;
  if (before.empty() || !text::all_alpha(before) || text::lower(before) != before) return false;
  std::size_t after = i + 2;
  return !words[i + 1].suffix.empty() || after >= words.size() || is_not_noun(words[after].core) ||
         text::is_function_word(text::lower(words[after].core));
}

std::string part_adjective(const std::string& part) {
  if (text::starts_with(part, "one ")) return part.substr(4);
  if (text::ends_with(part, "quarters")) return part.substr(0, part.size() - 1);
  return part;
}

// A unit written as its word, which a part of one may go before ("½ cup", "¾ mile").
bool is_unit_word(std::string_view w) {
  return text::is_one_of(w, {"cup", "teaspoon", "tablespoon", "mile", "pint", "quart", "gallon", "pound", "ounce",
                             "inch", "foot", "yard", "hour", "litre", "liter", "kilo", "acre", "dozen"});
}

// "½ cup", "1/4 tsp", "¾ cup sugar": a part of one unit, said as a cook says it ("half a cup",
// "a quarter of a teaspoon", "three quarters of a cup of sugar"), not "one half cup".
std::string part_of_unit(const Words& words, std::size_t j, const std::string& part, const std::string& unit) {
  std::string one_unit = with_indefinite_article(unit);
  std::string said;
  if (part == "one half") {
    said = "half " + one_unit;
  } else {
    std::string lead = text::starts_with(part, "one ") ? with_indefinite_article(part.substr(4)) : part;
    said = lead + " of " + one_unit;
  }
  // "¾ cup sugar": the ingredient after the unit, a lowercase word, takes "of".
  // The unit as written ("tsp") or as said ("pint" for "pt").
  bool ingredient = words[j].suffix.empty() && (is_kitchen_unit(words[j].core) || is_kitchen_unit(unit)) &&
                    is_ingredient_at(words, j + 1);
  return ingredient ? said + " of" : said;
}

// "400 IU of vitamin D", "5 IU/mL", "2,000 IU daily": IU is the international unit of a dose only
// after a figure and before "of", a slash or "per", or on a line about a dose; after a number
// sign or a rank ("No. 14 IU", "#9 IU") or before a plural noun ("the 2 IU players") it is
// Indiana University, left to be spelt.
bool doses_in_international_units(const Words& words, std::size_t i, std::size_t j) {
  bool ranked = words[i].core.front() == '#' || words[i].prefix == "#" ||
                (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"no", "#"}));
  bool plural_after = j + 1 < words.size() && words[j].suffix.empty() && words[j + 1].prefix.empty() &&
                      has_plural_shape(words[j + 1].core) && !is_verb_in_s(words[j + 1].core);
  if (ranked || plural_after) return false;
  bool slash_or_per = words[j].suffix.find('/') != std::string_view::npos ||
                      (j + 1 < words.size() && text::is_one_of_lowered(words[j + 1].core, {"of", "per", "/"}));
  return slash_or_per || text::any_word(words, [](std::string_view w) {
           return text::is_one_of_lowered(w, {"vitamin", "vitamins", "insulin", "heparin", "dose", "doses", "dosed",
                                              "daily", "injection", "injections", "units"});
         });
}

// A measure written as several words from i on: "5 km", "100 million kg", "3.5 x 4.5 m",
// "40 sq ft".
std::optional<Match> spaced(const Words& words, std::size_t i, bool adjective) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return std::nullopt;
  auto figure = leading_figure(words[i].core, adjective);
  if (!figure) return std::nullopt;
  if (auto dims = spaced_dimensions(words, i, figure->spoken, adjective)) return dims;
  std::size_t j = i + 1;
  if (auto scale = speak_scale(words[j].core); scale && words[j].suffix.empty() && j + 1 < words.size()) {
    figure->spoken += " " + *scale;
    figure->singular = adjective;
    ++j;
    // "6.3 bn t", "62 mn t": after a scale word a "t" is the tonne (alone it may be a letter).
    if (words[j].core == "t" && words[j].prefix.empty() && words[j].suffix.find('/') == std::string_view::npos) {
      return Match{j - i + 1, figure->spoken + (adjective ? " tonne" : " tonnes"), false};
    }
  }
  if (!words[j].prefix.empty()) return std::nullopt;
  if (auto two_words = two_word_unit(words, i, j, *figure)) return two_words;
  if (auto consumption = per_spaced_distance(words, i, j, *figure)) return consumption;
  // "cleared 2.05 m": a height or a jump to the centimeter, among words of either; a side of
  // dimensions ("2.05 m by 3 m") keeps its point.
  // A river's or a tide's level ("peaked at 4.37 m on the gauge") is read with its point, as a
  // hydrologist says it, never as a jump's meters and centimeters.
  bool dimension = (i > 0 && text::is_one_of(words[i - 1].core, {"by", "x"})) ||
                   (j + 1 < words.size() && text::is_one_of(words[j + 1].core, {"by", "x"})) ||
                   text::any_word_near(words, i, 12, tells_of_water_levels);
  bool athletic = text::any_word_near(words, i, 12, tells_of_height_or_jump);
  if (auto number = measured_number(words[i].core);
      number && !dimension && athletic && !text::starts_with(words[i].core, "+")) {
    if (auto height = meters_and_centimeters(*number, words[j].core, adjective)) {
      return Match{j - i + 1, *height, abbreviation_period(words, j)};
    }
  }
  auto unit = unit_words(words[j].core, figure->singular);
  if (unit && words[j].core == "IU" && !doses_in_international_units(words, i, j)) return std::nullopt;
  // "40 cm+": a unit with a plus after it is that much or more, "forty centimeters plus".
  std::string_view bare = words[j].core;
  if (!unit && bare.size() > 1 && bare.back() == '+') {
    if (auto at_least = unit_words(bare.substr(0, bare.size() - 1), figure->singular)) unit = *at_least + " plus";
  }
  // "9.58 s": a lone "s" is a unit only after a figure with a point, a time to the hundredth,
  // or after minutes ("6 min 20 s").
  bool after_minutes = i > 0 && text::is_one_of(words[i - 1].core, {"min", "mins", "minutes", "minute"});
  if (!unit && (figure->decimal || after_minutes || counts_seconds(words, i)) && words[j].core == "s") {
    unit = figure->singular ? "second" : "seconds";
  }
  // "3 in. of snow": "in" with an abbreviation's period, a lower-case word going on after it,
  // is the inch; so is it before a bracket that converts it ("3¼ in. (83 mm)"). Without the
  // period it is the word.
  bool converted = j + 1 < words.size() && words[j + 1].prefix == "(" && !words[j + 1].core.empty() &&
                   text::is_digit(words[j + 1].core[0]);
  if (!unit && words[j].core == "in" && text::starts_with(words[j].suffix, ".") && j + 1 < words.size() &&
      !words[j + 1].core.empty() && (text::is_lower(words[j + 1].core[0]) || converted)) {
    unit = figure->singular ? "inch" : "inches";
  }
  if (!unit && in_is_inches(words, j, is_rising_range(words[i].core))) unit = figure->singular ? "inch" : "inches";
  // "½ cup", "3/4 hour": a part of a unit written as its word.
  if (!unit && figure->part && is_unit_word(words[j].core)) unit = std::string(words[j].core);
  if (!unit) return std::nullopt;
  // "a ½ cup measure": a part qualifying a noun is "half", "quarter", "three-quarter".
  if (figure->part && adjective) figure->spoken = part_adjective(figure->spoken);
  std::string measure = figure->spoken + " " + *unit;
  if (auto length = feet_and_inches(words, i, j, measure, adjective)) return length;
  if (auto rate = per_second_unit(words, i, j, measure)) return rate;
  if (auto dose = per_body_weight(words, i, j, measure)) return dose;
  if (figure->part && !adjective && unit->find(' ') == std::string::npos) {
    return Match{j - i + 1, part_of_unit(words, j, figure->spoken, *unit), abbreviation_period(words, j)};
  }
  return Match{j - i + 1, measure, abbreviation_period(words, j)};
}

// "fired 155mm artillery shells", "shot on 35mm film": millimetres before ammunition, a gun
// or film are its calibre or gauge, an adjective with no article before it.
bool names_a_calibre(const Words& words, std::size_t i, std::size_t count) {
  std::size_t n = i + count;
  if (n >= words.size() || !words[n - 1].suffix.empty() || !text::ends_with(words[n - 1].core, "mm")) return false;
  // One word may stand between ("155mm artillery shells").
  for (std::size_t k = n; k < words.size() && k <= n + 1 && words[k].prefix.empty(); ++k) {
    if (text::is_one_of(words[k].core, {"shells", "shell", "rounds", "ammunition", "ammo", "artillery", "guns", "gun",
                                        "howitzer", "howitzers", "mortar", "mortars", "cannon", "pistol", "rifle",
                                        "bullets", "cartridges", "film", "lens", "camera"})) {
      return true;
    }
    if (!words[k].suffix.empty()) break;
  }
  return false;
}

// "4m and 5m widths": the second measure, in the first's unit, sizes the noun after it with no
// article; a measure in another unit ("rose 6.8% to 12.4m visitors") is no pair of sizes.
bool same_unit_sizes_noun(const Words& words, std::size_t i, std::size_t k) {
  std::string_view unit = glued_unit(words[i].core);
  return !unit.empty() && unit == glued_unit(words[k].core) && measure_modifies_noun(words, k, 1);
}

// "2", "2.5", "2×2": figures with no unit glued to them, a dimension's sides or one figure.
bool is_bare_figures(std::string_view core) {
  for (std::size_t k = 0; k < core.size(); ++k) {
    if (core.compare(k, 2, "\u00d7") == 0) {
      ++k;
    } else if (!text::is_digit(core[k]) && core[k] != '.' && core[k] != ',' && core[k] != 'x') {
      return false;
    }
  }
  return !core.empty() && text::is_digit(core[0]);
}

// "2 kW and 3 kW heaters": the unit of the measure at i is the one at word `unit_at`; not after
// "of", where the first measure is the value of the noun before it ("a spread of 84 cm and 374
// cm oars", "a size of 30 kg or 115 cm").
bool same_spaced_unit(const Words& words, std::size_t i, std::size_t count, std::size_t unit_at) {
  if (i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"of"})) return false;
  std::string_view unit = count >= 2 ? words[i + count - 1].core : glued_unit(words[i].core);
  return unit == words[unit_at].core;
}

// "2 kW and 3 kW electric heaters": two sizes joined name two kinds of a thing, so the noun they
// share is plural. A singular word there is as often the verb of the two as its subject ("the 3 kW
// and 5 kW cost more", "both 2 kW and 3 kW work well").
}  // namespace

bool plural_noun_follows(const Words& words, std::size_t n) {
  for (std::size_t k = n; k < words.size() && k < n + 3; ++k) {
    std::string_view w = words[k].core;
    if (!words[k].prefix.empty() || text::is_function_word(w)) return false;
    if (has_plural_shape(w) && !is_verb_in_s(w)) return true;
    if (!words[k].suffix.empty()) return false;
  }
  return false;
}

namespace {

// "8ft and 10ft lengths", "the 20ft or 40ft containers", "a 15 cm × 14 cm gauge", "in 2 kW and
// 3 kW sizes": a measure joined
// by "and", "or", "to" or a times sign to a measure before a noun qualifies the noun too, each one
// adjective ("eight-foot and ten-foot lengths"); the first had been said as an amount.
bool qualifies_with_next(const Words& words, std::size_t i, std::size_t count) {
  std::size_t k = i + count;
  // "230 V / 15 W units": a slash standing apart joins two ratings of one thing, as "and" does.
  bool slash = k < words.size() && words[k].raw == "/";
  if (k + 1 >= words.size() || !words[k - 1].suffix.empty() ||
      (!slash && (!words[k].prefix.empty() || !words[k].suffix.empty())) ||
      !(text::is_one_of(words[k].core, {"and", "or", "to"}) || is_times_sign(words[k]) || slash) ||
      !words[k + 1].prefix.empty() || words[k + 1].core.empty() || !text::is_digit(words[k + 1].core[0])) {
    return false;
  }
  // "1m / 2m viewers": a glued "m" before things counted is a million, which past a slash no
  // count rule reads for the first figure.
  if (slash && millions_counted_after(words, k + 1)) return false;
  // "2×4 ft and 2×2 ft sizes", "2 kW or 3 kW heaters": after "and", "or" or "to" too the next
  // measure may be a figure and its unit in two words.
  bool sign = is_times_sign(words[k]) || slash;
  bool spaced = k + 2 < words.size() && unit_kind(words[k + 2].core) != UnitKind::none &&
                (sign || (is_bare_figures(words[k + 1].core) && same_spaced_unit(words, i, count, k + 2) &&
                          plural_noun_follows(words, k + 3)));
  return spaced ? words[k + 1].suffix.empty() && measure_modifies_noun(words, k + 1, 2)
                : attached(words[k + 1].core, true) && (is_adjectival(words, k + 1, 1) || sizes_bare_noun(words, k + 1, 1) ||
                                                        same_unit_sizes_noun(words, i, k + 1));
}

// The measure sizes the noun after it, or after "and larger" ("18in. and larger tyres").
bool modifies_noun(const Words& words, std::size_t i, std::size_t count) {
  return measure_modifies_noun(words, i, count) || measure_and_comparative_modify_noun(words, i, count);
}

}  // namespace

bool is_times_sign(const Word& w) {
  return (w.core == "x" || w.core == "\u00d7") && w.prefix.empty() && w.suffix.empty();
}

namespace {

// "40 cm across, against 95 cm kneeling;": in a contrast a word in -ing after a bare measure
// that ends its clause is a posture or a manner the measure goes with, no noun it sizes. Only
// after a word of contrast: "a 10 km running track" has its noun, and "with 2 m fencing," or
// "offers 45W charging." name a thing the measure sizes.
bool ing_word_ends_contrast(const Words& words, std::size_t i, std::size_t n) {
  if (i == 0 || n >= words.size() || !words[n - 1].suffix.empty() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  // "against 25 mm decking;", "against 30W charging.": a material, a fitting or a service sold
  // by its size is a noun all the same.
  bool material = text::is_one_of(w, {"netting", "fencing", "piping", "tubing", "casing", "cladding", "decking", "flooring",
                                      "shelving", "sheeting", "matting", "edging", "railing", "roofing", "siding", "paving",
                                      "wiring", "lining", "coating", "padding", "bedding", "spacing", "building", "ceiling",
                                      "charging", "heating", "cooling", "lighting"});
  bool ing = w.size() > 5 && text::ends_with(w, "ing") && text::all_alpha(w) && text::is_lower(w[0]) && !material;
  bool clause_ends = n + 1 == words.size() || text::is_one_of(words[n].suffix, {",", ";", ":", ".", "?", "!"});
  bool contrast = words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"against", "versus", "vs", "than"});
  return ing && clause_ends && contrast;
}

std::optional<Match> measure_reading(const Words& words, std::size_t i) {
  if (auto m = match_dimension_pair(words, i)) return m;
  if (auto m = match_listed_measures(words, i)) return m;
  if (auto m = match_cued_measure(words, i)) return m;
  if (auto m = match_count_scale(words, i)) return m;
  if (auto m = match_named_measure(words, i)) return m;
  auto found = spaced(words, i, false);
  std::size_t count = found ? found->count : 1;
  // Before a noun the measure is one compound adjective: "a 30W charger" -> "a thirty-watt
  // charger", "the 100 m final" -> "the one-hundred-meter final".
  bool adjectival = is_adjectival(words, i, count) || names_a_calibre(words, i, count) ||
                    sizes_bare_noun(words, i, count) || qualifies_with_next(words, i, count) ||
                    names_an_event(words, i, count) || (count == 1 && listed_measure_sizes_noun(words, i)) || strength_before_noun(words, i, count) || converted_before_noun(words, i, count) ||
                    (grades_after_amount_of(words, i) && plain_noun_after(words, i + count - 1)) ||
                    ((found || attached(words[i].core, true)) && modifies_noun(words, i, count));
  adjectival = adjectival && !participle_follows_measure(words, i + count) && !ing_word_ends_contrast(words, i, i + count);
  // "a 12 oz. bottle", "a 6 ft. fence", "on 29in. wheels", "an 18in. Medium-wide saddle": the
  // unit's period abbreviates, and the measure before the noun is one adjective all the same.
  bool dotted_unit = (found || attached(words[i].core, true)) &&
                     (abbreviation_period(words, i + count - 1) || period_before_named_noun(words, i, i + count - 1));
  if (!adjectival && dotted_unit) {
    Words plain = words;
    plain[i + count - 1].suffix = "";
    adjectival = is_adjectival(plain, i, count) || modifies_noun(plain, i, count);
  }
  if (adjectival) {
    auto singular = found ? spaced(words, i, true) : std::nullopt;
    if (singular) return Match{count, text::hyphenated(singular->spoken), dotted_unit};
    // "a 200-lb. man": the unit's period before the noun abbreviates; it ends no sentence.
    if (auto single = attached(words[i].core, true)) {
      return Match{1, text::hyphenated(*single), abbreviation_period(words, i) || period_before_named_noun(words, i, i)};
    }
  }
  // "a 200-lb. man", "18in. and larger": a unit joined to its figure, its period before a
  // lower-case word or after "a" before a named noun, abbreviates; it ends no sentence.
  bool glued_dot = dotted_symbol(words[i].core) && period_before_named_noun(words, i, i);
  if (!found && (glued_dot || abbreviation_period(words, i))) {
    if (auto single = attached(words[i].core, glued_dot)) return Match{1, glued_dot ? text::hyphenated(*single) : *single, true};
  }
  if (!found) return glued_meters_with_point(words, i);
  return found;
}

}  // namespace

namespace {

// "2ℓ + 1 states", "the 3 ℓ values": the script small l is a physicist's quantum number as often
// as a litre. It is a litre only in a price per it ("16c/ℓ") or when punctuation, the end, or a
// lower-case word it cannot be counting ("of", "bottle", "can") follows it.
bool script_l_no_litre(const Words& words, std::size_t i) {
  const std::string_view litre = "\u2113";
  std::size_t u = words[i].core.find(litre) != std::string_view::npos ? i : i + 1;
  if (u >= words.size() || words[u].core.find(litre) == std::string_view::npos) return false;
  if (words[u].core.find("/") != std::string_view::npos || u + 1 >= words.size() || !words[u].suffix.empty()) return false;
  std::string_view next = words[u + 1].core;
  if (!words[u + 1].prefix.empty()) return false;
  bool lower_word = !next.empty() && text::is_lower(next[0]) && text::all_alpha(next);
  return !lower_word || (has_plural_shape(next) && !is_verb_in_s(next));
}

}  // namespace

std::optional<Match> match_script_l_symbol(const Words& words, std::size_t i) {
  if (words[i].core.find("\u2113") == std::string_view::npos || !script_l_no_litre(words, i)) return std::nullopt;
  return Match{1, std::string(words[i].core), false};
}

std::optional<Match> match_measure(const Words& words, std::size_t i) {
  if (script_l_no_litre(words, i)) return std::nullopt;
  auto found = measure_reading(words, i);
  if (found) found->spoken = race_hundreds(words, i, found->count, std::move(found->spoken));
  return found ? found : glued_race_hundreds(words, i);
}

}  // namespace briefcast::rules
