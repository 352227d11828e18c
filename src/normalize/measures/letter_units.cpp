// Unit letters after a figure that only the trade around them decides, said as its unit where
// cue words in a few words either side show the trade; elsewhere the letters stay as written.
// A lone "d" among words of astronomy or decay is days ("orbits every 3.7 d"); "LD" beside an
// asteroid's pass is the lunar distance; "tph" is trains per hour beside a railway's words and
// tonnes per hour beside a plant's; "dwt" is the pennyweight beside gold and the deadweight
// tonne beside ships; "ppg" is pounds per gallon beside a well's mud or cement (a needle's
// gauge, "a 21G needle", is gauges.cpp's); an "s" joined to its figure before a
// timed noun is the second ("60-s exposures"), and a spaced one after a comparison sign too
// ("≤ 4 s"); "in" joined to its figure by a hyphen before a noun is the inch ("a 20-in. bar");
// primes after a figure are prime_marks.cpp's; a plural
// abbreviation of time after a figure and a noun ("14,220 delay mins", "million hrs. worked")
// is its word; and a volume or a length after "per" with its abbreviation's period ("per cu.
// m", "per bd. ft.") is said as its unit.
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/letter_unit_cues.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

// A lower-case word at n that may be a noun: no function word.
bool may_be_noun_at(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  return !w.empty() && text::is_lower(w[0]) && text::all_alpha(w) && !text::is_function_word(w) && !is_not_noun(w) &&
         !text::is_one_of(w, {"one", "ones"});
}

