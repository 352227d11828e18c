// A measure straight before the noun phrase it describes, with no article to cue it ("on 9 mm
// track", "a spool of 1.75 mm ABS", "kept in 0.5 l cups", "an 85 Nm motor", "a 24V 350W PSU"):
// the measure is one compound adjective, its unit said in the singular ("nine-millimeter track").
// Only where the unit sizes a thing: a rating (watts, volts, newton meters) before any noun, a
// small length before any noun but weather's ("20 mm rain" is an amount of it), a weight or a
// volume only before a container ("227 g jar"; "500 g flour" is an amount of flour). A verb, a
// preposition, a conjunction or the clause's end after the measure leaves it an amount
// ("weighs 227 g and", "drawing 90W produces"), and so does a line with words of German,
// French or Dutch about it, whose lowercase words are no English nouns ("7 kW bzw.").
#include <initializer_list>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"

namespace briefcast::rules {

namespace {

// Function words of other languages that English text does not use; near a measure they mark
// a line quoted in that language.
bool is_foreign_cue(std::string_view w) {
  return text::is_one_of(w, {"und", "der", "das", "mit", "von", "f\u00fcr", "bzw", "vor", "dem", "ist", "sind", "auf",
                             "ein", "eine", "einer", "nicht", "auch", "bei", "nach", "wird", "zum", "zur", "oder",
                             "\u00fcber", "les", "et", "est", "une", "pour", "avec", "dans", "sur", "sont", "het",
                             "een", "voor", "zijn", "los", "las", "por", "para", "una", "con", "och"});
}

// Six words either side: a fixed window, so a long line stays linear.
bool near_foreign_words(const Words& words, std::size_t i) {
  std::size_t from = i > 6 ? i - 6 : 0;
  for (std::size_t k = from; k < words.size() && k <= i + 6; ++k) {
    if (is_foreign_cue(text::lower(words[k].core))) return true;
  }
  return false;
}

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
                              // a ship by what it carries, and the trade's codes for gas and crude carriers
                              "carrier", "tanker", "vessel", "ship", "barge", "LNGC", "VLCC", "VLGC", "ULCC", "FSRU"});
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

namespace {

// Words after a measure that say how much of something, not what it sizes: a weather noun, a
// word of size or dimension, a comparative, a quantity word. (kitchen_words.cpp's
// names_no_ingredient is another list: words after a cook's amount that are no ingredient.)
bool says_how_much(std::string_view w) {
  return text::is_one_of(w, {"rain", "rainfall", "snow", "snowfall", "precipitation", "hail", "ice", "water",
                             "deep", "wide", "high", "tall", "long", "thick", "apart", "across", "away", "depth",
                             "height", "length", "width", "thickness", "diameter", "distance", "taller", "longer",
                             "shorter", "wider", "thinner", "thicker", "higher", "lower", "deeper", "bigger", "tighter", "looser",
                             "smaller", "larger", "narrower", "further", "farther", "closer", "max", "maximum",
                             "minimum", "peak", "total", "power", "energy", "output", "overnight", "today",
                             "tonight", "off", "down", "up", "back", "forward", "each", "apiece", "amsl", "asl", "agl",
                             "msl", "bgl"});
}

}  // namespace

