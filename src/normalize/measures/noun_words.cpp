// The words about a measure that tell whether it sizes a noun: what a weight or a volume sizes
// (a container, a ship, an engine), codes in capitals that name things or qualify a unit,
// words that describe the noun before it, and words that say how much or when, no thing
// sized. noun_modifiers.cpp weighs them.
#include "normalize/measures/noun_words.h"

#include <initializer_list>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// One of `words`, or its plural: in -s ("jars"), or in -es after a hissing end ("boxes",
// "pouches", "glasses"; "bares" is no plural of "bar").
bool is_one_or_plural(std::string_view w, std::initializer_list<std::string_view> words) {
  if (text::is_one_of(w, words)) return true;
  if (w.size() < 3 || w.back() != 's') return false;
  if (text::is_one_of(w.substr(0, w.size() - 1), words)) return true;
  std::string_view stem = w.substr(0, w.size() - 2);
  bool hissing = text::ends_with(stem, "s") || text::ends_with(stem, "x") || text::ends_with(stem, "z") ||
                 text::ends_with(stem, "ch") || text::ends_with(stem, "sh");
  return text::ends_with(w, "es") && hissing && text::is_one_of(stem, words);
}

}  // namespace

// What a weight or a volume sizes: a container (a ship by its cargo or deadweight too), a portion (a dose, a sample taken for a test)
// or a wound put-up of yarn or thread (a ball, a cone, a skein), one or many: each holds that much.
bool is_container(std::string_view w) {
  return is_one_or_plural(w, {"jar", "cup", "bottle", "tin", "can", "bag", "pack", "spool", "tub", "carton", "pot",
                              "tablet", "dose", "capsule", "sachet", "serving", "portion", "bar", "block", "tank",
                              "bucket", "barrel", "drum", "keg", "sack", "packet", "jug", "mug", "flask", "vial",
                              "cartridge", "tube", "reel", "glass", "box", "pouch", "loaf", "bale", "ball", "cone",
                              "skein", "hank", "cylinder", "canister", "cannister", "pod", "pellet", "cake",
                              // a pharmacy's short forms, and a portion weighed out to be tested
                              "cap", "tab", "sample", "subsample", "aliquot", "assay",
                              // what a dose or a bait is sold in, and a grower's or a grocer's pack
                              "syringe", "ampoule", "ampule", "applicator", "punnet", "tray", "crate", "pail"}) ||
         names_a_ship(w);
}

// "V8", "W12", "I4", "V-6", "flat-six", "V-twin": an engine named by its cylinders' layout and
// count. A displacement before one sizes it ("a 3.0 L V8": "a three-point-zero-liter V eight"),
// as a volume before a container does.
bool is_engine_code(std::string_view w) {
  std::string_view count = w.substr(w.empty() ? 0 : 1);
  if (text::starts_with(count, "-")) count.remove_prefix(1);
  if (!w.empty() && text::is_one_of(w.substr(0, 1), {"V", "W", "I", "H"}) &&
      text::is_one_of(count, {"2", "3", "4", "5", "6", "8", "10", "12", "16"})) {
    return true;
  }
  std::size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  return text::is_one_of(w.substr(0, dash), {"flat", "straight", "inline", "V", "boxer"}) &&
         text::is_one_of(w.substr(dash + 1), {"twin", "three", "four", "five", "six", "eight", "ten", "twelve"});
}

bool is_letter_compound(std::string_view w) {
  if (w.size() < 5 || !text::is_upper(w[0]) || w[1] != '-') return false;
  std::string_view rest = w.substr(2);
  return text::all_alpha(rest) && rest.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
}

// Words after a measure that say how much of something, not what it sizes: a weather noun, a
// word of size or dimension, a comparative, a quantity word. (kitchen_words.cpp's
// names_no_ingredient is another list: words after a cook's amount that are no ingredient.)
bool says_how_much(std::string_view w) {
  return text::is_one_of(w, {"rain", "rainfall", "snow", "snowfall", "precipitation", "hail", "sleet", "ice", "water",
                             "deep", "wide", "high", "tall", "long", "thick", "apart", "across", "away", "depth",
                             "height", "length", "width", "thickness", "diameter", "distance", "taller", "longer",
                             "shorter", "wider", "thinner", "thicker", "higher", "lower", "deeper", "bigger", "tighter", "looser",
                             "smaller", "larger", "narrower", "further", "farther", "closer", "max", "maximum",
                             "minimum", "peak", "total", "overall", "more", "less", "ago", "power", "energy", "output", "overnight", "today",
                             "tonight", "off", "down", "up", "back", "forward", "each", "apiece", "amsl", "asl", "agl",
                             "msl", "bgl",
                             // where: "2km inland", "40m underground", "3km upstream"
                             "home", "uphill", "downhill", "upstream", "downstream", "inland", "offshore",
                             "underground", "underwater", "overhead", "abroad", "below", "above", "outside",
                             "inside"});
}