bool noun_may_follow(const Words& words, std::size_t n) {
  if (n == 0 || n >= words.size() || !words[n - 1].suffix.empty() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  if (text::is_capitalized(w) || text::is_one_of_lowered(w, {"he", "she", "it", "they", "we", "you", "i", "him", "her",
                                                              "them", "us", "his", "its", "their", "our", "my", "your"})) {
    return true;
  }
  // "at 6 t went", "of 2 t loaded": a verb's past, regular or common, tells the clause goes on.
  bool past = is_past_participle_word(w) ||
              text::is_one_of(w, {"went", "took", "came", "fell", "rose", "ran", "got", "made", "had", "sat"});
  return may_be_noun_at(words, n) && !past;
}

std::string said_unit(const text::NumberLiteral& n, std::string_view one, std::string_view many) {
  bool single = !n.has_point && n.integer == "1";
  return number_words(n, false) + " " + std::string(single ? one : many);
}

namespace {

// A "d" after a figure that is no span of days: a figure after it ("b. 1859 d. 1935", died), a
// label's noun before the figure ("Flat 2 d", "units 4 d"), or a price near (old pence, "cost 4 d").
bool d_is_no_day(const Words& words, std::size_t i, std::size_t last) {
  std::string_view before = i > 0 ? words[i - 1].core : std::string_view{};
  bool label = is_label_noun(before) || (text::ends_with(before, "s") && is_label_noun(before.substr(0, before.size() - 1)));
  auto price = [](std::string_view w) {
    return text::is_one_of_lowered(w, {"cost", "costs", "price", "prices", "priced", "paid", "penny", "pence", "shilling", "shillings"});
  };
  return label || (last + 1 < words.size() && !words[last + 1].core.empty() && text::is_digit(words[last + 1].core[0])) ||
         text::any_word_near(words, i, 10, price);
}

// What lasts some seconds, which a size in seconds joined to its figure qualifies.
bool is_timed_noun(std::string_view w) {
  return text::is_one_of(w, {"exposure", "exposures", "interval", "intervals", "delay", "delays", "pause", "pauses",
                             "burst", "bursts", "clip", "clips", "window", "timeout", "countdown", "rest", "hold",
                             "holds", "pulse", "pulses", "spot", "spots", "ad", "ads", "advert", "adverts", "video",
                             "videos", "sprint", "sprints", "shot", "shots", "penalty", "cycle", "cycles", "frame",
                             "frames", "integration", "integrations", "take", "takes"});
}

// The word after k closes the measure: punctuation ends it, or a function word or the line follows.
bool closes_after(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty()) return words[k].suffix[0] != '/' && words[k].suffix[0] != '-';
  if (k + 1 >= words.size()) return true;
  std::string_view next = words[k + 1].core;
  return words[k + 1].prefix.empty() && !next.empty() && text::is_lower(next[0]) &&
         (text::is_function_word(next) || is_not_noun(next));
}

// "3.7" or a range "5\u20137" said as its words.
std::string figure_words(std::string_view figure) {
  if (auto n = text::parse_plain_figure(figure)) return number_words(*n, false);
  auto sides = text::split_at_range_dash(figure);
  return number_words(*text::parse_plain_figure(sides->before), false) + " to " +
         number_words(*text::parse_plain_figure(sides->after), false);
}

// "2 TPD squad cars", "the 2024 KL Marathon", "5 KL Rahul", "at 9 KL time", "Route 12 TPD": a
// mill's capital letters are an initialism before a name, a plural noun or "time", and after a
// year or a label's noun; only a rate or a volume is read.
bool capitals_are_initialism(const Words& words, std::size_t i, std::size_t last) {
  if (words[last].suffix.empty() && last + 1 < words.size() && words[last + 1].prefix.empty()) {
    std::string_view next = words[last + 1].core;
    if (text::is_capitalized(next) || is_counted_thing(next) || next == "time" ||
        (is_plural_noun(next) && !text::is_function_word(next))) {
      return true;
    }
  }
  return (last > i && is_year(words[i].core)) || labelled_figure(words, i);
}

// "every 3.7 d", "a half-life of 8.02 d.", "0.8 LD", "24 tph", "6 dwt": letters a trade's words decide.
std::optional<Match> trade_letters(const Words& words, std::size_t i) {
  struct Reading {
    std::string_view letters;
    bool (*cue)(std::string_view);
    std::string_view one;
    std::string_view many;
    bool spaced_only;
    bool line_wide = false;  // letters no other trade writes: the cue anywhere on the line will do
  };
  static constexpr Reading kReadings[] = {
      {"d", tells_of_sky, "day", "days", true},
      {"d", tells_of_keeping, "day", "days", true},
      {"LD", tells_of_sky, "lunar distance", "lunar distances", false},
      // A plant's or a ship's words name what the figure measures; a mine's or a line's words may
      // only stand beside it ("a crushing line", "an ore carrier"), so those readings come first.
      {"tph", tells_of_plant, "tonne per hour", "tonnes per hour", false},
      {"tph", tells_of_rail, "train per hour", "trains per hour", false},
      // In capitals only beside a trade's words: elsewhere a public health office or the
      // petroleum hydrocarbons a soil test counts.
      {"TPH", tells_of_plant, "tonne per hour", "tonnes per hour", false},
      {"TPH", tells_of_rail, "train per hour", "trains per hour", false},
      {"TPD", tells_of_plant_output, "tonne per day", "tonnes per day", false},
      {"TPA", tells_of_plant_output, "tonne a year", "tonnes a year", false},
      {"KL", tells_of_plant_output, "kiloliter", "kiloliters", false},
      {"GPH", tells_of_flow, "gallon per hour", "gallons per hour", false},
      {"dwt", tells_of_ships, "deadweight tonne", "deadweight tonnes", false},
      {"dwt", tells_of_gold, "pennyweight", "pennyweight", false},
      {"msw", tells_of_underwater_diving, "meter of seawater", "meters of seawater", false, true},
      {"fsw", tells_of_underwater_diving, "foot of seawater", "feet of seawater", false, true},
      {"DHW", tells_of_coral_bleaching, "degree heating week", "degree heating weeks", false},
      {"ppg", tells_of_drilling, "pound per gallon", "pounds per gallon", false},
      {"DU", tells_of_ozone, "Dobson unit", "Dobson units", false},
      {"T", tells_of_magnets, "tesla", "tesla", true},
      {"da", tells_of_land_area, "decare", "decares", true},
  };
  for (const Reading& r : kReadings) {
    std::string_view figure;
    std::size_t count = unit_letters_after(words, i, r.letters, figure);
    bool cued = r.line_wide ? text::any_word(words, r.cue) : text::any_word_near(words, i, 10, r.cue);
    if (count == 0 || (r.spaced_only && count == 1) || !cued) continue;
    if (r.letters == "d" && d_is_no_day(words, i, i + count - 1)) return std::nullopt;
    auto number = text::parse_plain_figure(figure);
    std::size_t last = i + count - 1;
    if (r.letters == "T" && letter_names_a_noun(words, last)) return std::nullopt;
    if (text::is_one_of(r.letters, {"TPH", "TPD", "TPA", "KL", "GPH"}) && capitals_are_initialism(words, i, last)) {
      return std::nullopt;
    }
    // "3 da Silva ministers": before a name "da" is its particle, no decare.
    if (r.letters == "da" && words[last].suffix.empty() && last + 1 < words.size() &&
        text::is_capitalized(words[last + 1].core)) {
      return std::nullopt;
    }
    // "5\u20137 d", "fields of 11\u201312 T.": a range is always many, and read only where it
    // closes its phrase (before a noun it would be one adjective of two figures).
    if (!number && !closes_after(words, last)) continue;
    if (!number) return Match{count, figure_words(figure) + " " + std::string(r.many), false};
    // "a 300,000 dwt tanker": before its noun the measure is one adjective.
    // A unit said with "of" ("meters of seawater") makes no adjective; it stays a quantity.
    bool of_unit = r.one.find(" of ") != std::string_view::npos;
    if (r.letters != "d" && !of_unit && is_adjectival(words, i, count)) {
      return Match{count, text::hyphenated(number_words(*number, false) + " " + std::string(r.one)), false};
    }
    // "every 3.7 d at": a lone "d" is days only where the measure closes.
    // "4 d. covers": a period before a lower-case word makes the "d" some abbreviation.
    bool dotted = text::starts_with(words[last].suffix, ".") && last + 1 < words.size() &&
                  !words[last + 1].core.empty() && text::is_lower(words[last + 1].core[0]);
    if (r.letters == "d" && (!closes_after(words, last) || dotted)) return std::nullopt;
    return Match{count, said_unit(*number, r.one, r.many), false};
  }
  return std::nullopt;
}

// "and 8 s cooling", "a 30 s soaking": a process named in -ing lasts its seconds as a pause
// does, where a function word opens the measure's phrase and no object follows the -ing word.
// After a verb the -ing word opens a clause of its own ("ran 9.58 s setting a record", "took
// 78.5 s including the stop").
bool timed_process_at(const Words& words, std::size_t i, std::size_t n) {
  std::string_view w = words[n].core;
  if (w.size() <= 5 || !text::ends_with(w, "ing") || !text::all_alpha(w) || !text::is_lower(w[0])) return false;
  if (!text::is_function_word(text::lower(words[i - 1].core))) return false;
  if (!words[n].suffix.empty() || n + 1 >= words.size()) return true;
  const std::string next = text::lower(words[n + 1].core);
  return !text::is_possessive(next) &&
         !text::is_one_of(next, {"a", "an", "the", "his", "her", "its", "their", "this", "that", "into", "onto",
                                 "through", "past", "across", "towards", "toward"});
}

// "a 5 s time penalty", "its 10 s intervals": a spaced "s" after a figure in running prose and
// before a timed noun, or a noun and a timed one, is the second sizing it; a letter after a
// figure names no span of time.
std::optional<Match> spaced_seconds_before_noun(const Words& words, std::size_t i) {
  std::string_view before = words[i - 1].core;
  if (!words[i - 1].suffix.empty() || before.empty() || !text::all_alpha(before) || !text::is_lower(before[0]) ||
      !words[i + 1].suffix.empty() || i + 2 >= words.size() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  bool timed = is_timed_noun(words[i + 2].core) || timed_process_at(words, i, i + 2) ||
               (may_be_noun_at(words, i + 2) && words[i + 2].suffix.empty() && i + 3 < words.size() &&
                words[i + 3].prefix.empty() && is_timed_noun(words[i + 3].core));
  auto number = text::parse_plain_figure(words[i].core);
  if (!timed || !number || number->integer.size() > 4) return std::nullopt;
  return Match{2, text::hyphenated(number_words(*number, false) + " second"), false};
}

// "60-s exposures": seconds joined to their figure before a timed noun; "≤ 4 s,": a spaced "s"
// after a comparison that closes its phrase.
// "the 1990-s crisis", "the 80-s music": a decade written with a hyphen, as some English
// from abroad writes it. A year ending in nought, or after "the" a round ten from 20 to 90;
// "a 30-s clip" is still a span.
bool names_decade(std::string_view article, std::string_view figure) {
  if (figure.empty() || figure.back() != '0' || !text::all_digits(figure)) return false;
  if (figure.size() == 4) return figure[0] == '1' || figure[0] == '2';
  return figure.size() == 2 && figure[0] >= '2' && text::lower(article) == "the";
}

// "timed", "clocked", "falling" (a grain's falling number is a time): words of a timing.
bool is_timing_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"time", "timed", "timing", "clocked", "falling", "stopwatch", "countdown",
                                     "delay", "latency", "duration", "lasted", "lasting"});
}

