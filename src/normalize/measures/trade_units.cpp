// Unit letters a trade writes after a figure whose reading depends on the trade, said as
// units where the words beside them show which: "fps" beside a bow, an arrow or a bullet is
// feet per second (elsewhere frames per second), and "gr" beside them grains (it was spelt);
// "spm" beside rowing is strokes per minute and beside running steps per minute; "ac" beside land is acres (it was said "ack"); "#" glued
// after a figure beside a weight or a paper is pounds ("a 38# draw", "70# text"); and "m" before a datum ("102.35m
// AOD", "4.2m above sea level" is the measure rule's) is meters, never millions; "BTU/h" is
// "B T U per hour" (it was "BTU slash h"); and a spaced "in" before the word of a size that
// ends its phrase is inches ("12 in deep"), as is one before the word of a screen ("a 6.1 in
// display", "a 4.7 in (diagonal) screen"): phones and monitors are sized in inches, and "in"
// read as the word lost the unit. "a.s.l." and "amsl" after a height are "above (mean) sea
// level" (spelt, they were letters no listener decodes); "BBL" beside brewing is the barrel
// ("a 10 BBL brewhouse"); "DM" after a weight is farm copy's dry matter.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/sport/sport.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_projectile_word(std::string_view w) {
  return tells_of_ammunition(w) ||
         text::is_one_of_lowered(w, {"arrow", "arrows", "bow", "bows", "crossbow", "crossbows", "pellet", "pellets",
                                     "airgun", "airguns", "archer", "archers", "projectile", "primer", "primers",
                                     "propellant", "gunpowder", "handload", "handloads", "handloading", "reloading",
                                     "broadhead", "broadheads", "fletching"});
}

bool is_rowing_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"rowing", "rowed", "rower", "rowers", "crew", "crews", "rated", "rating", "stroke",
                                     "strokes", "erg", "eight", "sculler", "scullers", "sculls", "quad", "quads", "cox", "coxed", "coxless",
                                     "boat", "regatta", "paddle", "paddling"});
}

bool is_land_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"land", "parcel", "parcels", "plot", "plots", "site", "sites", "farm", "farmland", "estate",
                                     "field", "fields", "acres", "acre", "ha", "hectares", "woodland", "ranch",
                                     "acreage", "paddock", "holding", "title", "registry", "measures", "estates",
                                     "tract", "tracts", "subdivision", "homestead", "easement", "deed", "zoned",
                                     "zoning", "freehold", "pasture", "orchard", "vineyard"}) ||
         // A lot by its number in a land title ("Lot 14"); "a lot" is no land.
         text::is_one_of(w, {"Lot", "Lots"});
}

// Words of a weight, and of a well's pipe, which is graded by its weight in pounds per foot ("9⅝″
// 47# casing").
bool is_weight_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"draw", "weight", "weights", "weighs", "weighed", "weighing", "pull", "lb", "lbs",
                                     "pounds", "test", "bag", "bags", "load", "bow", "bows", "casing", "tubing",
                                     "liner", "drillpipe"});
}

bool is_pipe_noun(std::string_view w) {
  return text::is_one_of(w, {"casing", "tubing", "liner", "pipe", "drillpipe", "string"});
}

// "P-110", "L80", "J-55": a steel grade of oil-country pipe, a capital and two or three figures.
bool is_pipe_grade(std::string_view w) {
  if (w.size() < 3 || !text::is_upper(w[0])) return false;
  std::string_view figures = w.substr(w[1] == '-' ? 2 : 1);
  return figures.size() >= 2 && figures.size() <= 3 && text::all_digits(figures);
}

// "47# casing", "53.5# P-110 casing": a pipe's weight before its grade or its noun sizes it.
bool pipe_after(const Words& words, std::size_t unit_at) {
  std::size_t n = unit_at + 1;
  if (n < words.size() && words[n - 1].suffix.empty() && words[n].prefix.empty() && is_pipe_grade(words[n].core)) ++n;
  return n < words.size() && words[n - 1].suffix.empty() && words[n].prefix.empty() && is_pipe_noun(words[n].core);
}

// Paper is sold by the weight of its ream in pounds, written "#" by printers ("70# text", "100#
// cover stock"): its grades and finishes.
bool is_paper_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"paper", "papers", "stock", "cover", "text", "bond", "offset", "coated", "uncoated",
                                     "gloss", "glossy", "matte", "silk", "natural", "cardstock", "card", "index",
                                     "bristol", "vellum", "linen", "kraft", "newsprint", "ledger", "ream", "reams",
                                     "sheets", "printed", "printing", "print"});
}