// Words after a measure that say when or how many: a time ("last week", "hours later", "two
// days ago"), a quantifier or a count word. The measure before them is an amount gone ("rose 5
// mm last week"), no size of a thing.
bool is_time_or_count_word(std::string_view w) {
  return text::is_one_of(w, {"yesterday", "tomorrow", "tonight", "today", "overnight", "ago", "later", "earlier",
                             "last", "next", "every", "most", "all", "few", "many", "some", "per", "once", "twice",
                             "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "decade",
                             "season", "hours", "days", "weeks", "months", "years", "minutes", "seconds", "nights",
                             "mornings", "decades", "seasons", "times", "one", "two", "three", "four", "five", "six",
                             "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "fifty",
                             "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "half"});
}

namespace {

// A word of dimension that opens a compound noun ("width limit", "height barrier", "diameter
// holes"): the measure sizes the compound, where alone the word says how much ("3 m width").
bool is_dimension_noun(std::string_view w) {
  return text::is_one_of(w, {"width", "height", "length", "depth", "diameter", "thickness", "radius"});
}

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

// "Type II", "Class B", "Grade 5": a numeral, a letter or a short figure that goes with a name.
bool is_name_numeral(std::string_view w) {
  return !w.empty() && w.size() <= 3 && (text::all_digits(w) || (text::all_alpha(w) && text::all_upper(w)));
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

// Where the noun a measure before word n may size stands: past one word that describes it
// ("laminated sheet", "width limit", "gastro-resistant caps", "Type II vials"), or at n
// itself. One word only, so it stays linear.
std::size_t past_describing_word(const Words& words, std::size_t n) {
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

// A word that opens a noun phrase of its own, so a word before it is a verb ("90W produces a
// reading", "5 mm using the", "48 V suit most boats").
bool opens_object(const Word& w) {
  std::string l = text::lower(w.core);
  return w.prefix.empty() &&
         (text::is_one_of(l, {"a", "an", "the", "its", "his", "her", "their", "our", "your", "my", "some", "most",
                              "many", "every", "several"}) ||
          (!l.empty() && text::is_digit(l[0])));
}

// "250 W continuous rated power", "5 mm tighter than": the last of up to three lowercase words
// from word n heads the phrase; a word of amount or a comparative there says how much.
bool heads_with_amount(const Words& words, std::size_t n) {
  std::size_t head = n;
  for (std::size_t k = n; k < words.size() && k < n + 3 && words[k].prefix.empty() && text::all_alpha(words[k].core) &&
                          !words[k].core.empty() && text::is_lower(words[k].core[0]) && !is_not_noun(words[k].core);
       ++k) {
    head = k;
    if (!words[k].suffix.empty()) break;
  }
  bool comparative = text::ends_with(words[n].core, "er") && n + 1 < words.size() && words[n + 1].core == "than";
  return comparative || text::is_one_of(words[head].core, {"power", "output", "energy", "consumption", "draw"});
}

}  // namespace

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

namespace {

// "O₂", "CO2", "LPG": a formula or a code in capitals, maybe with subscript figures, before the
// container it names the content of ("a 3 L O₂ bottle").
bool names_content(std::string_view w) {
  if (w.empty() || w.size() > 10 || !text::is_upper(w[0])) return false;
  for (char c : w) {
    if (text::is_lower(c) || c == '-' || c == '/' || c == '.') return false;
  }
  return true;
}

}  // namespace

namespace {

// The unit of the measure that ends at word `last`: glued to its figure or a word of its own.
std::string_view unit_of(const Words& words, std::size_t i, std::size_t count) {
  // "on 5-10mm track": a range's unit is its second figure's.
  return count == 1 ? glued_unit(words[i].core) : words[i + count - 1].core;
}

}  // namespace

bool is_verb_before_object(const Words& words, std::size_t n) {
  return words[n].suffix.empty() && n + 1 < words.size() && opens_object(words[n + 1]);
}

namespace {

// A plain lowercase noun before another word, maybe the first of a compound noun ("fire assay",
// "water bottle"); the measure sizes the compound only where its last word is a container.
bool names_use(const Words& words, std::size_t n) {
  std::string_view w = words[n].core;
  return words[n].suffix.empty() && n + 1 < words.size() && words[n + 1].prefix.empty() && w.size() >= 3 &&
         text::all_alpha(w) && text::is_lower(w[0]) && !is_not_noun(w) &&
         !is_time_or_count_word(w) && !is_container(w) && !text::ends_with(w, "ly");
}

// Whether word n, with no word before it that describes it, is a noun a measure sizes.
bool is_sized_noun(const Words& words, std::size_t n, bool content, bool frequency) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  if (content && (is_engine_code(w) || is_container(w))) return true;
  // "a 3 L O₂ bottle": the content's name between the measure and its container.
  if (content && names_content(w) && words[n].suffix.empty() && n + 1 < words.size() && words[n + 1].prefix.empty()) {
    return is_container(words[n + 1].core);
  }
  // "50 g fire assay", "a 500 ml water bottle", "10 kg dog food bags": one or two nouns that
  // name the content or the use between the measure and its container.
  if (content && names_use(words, n)) {
    return is_container(words[n + 1].core) || (names_use(words, n + 1) && is_container(words[n + 2].core));
  }
  if (content) return is_container(w);
  if (is_plural_capitals_code(w)) return !frequency;
  // "it has 300W X5.": a model code closing the clause is the thing's name, not one it qualifies.
  if (is_capitals_code(w)) return !frequency && (words[n].suffix.empty() || text::all_alpha(w));
  if (w.size() < 3 || !text::all_alpha(w) || !text::is_lower(w[0]) || is_not_noun(w) || says_how_much(w) ||
      is_time_or_count_word(w)) {
    return false;
  }
  // "7W wireless.": an adjective in -less with no noun after it; one before its noun is sized_plurals'.
  if (text::ends_with(w, "ly") || text::ends_with(w, "ed") || text::ends_with(w, "less") || is_verb_before_object(words, n) ||
      heads_with_amount(words, n)) {
    return false;
  }
  return !is_verb_in_s(w) && !text::is_one_of(w, {"said", "told", "paid", "was", "were"});
}

// "9 kW door closed", "40 W lid open": a noun and then a state it is in, closing the phrase,
// make the measure a rating taken in that state, an amount said in the plural ("nine
// kilowatts door closed"), not a size of the noun.
bool names_state_rated_in(const Words& words, std::size_t head) {
  std::size_t k = head + 1;
  if (k >= words.size() || !words[head].suffix.empty() || !words[k].prefix.empty()) return false;
  if (!text::is_one_of(words[k].core, {"open", "closed", "shut", "loaded", "unloaded", "laden", "unladen", "empty",
                                       "full", "dry", "wet", "locked", "unlocked", "engaged", "extended", "retracted",
                                       "folded", "unfolded", "idle", "stalled", "cold", "hot"})) {
    return false;
  }
  return !words[k].suffix.empty() || k + 1 >= words.size() || text::is_function_word(text::lower(words[k + 1].core));
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

}  // namespace

bool starts_modified_noun(const Words& words, std::size_t n, bool content, bool frequency) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  if (is_cell_code(words[n].core) && words[n].suffix.empty() && n + 1 < words.size()) ++n;
  std::size_t head = past_describing_word(words, n);
  return is_sized_noun(words, head, content, frequency) && !names_state_rated_in(words, head);
}

namespace {

// "sideways", "afterwards", "indoors": adverbs that end as plurals do ("slid 3 m sideways").
bool is_adverb_in_s(std::string_view w) {
  return text::ends_with(w, "ways") || text::ends_with(w, "wards") ||
         text::is_one_of(w, {"always", "indoors", "outdoors", "overseas", "upstairs", "downstairs", "perhaps",
                             "nowadays", "besides", "whereas", "alongside"});
}

// "1.8 m aisles", "10 km races", "2.1 m width limit": a long length sizes things it gives the
// length or width of each of, a plural, or a compound opened by a word of dimension. Before a
// singular it is mostly an amount ("laid 500 m cable").
bool long_length_sizes(const Words& words, std::size_t n) {
  if (n >= words.size()) return false;
  std::size_t head = past_describing_word(words, n);
  if (head != n && is_dimension_noun(words[n].core)) return true;
  std::string_view w = words[head].core;
  return has_plural_shape(w) && !is_adverb_in_s(w) && !is_unit_name(w) && !find_unit(w);
}

bool sizes_noun_at(const Words& words, std::size_t i, std::size_t count, std::size_t n, bool chain);

// The words of a measure that opens at word n, one glued ("60cc") or two spaced ("60 cc"), or 0.
std::size_t measure_words_at(const Words& words, std::size_t n) {
  std::string_view w = words[n].core;
  // "a 2 GW, \u00b1525 kV link": a tolerance's sign before the figure leaves it a measure.
  if (text::starts_with(w, "\u00b1")) w.remove_prefix(std::string_view("\u00b1").size());
  if (w.empty() || !text::is_digit(w[0])) return 0;
  if (attached(w, true)) return 1;
  bool figure = text::number_prefix_length(w) == w.size();
  if (!figure || !words[n].suffix.empty() || n + 1 >= words.size() || !words[n + 1].prefix.empty()) return 0;
  return unit_kind(words[n + 1].core) != UnitKind::none ? 2 : 0;
}

// "a 3.9 kW, 60 cc saw", "12 V, 7 Ah, 84 Wh batteries": a rating or a size, a comma and
// measures that end before the noun they describe describe it together, a list of its figures.
// At most three measures ahead, so a line of measures stays linear. A list of one noun's figures
// names each quantity once: a measure after "of" ("a height of 74.2 cm, 172.5 mm cranks") is the
// value of the noun before it, and a second length or the same unit again sizes another thing,
// so either ends a list at its comma and the measure stays an amount.
bool listed_before_noun(const Words& words, std::size_t i, std::size_t count, std::size_t n) {
  std::string_view unit = unit_of(words, i, count);
  UnitKind kind = unit_kind(unit);
  if (kind != UnitKind::rating && kind != UnitKind::short_length) return false;
  if (i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"of"})) return false;
  for (int step = 0; step < 3; ++step) {
    std::size_t next = measure_words_at(words, n);
    if (next == 0 || n + next >= words.size()) return false;
    std::string_view listed = unit_of(words, n, next);
    UnitKind listed_kind = unit_kind(listed);
    if (listed == unit || (kind == UnitKind::short_length &&
                           (listed_kind == UnitKind::short_length || listed_kind == UnitKind::long_length))) {
      return false;
    }
    if (words[n + next - 1].suffix != ",") {
      return sizes_noun_at(words, n, next, n + next, false) && !near_foreign_words(words, i);
    }
    if (!words[n + next].prefix.empty()) return false;
    n += next;
  }
  return false;
}

// "with 114 cm inboard", "leaves 20 mm clearance.": a noun that names a stretch of room or
// of reach is what the measure amounts to, no thing it gives the size of; with no article and
// no noun after it the measure stays plural ("centimeters inboard"). "a 20 mm clearance" and
// "the clearance gap" keep their adjective.
bool amounts_to_room(const Words& words, std::size_t i, std::size_t n) {
  if (!text::is_one_of(words[n].core, {"inboard", "outboard", "clearance", "headroom", "legroom", "overhang", "overlap",
                                       "freeboard", "travel"})) {
    return false;
  }
  if (i > 0 && words[i - 1].suffix.empty() &&
      text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the", "its", "their", "his", "her", "this", "that"})) {
    return false;
  }
  return !words[n].suffix.empty() || n + 1 >= words.size() || text::is_function_word(text::lower(words[n + 1].core));
}

// "a motor of 37 kW turning at 160 rpm": after "of" the measure is the value of the noun before
// it, and a word in -ing before a function word is a participle that goes on, no noun it sizes.
bool participle_after_value(const Words& words, std::size_t i, std::size_t n) {
  if (i == 0 || words[i - 1].core != "of" || !words[i - 1].suffix.empty() || n + 1 >= words.size()) return false;
  return text::ends_with(words[n].core, "ing") && words[n].suffix.empty() &&
         text::is_function_word(text::lower(words[n + 1].core));
}

// Whether the measure of `count` words from i sizes the noun phrase that opens at word n.
bool sizes_noun_at(const Words& words, std::size_t i, std::size_t count, std::size_t n, bool chain) {
  const std::size_t last = i + count - 1;
  if (chain && n < words.size() && words[last].suffix == "," && words[n].prefix.empty()) {
    return listed_before_noun(words, i, count, n);
  }
  // "a 64 kWh (net) battery": one bracketed lowercase word qualifies the measure before its noun.
  if (n + 1 < words.size() && words[last].suffix.empty() && words[n].prefix == "(" && words[n].suffix == ")" &&
      text::all_alpha(words[n].core) && !words[n].core.empty() && text::is_lower(words[n].core[0])) {
    ++n;
  }
  if (n >= words.size() || !words[last].suffix.empty() || !words[n].prefix.empty()) return false;
  if (amounts_to_room(words, i, n)) return false;
  if (participle_after_value(words, i, n)) return false;
  // By the unit's kind: a rating sizes any thing, a short length any thing but weather (see
  // starts_modified_noun), a weight or a volume only a container; a long length ("5 km") is
  // a distance gone, no size of a thing.
  UnitKind kind = unit_kind(unit_of(words, i, count));
  bool content = kind == UnitKind::mass || kind == UnitKind::volume;
  bool long_length = kind == UnitKind::long_length;
  if (kind != UnitKind::rating && kind != UnitKind::short_length && !content && !long_length) return false;
  if (long_length && !long_length_sizes(words, n)) return false;
  // "a 24V 350W PSU": a measure before another that describes a noun describes it too; one step
  // only, so a line of measures stays linear.
  std::string_view next = words[n].core;
  if (chain && kind == UnitKind::rating && !next.empty() && text::is_digit(next[0]) && words[n].suffix.empty() &&
      unit_kind(unit_of(words, n, 1)) == UnitKind::rating && attached(next, true)) {
    return sizes_noun_at(words, n, 1, n + 1, false) && !near_foreign_words(words, i);
  }
  // "on 145.8 MHz FM", "3.7 MHz LSB": a frequency before capitals is followed by its mode, not a thing.
  bool frequency = text::ends_with(unit_of(words, i, count), "Hz");
  // "a 3,000 mm HH flysheet": a qualifier of the unit stands between the measure and its noun;
  // with no noun after it ("110 dB SPL at") the measure is an amount.
  // "250 kW DC charging": so does the current's kind before a noun ("230 V AC" alone is an amount).
  bool current = text::is_one_of(words[n].core, {"AC", "DC"});
  if ((is_unit_qualifier(words[n].core) || current) && words[n].suffix.empty() && n + 1 < words.size()) ++n;
  if (!words[n].prefix.empty()) return false;
  return starts_modified_noun(words, n, content, frequency) && !near_foreign_words(words, i);
}

// "and larger", "or heavier": a comparative that widens a size to those past it.
bool is_widening_comparative(std::string_view w) {
  return text::is_one_of(w, {"larger", "bigger", "smaller", "wider", "narrower", "longer", "shorter", "thicker",
                             "thinner", "heavier", "lighter", "higher", "lower", "taller", "greater", "faster",
                             "stronger", "above", "up"});
}

}  // namespace

bool measure_modifies_noun(const Words& words, std::size_t i, std::size_t count, bool chain) {
  return sizes_noun_at(words, i, count, i + count, chain);
}

bool measure_and_comparative_modify_noun(const Words& words, std::size_t i, std::size_t count) {
  const std::size_t k = i + count;
  if (k + 2 >= words.size() || !words[k - 1].suffix.empty()) return false;
  for (std::size_t j = k; j <= k + 1; ++j) {
    if (!words[j].prefix.empty() || !words[j].suffix.empty()) return false;
  }
  // "10 km and longer rides": a distance and a comparative widen how far, no size of a thing.
  return text::is_one_of(words[k].core, {"and", "or"}) && is_widening_comparative(words[k + 1].core) &&
         unit_kind(unit_of(words, i, count)) != UnitKind::long_length && sizes_noun_at(words, i, count, k + 2, false);
}

}  // namespace briefcast::rules