std::optional<Match> seconds(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty()) return std::nullopt;
  // "a 1-s clock error": after an article, a hyphened "s" before any noun sizes it as the
  // hyphened "m" or "kg" does; no letter is joined to its figure there.
  bool determined = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"}) &&
                    !names_decade(words[i - 1].core, core.substr(0, core.size() - 2));
  if (text::ends_with(core, "-s") && words[i].suffix.empty() && i + 1 < words.size() &&
      (is_timed_noun(words[i + 1].core) || (determined && may_be_noun_at(words, i + 1)))) {
    auto number = text::parse_plain_figure(core.substr(0, core.size() - 2));
    if (number) return Match{1, text::hyphenated(number_words(*number, false) + " second"), false};
  }
  if (i < 1 || !words[i].suffix.empty() || i + 1 >= words.size() || words[i + 1].core != "s" ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  if (auto sized = spaced_seconds_before_noun(words, i)) return sized;
  // "done in 90 s flat", "a falling number of 320 s": a span's preposition, or "of" among words
  // of timing, makes the "s" a count of seconds wherever the phrase goes on.
  auto figure = text::parse_plain_figure(core);
  // "in 2 s queues", "in 3 s Sessions courts", "after 3 s he": before a noun, a name or a
  // pronoun the "s" after a span's preposition is no unit.
  bool spanned = text::is_one_of_lowered(words[i - 1].core, {"in", "after", "within"}) ||
                 (text::lower(words[i - 1].core) == "of" && text::any_word_near(words, i, 6, is_timing_word));
  if (spanned && words[i - 1].suffix.empty() && figure && !noun_may_follow(words, i + 2)) {
    return Match{2, said_unit(*figure, "second", "seconds"), false};
  }
  if (!closes_after(words, i + 1)) return std::nullopt;
  bool compared = text::is_one_of(words[i - 1].core, {"most", "least", "than", "under", "within", "about", "\u2264",
                                                       "\u2265", "<", ">", "~", "\u2248"});
  auto number = text::parse_plain_figure(core);
  if (!compared || !number) return std::nullopt;
  return Match{2, said_unit(*number, "second", "seconds"), false};
}