bool is_screen_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"screen", "screens", "display", "displays", "monitor", "monitors", "touchscreen",
                                     "touchscreens", "tv", "tvs", "television", "televisions", "laptop", "laptops",
                                     "tablet", "tablets"});
}

// "in" at unit_at is followed by the word of a screen, past at most one bracketed word
// ("4.7 in (diagonal) display").
bool screen_after(const Words& words, std::size_t unit_at) {
  std::size_t next = unit_at + 1;
  if (next < words.size() && words[next].prefix == "(" && words[next].suffix == ")") ++next;
  return next < words.size() && words[next].prefix.empty() && is_screen_word(words[next].core);
}

bool is_brewing_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"brewery", "breweries", "brewhouse", "brewer", "brewers", "brewing", "brewpub",
                                     "fermenter", "fermenters", "fermentation", "beer", "beers", "ale", "lager", "cask",
                                     "casks", "mash", "wort", "taproom"});
}

// "70# natural", "100# cover": a paper's grade right after its weight, which the weight sizes as
// one adjective ("seventy-pound natural").
bool paper_grade_after(const Words& words, std::size_t unit_at) {
  return unit_at + 1 < words.size() && words[unit_at].suffix.empty() && words[unit_at + 1].prefix.empty() &&
         is_paper_word(words[unit_at + 1].core);
}

// A hammer drill's or a breaker's words: its "bpm" counts the blows its piston strikes, not
// beats ("0\u20134,600 bpm"). Words that name other things as often ("percussion" in a band,
// "rotary" a club, "demolition" a derby, "combi" a boiler) are left out; a tool's own name
// ("combi drill", "rotary hammer") still counts by its other word.
bool is_percussion_tool_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"drill", "drills", "hammer", "hammers", "breaker", "breakers", "chisel",
                                     "chiselling", "chiseling", "sds", "sds-plus", "sds-max", "jackhammer",
                                     "jackhammers"});
}

// A filling or bottling line's words: its "bpm" counts the bottles it fills or forms, not beats
// ("a filler rated at 600 bpm"). A bottle alone is no cue: a drinker's, a baby's or a thrown one
// sits beside heart rates and tempos.
bool is_bottling_line_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"filler", "fillers", "bottler", "bottlers", "bottler's", "bottlers'", "capper",
                                     "cappers", "labeller", "labeler", "labellers", "labelers"});
}

// "bottling line", "filling line", "line speed": a line's two words, within `reach` words of i.
bool bottling_line_near(const Words& words, std::size_t i, std::size_t reach) {
  if (text::any_word_near(words, i, reach, is_bottling_line_word)) return true;
  std::size_t from = i > reach ? i - reach : 0;
  for (std::size_t k = from; k + 1 < words.size() && k <= i + reach; ++k) {
    std::string_view first = words[k].core;
    std::string_view second = words[k + 1].core;
    if (!words[k].suffix.empty()) continue;
    if (text::is_one_of_lowered(first, {"bottling", "filling"}) && text::is_one_of_lowered(second, {"line", "lines"})) return true;
    if (text::lower(first) == "line" && text::is_one_of_lowered(second, {"speed", "speeds"})) return true;
  }
  return false;
}

// Beats stay a heart's or a tune's: "drill" is a genre of rap and a parade ground's, "Hammers" a
// football club, so words of the body or of music near the figure keep "beats per minute".
bool tells_of_beats(std::string_view w) {
  return text::is_one_of_lowered(w, {"heart", "hearts", "heartbeat", "heartbeats", "heart-rate", "pulse", "pulses",
                                     "resting", "monitor", "music", "musical", "song", "songs", "track", "tracks",
                                     "tempo", "beat", "beats", "rap", "rapper", "rappers", "dj", "djs", "producer",
                                     "producers", "band", "album", "metronome", "dance", "dancers", "techno",
                                     "concert", "orchestra", "drummer", "chart", "charts", "remix", "genre"});
}

bool is_datum_word(std::string_view w) { return text::is_one_of(w, {"AOD", "ASL", "AMSL", "OD", "ODN", "mAOD", "mASL"}); }

struct Reading {
  std::string_view one;
  std::string_view many;
  bool before_noun = false;  // the size of the noun that follows ("a 6.1 in screen"), one adjective
};