// Words after a measure that say when or how many: a time ("last week", "hours later", "two
// days ago"), a quantifier or a count word. The measure before them is an amount gone ("rose 5
// mm last week"), no size of a thing.
bool is_time_or_count_word(std::string_view w) {
  return text::is_one_of(w, {"yesterday", "tomorrow", "tonight", "today", "overnight", "ago", "later", "earlier", "daily",
                             "weekly",
                             "last", "next", "every", "most", "all", "few", "many", "some", "per", "once", "twice",
                             "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "decade",
                             "season", "hours", "days", "weeks", "months", "years", "minutes", "seconds", "nights",
                             "mornings", "decades", "seasons", "times", "one", "two", "three", "four", "five", "six",
                             "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "fifty",
                             "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "half"});
}

// A word of dimension that opens a compound noun ("width limit", "height barrier", "diameter
// holes"): the measure sizes the compound, where alone the word says how much ("3 m width").
bool is_dimension_noun(std::string_view w) {
  return text::is_one_of(w, {"width", "height", "length", "depth", "diameter", "thickness", "radius"});
}

namespace {

// A word that describes the noun after it: a participle of a process a material goes through
// ("laminated", "galvanised", "toughened", "brushed"), or a plain adjective of form or
// material ("solid", "stainless"). Past tenses that take an object ("caused", "closed",
// "flooded") end otherwise, so a measure that ends a subject ("rain of 20 mm caused
// flooding") is no size of the object.
bool is_describing_word(std::string_view w) {
  if (w.size() < 4 || !text::all_alpha(w) || !text::is_lower(w[0])) return false;
  bool process = w.size() > 6 && (text::ends_with(w, "ated") || text::ends_with(w, "ised") ||
                                  text::ends_with(w, "ized") || text::ends_with(w, "ened") ||
                                  text::ends_with(w, "ished"));
  return process ||
         text::is_one_of(w, {"coated", "brushed", "welded", "plated", "painted", "threaded", "braided", "stranded",
                             "sealed", "lined", "glazed", "forged", "rolled", "printed", "padded", "tinted",
                             "frosted", "armoured", "armored", "shielded", "knurled", "slotted", "machined",
                             "tapered", "serrated", "pleated", "recycled", "twisted", "reinforced", "treated",
                             "tempered", "annealed", "sintered", "enamelled", "enameled", "expanded", "extruded",
                             "stamped", "bonded", "filtered", "heated", "cooled", "powered", "fused", "etched",
                             "cured", "graded", "stainless", "solid", "clear", "flexible", "rigid", "hollow", "flat",
                             "round", "square", "plain", "mild", "double", "single", "twin", "dual", "standard"});
}

// "gastro-resistant", "cold-rolled", "high-tensile": a compound of lowercase words joined by
// hyphens describes the noun after it, as a single describing word does.
bool is_hyphened_describing_word(std::string_view w) {
  std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash < 2 || w.size() - dash < 3 || w.back() == '-') return false;
  return w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos &&
         w.find("--") == std::string_view::npos;
}


bool is_weekday_or_month_name(std::string_view w) {
  return month_number(w, false).has_value() ||
         text::is_one_of(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
}

// "Type I vials", "Hilti anchors": a name in one capitalised word (with its numeral) before
// the noun; not a day or a month ("10 km Sunday morning").
bool is_name_before_noun(std::string_view w) {
  return w.size() >= 2 && text::all_alpha(w) && text::is_capitalized(w) && !text::all_upper(w) &&
         !text::is_function_word(text::lower(w)) && !is_weekday_or_month_name(w);
}

}  // namespace

namespace {

// Where the noun after one describing word at n stands ("laminated sheet", "Type II vials"),
// or n itself.
std::size_t past_one_describing_word(const Words& words, std::size_t n) {
  const Word& w = words[n];
  bool describes = is_describing_word(w.core) || is_dimension_noun(w.core) || is_hyphened_describing_word(w.core);
  bool name = is_name_before_noun(w.core);
  if (!describes && !name) return n;
  // With no word after it, the word is judged as a noun itself ("50 mm square,"; "3 mm coated." is none).
  if (!w.suffix.empty() || n + 1 >= words.size() || !words[n + 1].prefix.empty()) return n;
  std::size_t k = n + 1;
  if (name && is_name_numeral(words[k].core) && words[k].suffix.empty() && k + 1 < words.size() &&
      words[k + 1].prefix.empty()) {
    ++k;
  }
  // A name is passed over only before a lowercase noun ("20 GW Strom" is no English one) or an
  // engine ("a 5.7 L Hemi V8").
  if (name && !is_engine_code(words[k].core) && (words[k].core.empty() || !text::is_lower(words[k].core[0]))) return n;
  return k;
}

}  // namespace

bool is_name_numeral(std::string_view w) {
  return !w.empty() && w.size() <= 3 && (text::all_digits(w) || (text::all_alpha(w) && text::all_upper(w)));
}

bool is_numbered_name(std::string_view w) {
  std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  std::string_view name = w.substr(0, dash);
  // "M-4", "US-1": a road's letters are a name as a word is.
  return text::all_alpha(name) && text::is_capitalized(name) && (!text::all_upper(name) || name.size() <= 2) &&
         is_name_numeral(w.substr(dash + 1)) && text::is_digit(w[dash + 1]);
}

// Where the noun a measure before word n may size stands: past up to two words that describe
// it ("laminated sheet", "width limit", "gastro-resistant caps", "full-extension soft-close
// runners", "Type II vials"), or at n itself. Two words at most, so it stays linear.
std::size_t past_describing_word(const Words& words, std::size_t n) {
  std::size_t first = past_one_describing_word(words, n);
  return first == n ? n : past_one_describing_word(words, first);
}

// "PSU", "ABS", "UV-C", "T5": a code in capitals names a thing; not a current's kind or a
// clock's ("230 V AC", "100 W RMS").
bool is_capitals_code(std::string_view w) {
  if (w.size() < 2 || w.size() > 6 || !text::is_upper(w[0]) || w.back() == '-') return false;
  for (char c : w) {
    if (!text::is_upper(c) && !text::is_digit(c) && c != '-') return false;
  }
  return !text::is_one_of(w, {"AC", "DC", "RMS", "PK", "PEP", "ERP", "EIRP", "TDP", "AM", "PM", "GMT", "UTC", "BST", "ET", "PT", "UK", "US", "EU"}) &&
         !is_unit_qualifier(w);
}

bool is_unit_qualifier(std::string_view w) {
  // A sound pressure level, a fabric's hydrostatic head, a water gauge or column: each says what
  // the unit before it measures, as "RMS" does a watt's. A depth's or a height's datum says where
  // from: measured depth, true vertical depth (below the sea), kelly or rotary bushing, ground,
  // sea level, a survey's datum ("14,000 ft MD", "3,000 ft AGL"). A floor area's basis says
  // how it was measured: net or gross internal, gross external, net or gross lettable or
  // leasable, gross floor area ("142,000 sq ft NIA" is square feet, no adjective of a noun).
  // A level in decibels names its scale after it: hearing level (of a normal ear, or a click's),
  // sensation level, a threshold's, or a ratio of signal to noise ("40 dB HL", "4 dB SNR").
  return text::is_one_of(w, {"SPL", "HL", "nHL", "SL", "HTL", "SNR", "HH", "WG", "WC", "MD", "TVD", "TVDSS", "KB", "RKB", "AGL", "BGL", "MSL", "AMSL",
                             "ASL", "AOD", "AHD", "NIA", "GIA", "GEA", "NLA", "GLA", "GFA", "NSA"});
}

// "DPNs", "LEDs", "SSDs": a code in capitals with a plural's "s" names things too.
bool is_plural_capitals_code(std::string_view w) {
  return w.size() >= 3 && w.back() == 's' && text::all_alpha(w.substr(0, w.size() - 1)) &&
         text::all_upper(w.substr(0, w.size() - 1)) && is_capitals_code(w.substr(0, w.size() - 1));
}

// "O₂", "CO2", "LPG": a formula or a code in capitals, maybe with subscript figures, before the
// container it names the content of ("a 3 L O₂ bottle").
bool names_content(std::string_view w) {
  if (w.empty() || w.size() > 10 || !text::is_upper(w[0])) return false;
  for (char c : w) {
    if (text::is_lower(c) || c == '-' || c == '/' || c == '.') return false;
  }
  return true;
}

// "2S", "4S2P", "6S": a pack's cells in series (and parallel), a figure then capitals, which
// stands between a battery's voltage and the noun like a name ("7.4 V 2S LiPo battery").
bool is_cell_code(std::string_view w) {
  std::size_t digits = text::number_prefix_length(w);
  if (digits == 0 || digits == w.size() || w.size() > 5 || w.find('.') != std::string_view::npos) return false;
  for (char c : w.substr(digits)) {
    if (!text::is_upper(c) && !text::is_digit(c)) return false;
  }
  return w[digits] == 'S';
}

// "sideways", "afterwards", "indoors": adverbs that end as plurals do ("slid 3 m sideways").
bool is_adverb_in_s(std::string_view w) {
  return text::ends_with(w, "ways") || text::ends_with(w, "wards") ||
         text::is_one_of(w, {"always", "indoors", "outdoors", "overseas", "upstairs", "downstairs", "perhaps",
                             "nowadays", "besides", "whereas", "alongside"});
}

}  // namespace briefcast::rules