// "80% RH", "45–55 %RH": "RH" after a percentage is the air's relative humidity, which
// letters alone did not say.
std::optional<Match> relative_humidity(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t count = 1;
  if (text::ends_with(core, "%RH")) {
    core.remove_suffix(3);
  } else if (i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty() &&
             (words[i + 1].core == "RH" || words[i + 1].core == "%RH")) {
    count = 2;
    if (words[i + 1].core == "RH") {
      if (!text::ends_with(core, "%")) return std::nullopt;
      core.remove_suffix(1);
    }
  } else {
    return std::nullopt;
  }
  if (!text::parse_plain_figure(core) && !is_figure_range(core)) return std::nullopt;
  // "64% RH bill supporters": before a noun the capitals name something (a bill, a side); the
  // humidity closes its measure.
  std::size_t last = i + count - 1;
  if (last + 1 < words.size() && words[last].suffix.empty() && may_be_noun_at(words, last + 1)) return std::nullopt;
  return Match{count, figure_words(core) + " percent relative humidity", false};
}

// "a 20-in. bar", "its 18-in blade", "the 8½-in. hole": the inch joined to its figure before a
// noun it sizes.
std::optional<Match> joined_inch(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view suffix = words[i].suffix;
  if (!text::ends_with(core, "-in") || !words[i].prefix.empty() || !(suffix.empty() || suffix == ".") ||
      !may_be_noun_at(words, i + 1)) {
    return std::nullopt;
  }
  std::string_view figure = core.substr(0, core.size() - 3);
  auto number = text::parse_plain_figure(figure);
  // "the 8½-in. hole": a whole figure and a fraction sign.
  auto said = number ? std::optional<std::string>(number_words(*number, false)) : vulgar_figure_words(figure, true);
  if (!said) return std::nullopt;
  return Match{1, text::hyphenated(*said + " inch"), suffix == "."};
}