// The reading of `unit` after the figure at i, if the words near show its trade.
std::optional<Reading> reading_of(const Words& words, std::size_t i, std::size_t unit_at, std::string_view unit) {
  if (unit == "fps" && text::any_word_near(words, i, 8, is_projectile_word)) return Reading{"foot per second", "feet per second"};
  if (unit == "spm" && text::any_word_near(words, i, 8, is_rowing_word)) return Reading{"stroke per minute", "strokes per minute"};
  if (unit == "spm" && text::any_word_near(words, i, 8, is_running_word)) return Reading{"step per minute", "steps per minute"};
  if (unit == "ac" && text::any_word_near(words, i, 8, is_land_word)) return Reading{"acre", "acres"};
  if (unit == "bpm" && text::any_word_near(words, i, 10, is_percussion_tool_word) &&
      !text::any_word_near(words, i, 14, tells_of_beats)) {
    return Reading{"blow per minute", "blows per minute"};
  }
  if (unit == "bpm" && bottling_line_near(words, i, 8) &&
      !text::any_word_near(words, i, 14, tells_of_beats)) {
    return Reading{"bottle per minute", "bottles per minute"};
  }
  // "sits on 0.42 ac.": with its period after a figure "ac" is no other word.
  if (unit == "ac" && unit_at > i && text::has_period(words[unit_at])) return Reading{"acre", "acres"};
  // "a 168 gr bullet", "a 400 gr arrow": a projectile and its powder are weighed in grains.
  if (unit == "gr" && text::any_word_near(words, i, 8, is_projectile_word)) return Reading{"grain", "grains"};
  // "10 BBL fermenters": brewers write the barrel in capitals ("BBL" is also a cricket league).
  if (unit == "BBL" && text::any_word_near(words, i, 8, is_brewing_word)) return Reading{"barrel", "barrels"};
  // "a 38# draw", "on 70# natural": "#" glued after a figure beside a weight or a paper is pounds.
  if (unit == "#" && (text::any_word_near(words, i, 6, is_weight_word) || text::any_word_near(words, i, 6, is_paper_word))) {
    return Reading{"pound", "pounds", paper_grade_after(words, unit_at) || pipe_after(words, unit_at)};
  }
  if (text::is_one_of_lowered(unit, {"btu/h", "btu/hr", "btuh"})) return Reading{"B.T.U per hour", "B.T.U per hour"};
  // "12 in deep", "3 in wide.": "in" before the word of a size that ends its phrase is inches.
  bool sized = unit == "in" && unit_at + 1 < words.size() && words[unit_at].suffix.empty() && unit_at > i &&
               text::is_one_of(words[unit_at + 1].core, {"deep", "wide", "long", "high", "tall", "thick", "across", "diameter"}) &&
               (!words[unit_at + 1].suffix.empty() || unit_at + 2 >= words.size() ||
                text::is_function_word(text::lower(words[unit_at + 2].core)));
  if (sized) return Reading{"inch", "inches"};
  if (unit == "in" && unit_at > i && words[unit_at].suffix.empty() && screen_after(words, unit_at)) {
    return Reading{"inch", "inches", true};
  }
  bool datum_after = unit_at + 1 < words.size() && words[unit_at].suffix.empty() && is_datum_word(words[unit_at + 1].core);
  if (unit == "m" && datum_after) return Reading{"meter", "meters"};
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_trade_unit(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || !text::is_digit(w.core[0])) return std::nullopt;
  std::size_t end = text::number_prefix_length(w.core);
  std::string_view figure = w.core.substr(0, end);
  // "0\u20134,600 bpm": a range of figures before the unit, said "zero to four thousand six hundred".
  auto range = text::split_at_range_dash(w.core);
  if (range && (!w.suffix.empty() || i + 1 >= words.size() || words[i + 1].core != "bpm" ||
                !text::parse_number(range->before) || !text::parse_number(range->after))) {
    range = std::nullopt;
  }
  auto number = text::parse_number(figure);
  if ((!number || number->negative) && !range) return std::nullopt;
  std::string_view unit = range ? std::string_view{} : w.core.substr(end);
  // "8½ in wide", "2½ ac": a whole figure and a fraction sign is the figure, said as one.
  if (text::is_vulgar_figure(w.core) && speak_fraction(w.core)) {
    figure = w.core;
    unit = {};
  }
  std::size_t count = 1;
  if (unit.empty()) {
    // "38 spm", "2.47 ac": the unit as the next word.
    if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
    unit = words[i + 1].core;
    count = 2;
    if (unit == "#" || unit == "m") return std::nullopt;
  }
  if (!text::is_one_of(unit, {"fps", "spm", "ac", "gr", "#", "m", "in", "BBL", "bpm"}) && !text::is_one_of_lowered(unit, {"btu/h", "btu/hr", "btuh"})) {
    return std::nullopt;
  }
  auto reading = reading_of(words, i, i + count - 1, unit);
  if (!reading) return std::nullopt;
  std::string said = range ? speak_word(range->before) + " to " + speak_word(range->after) : speak_word(figure);
  // "0.42 ac., offers": the acre's period is its abbreviation's, unless it ends the sentence.
  bool eat = count == 2 && unit == "ac" && text::has_period(words[i + 1]) && !period_ends_sentence(words, i + 1);
  // "a 14.2 ac paddock": one adjective before the noun.
  if (reading->one.find('.') == std::string_view::npos && (reading->before_noun || is_adjectival(words, i, count))) {
    return Match{count, text::hyphenated(said + " " + std::string(reading->one)), eat};
  }
  return Match{count, said + " " + std::string(said == "one" ? reading->one : reading->many), eat};
}