// Plural abbreviations whose only reading is a unit (no word of English is spelt so); the unit
// table gives the word each stands for.
bool is_plural_unit(std::string_view w) {
  return text::is_one_of(w, {"hrs", "mins", "secs", "yrs", "wks", "mths", "yds", "lbs", "kms", "ozs"});
}

// "14,220 delay mins", "per million hrs. worked", "62 passing yds": a plural abbreviation of a
// unit after a figure and one modifying word, or after a scale word, is the unit's word (eSpeak
// says "yds" as a syllable).
std::optional<Match> time_plural(const Words& words, std::size_t i) {
  auto unit = is_plural_unit(words[i].core) ? find_unit(words[i].core) : std::nullopt;
  if (i < 2 || !unit || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  bool scaled = text::is_one_of(before, {"thousand", "million", "billion"});
  bool counted = words[i - 2].suffix.empty() && text::parse_plain_figure(words[i - 2].core) && may_be_noun_at(words, i - 1);
  if (!scaled && !counted) return std::nullopt;
  bool dotted = words[i].suffix == "." && i + 1 < words.size() && !words[i + 1].core.empty() &&
                text::is_lower(words[i + 1].core[0]);
  return Match{1, unit->many, dotted};
}

// "per cu. m", "per bd. ft.": a volume or a board's measure after "per", its abbreviation dotted.
std::optional<Match> per_dotted_unit(const Words& words, std::size_t i) {
  if (words[i].core != "per" || !words[i].suffix.empty() || i + 2 >= words.size()) return std::nullopt;
  const Word& kind = words[i + 1];
  const Word& unit = words[i + 2];
  if (!kind.prefix.empty() || !unit.prefix.empty() || !(kind.suffix.empty() || kind.suffix == ".")) return std::nullopt;
  std::string said;
  if (kind.core == "cu") {
    // Only a length is cubed: "cu m", "cu ft", "cu in", "cu yd", "cu cm".
    bool length = text::is_one_of(unit.core, {"in", "ft", "yd"}) || unit_kind(unit.core) == UnitKind::long_length ||
                  unit_kind(unit.core) == UnitKind::short_length;
    auto name = unit.core == "in" ? std::optional<UnitName>(UnitName{"inch", "inches"}) : find_unit(unit.core);
    if (!name || !length) return std::nullopt;
    said = "per cubic " + name->one;
  } else if (kind.core == "bd" && unit.core == "ft") {
    said = "per board foot";
  } else {
    return std::nullopt;
  }
  bool dotted = text::starts_with(unit.suffix, ".") &&
                (unit.suffix.size() > 1 || (i + 3 < words.size() && !words[i + 3].core.empty() &&
                                            text::is_lower(words[i + 3].core[0])));
  return Match{3, said, dotted};
}

// "12-Hi HBM3E", "an 8-Hi stack": the dies stacked in a memory package, said "twelve-high" as
// its makers say it ("twelve Hi" was read).
std::optional<Match> stack_height(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::ends_with(core, "-Hi") || core.size() < 4 || core.size() > 5) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 3);
  if (!text::all_digits(figure) || figure[0] == '0') return std::nullopt;
  bool memory = text::any_word_near(words, i, 6, [](std::string_view w) {
    return text::starts_with(w, "HBM") || text::is_one_of_lowered(w, {"stack", "stacks", "dram", "die", "dies", "memory"});
  });
  if (!memory) return std::nullopt;
  return Match{1, cardinal_words(figure) + "-high", false};
}

// "25\" Hg", "25 in. Hg", "26 inches Hg", "(25\u2033 Hg)": a vacuum or a barometer's reading in
// inches of mercury, the element's symbol after the inch mark or the inch's word; glued
// ("inHg") it is the unit table's. Spelt, it was "inches H G".
std::optional<Match> mercury_inches(const Words& words, std::size_t i) {
  std::string_view figure = words[i].core;
  std::string_view mark = words[i].suffix;
  bool marked = mark == "\"" || mark == "\u2033" || mark == "\u201d";
  if (text::ends_with(figure, "\u2033") && mark.empty()) {
    figure.remove_suffix(std::string_view("\u2033").size());
    marked = true;
  }
  auto number = text::parse_number(figure);
  if (!number || number->negative) return std::nullopt;
  std::size_t hg = i + 1;
  if (!marked) {
    // "in." or the inch's word; a bare "in" is the preposition ("1 in Hg tests failed").
    if (!mark.empty() || hg >= words.size() || !words[hg].prefix.empty()) return std::nullopt;
    bool inch = text::is_one_of(words[hg].core, {"inch", "inches"}) && words[hg].suffix.empty();
    if (!inch && !(words[hg].core == "in" && words[hg].suffix == ".")) return std::nullopt;
    ++hg;
  }
  if (hg >= words.size() || words[hg].core != "Hg" || !words[hg].prefix.empty()) return std::nullopt;
  bool one = !number->has_point && number->integer == "1";
  return Match{hg - i + 1, number_words(*number, false) + (one ? " inch of mercury" : " inches of mercury"), false};
}

}  // namespace

// The unit letters after the figure at i, spaced ("3.7 d") or glued ("24tph"); the number of
// words the two take, 0 when the letters are not there.
std::size_t unit_letters_after(const Words& words, std::size_t i, std::string_view letters, std::string_view& figure) {
  std::string_view core = words[i].core;
  // "(60 fsw)": a bracket opening before the figure is kept by the piece around the match.
  if (!words[i].prefix.empty() && words[i].prefix != "(") return 0;
  if (core.size() > letters.size() && text::ends_with(core, letters)) {
    figure = core.substr(0, core.size() - letters.size());
    // "a 1,200-GPH unit": a hyphen joins figure and letters before the noun they size.
    if (figure.size() > 1 && figure.back() == '-') figure.remove_suffix(1);
    return text::parse_plain_figure(figure) ? 1 : 0;
  }
  if (!words[i].suffix.empty() || i + 1 >= words.size() || words[i + 1].core != letters || !words[i + 1].prefix.empty()) {
    return 0;
  }
  figure = core;
  return text::parse_plain_figure(figure) || is_figure_range(figure) ? 2 : 0;
}

std::optional<Match> match_letter_unit(const Words& words, std::size_t i) {
  if (auto m = per_side(words, i)) return m;
  if (auto m = per_dotted_unit(words, i)) return m;
  if (auto m = time_plural(words, i)) return m;
  if (auto m = match_bare_temperature(words, i)) return m;
  if (words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  if (auto m = stack_height(words, i)) return m;
  if (auto m = minute_mark(words, i)) return m;
  if (auto m = mercury_inches(words, i)) return m;
  if (auto m = match_prime_marks(words, i)) return m;
  if (auto m = trade_letters(words, i)) return m;
  if (auto m = match_gauge(words, i)) return m;
  if (auto m = seconds(words, i)) return m;
  if (auto m = relative_humidity(words, i)) return m;
  return joined_inch(words, i);
}

}  // namespace briefcast::rules