// "ash rose to 9 km a.s.l.", "a summit at 2,400m amsl": a height's datum in lower case; a
// depth's below it ("a quake 5 km bsl" -> "below sea level").
std::optional<Match> match_sea_level_datum(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  bool mean = text::is_one_of(core, {"a.m.s.l", "amsl"});
  bool below = text::is_one_of(core, {"b.s.l", "bsl"});
  if ((!mean && !below && !text::is_one_of(core, {"a.s.l", "asl"})) || i == 0 || !words[i].prefix.empty() ||
      !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  std::string_view before = words[i - 1].core;
  bool figure = !before.empty() &&
                (text::is_digit(before[0]) || (i > 1 && words[i - 2].suffix.empty() && text::parse_number(words[i - 2].core)));
  bool length = text::ends_with(before, "m") || text::ends_with(before, "ft") ||
                text::is_one_of(before, {"metres", "meters", "feet"});
  bool height = figure && length;
  if (!height) return std::nullopt;
  bool goes_on = i + 1 < words.size() && !words[i + 1].core.empty() &&
                 (text::is_lower(words[i + 1].core[0]) || text::is_digit(words[i + 1].core[0]));
  bool comma = text::starts_with(words[i].suffix, ".,");
  std::string_view said = below ? "below sea level" : mean ? "above mean sea level" : "above sea level";
  return Match{1, std::string(said), goes_on || comma};
}

// "studs at 16\" o.c.", "joists 400 mm O.C.": a builder's spacing measured from one member's
// center to the next, said "on center" (the letters were left as written, and their period
// made a sentence's pause). The one rule for it: its period stays only where it also ends the
// sentence, as any abbreviation's does.
std::optional<Match> match_on_center(const Words& words, std::size_t i) {
  if (!text::is_one_of(words[i].core, {"o.c", "O.C"}) || !words[i].prefix.empty() || i == 0) return std::nullopt;
  // A figure opens or closes the word before ("16", "2x16").
  auto figure_at_edge = [](std::string_view core) {
    return !core.empty() && (text::is_digit(core.front()) || text::is_digit(core.back()));
  };
  const Word& before = words[i - 1];
  bool marked = text::starts_with(before.suffix, "\"") || text::starts_with(before.suffix, "\u2033") ||
                text::starts_with(before.suffix, "'") || text::starts_with(before.suffix, "\u2032");
  bool figure = figure_at_edge(before.core) && (marked || before.suffix.empty());
  bool unit = (before.suffix.empty() || before.suffix == ".") &&
              text::is_one_of(before.core, {"in", "ft", "mm", "cm"}) && i > 1 && figure_at_edge(words[i - 2].core);
  if (!figure && !unit) return std::nullopt;
  return Match{1, "on center", !period_ends_sentence(words, i)};
}

// What farm copy weighs after a mass unit: dry matter, or a nutrient by its symbol (fertiliser
// is weighed as the element, or as phosphate and potash by their oxides).
std::optional<std::string_view> farm_substance(std::string_view symbol) {
  if (symbol == "DM") return "dry matter";
  // A dairy's milk is paid for by its solids, fat and protein ("$9.40/kg MS").
  if (symbol == "MS") return "milk solids";
  // A plantation's yield is weighed as the fresh fruit bunches harvested from oil palms.
  if (symbol == "FFB") return "fresh fruit bunches";
  if (symbol == "N") return "nitrogen";
  if (symbol == "P") return "phosphorus";
  if (symbol == "K") return "potassium";
  if (symbol == "P2O5") return "phosphate";
  if (symbol == "K2O") return "potash";
  return std::nullopt;
}

// What water copy weighs in a liter after a small mass unit: a disinfectant's residual or a
// hardness by the compound it is given as ("4 mg Cl₂/L" -> "of chlorine per liter", it was
// spelt "C L two slash L").
std::optional<std::string_view> water_substance(std::string_view symbol) {
  if (text::is_one_of(symbol, {"Cl2", "Cl\u2082"})) return "chlorine";
  if (text::is_one_of(symbol, {"CaCO3", "CaCO\u2083"})) return "calcium carbonate";
  if (text::is_one_of(symbol, {"O2", "O\u2082"})) return "oxygen";
  return std::nullopt;
}

// "0.2 mg Cl₂/L", "120 mg CaCO₃/L": a concentration in water, said "milligrams of chlorine per liter".
std::optional<Match> water_concentration(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !text::is_one_of(core.substr(slash + 1), {"L", "l"})) return std::nullopt;
  auto substance = water_substance(core.substr(0, slash));
  if (!substance || i < 2 || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view unit = words[i - 1].core;
  std::size_t digits = text::number_prefix_length(unit);
  bool figure = digits > 0 || (words[i - 2].suffix.empty() && text::number_prefix_length(words[i - 2].core) > 0);
  if (!figure || !text::is_one_of(unit.substr(digits), {"mg", "g", "ug", "\u00b5g", "\u03bcg"})) return std::nullopt;
  return Match{1, "of " + std::string(*substance) + " per liter", false};
}

// "eats 20 kg DM a day", "yields 12 t DM/ha", "applied 180 kg N/ha", "60 kg K2O/ha": dry
// matter or a nutrient after a weight, said "of dry matter", "of nitrogen per hectare" (spelt
// "D M", "N slash ha" they were lost on a listener). Only right after a mass unit; a nutrient's
// bare symbol only before "per" ("40 kg P per hectare"), where a letter is no other thing.
std::optional<Match> match_dry_matter(const Words& words, std::size_t i) {
  if (auto m = water_concentration(words, i)) return m;
  std::string_view core = words[i].core;
  std::string_view area;
  if (std::size_t slash = core.find('/'); slash != std::string_view::npos) {
    area = core.substr(slash + 1);
    core = core.substr(0, slash);
    // "3.5 kg DM/day", "kg DM/hd": a ration's dry matter a day or a head, as well as a field's.
    if (!text::is_one_of(area, {"ha", "acre", "ac", "day", "d", "head", "hd"})) return std::nullopt;
  }
  std::optional<std::string> substance;
  if (auto farm = farm_substance(core)) substance = std::string(*farm);
  // "t DWB/ha": any crop's initials over an area are what the weight is of, the slash "per";
  // read as a choice between words it had been "D W B or ha".
  if (!substance && initials_over_area(words[i].core)) substance = spelled_letters(core);
  if (!substance || i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  bool per_next = i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].core == "per";
  if (core != "DM" && core != "MS" && core != "FFB" && area.empty() && !per_next) return std::nullopt;
  std::string_view before = words[i - 1].core;
  std::size_t digits = text::number_prefix_length(before);
  std::string_view unit = digits > 0 ? before.substr(digits) : before;
  bool figure_before = digits > 0 || (i > 1 && words[i - 2].suffix.empty() && !words[i - 2].core.empty() &&
                                      text::is_digit(words[i - 2].core[0]));
  // "£0.21/kg DM", "180p/t DM": a price by the weight of dry matter.
  if (std::size_t slash = before.rfind('/'); slash != std::string_view::npos && 
                                             before.find_first_of("0123456789") < slash) {
    unit = before.substr(slash + 1);
    figure_before = true;
  }
  if (!figure_before || !text::is_one_of(unit, {"kg", "t", "g", "tonnes", "kilograms", "kgs", "lb", "lbs"})) {
    return std::nullopt;
  }
  std::string said = "of " + std::string(*substance);
  if (area == "ha") said += " per hectare";
  if (area == "acre" || area == "ac") said += " per acre";
  if (area == "day" || area == "d") said += " a day";
  if (area == "head" || area == "hd") said += " per head";
  return Match{1, said, false};
}

}  // namespace briefcast::rules
