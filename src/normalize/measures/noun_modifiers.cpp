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
#include "normalize/measures/noun_words.h"
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

// "a 1,450 cm\u00b3 shot capacity", "a 23 kg baggage allowance": a noun that names how much a
// thing holds or may carry is sized by a weight or a volume, as a container is.
bool names_capacity(std::string_view w) {
  return text::is_one_of(w, {"capacity", "capacities", "displacement", "payload", "payloads", "allowance",
                             "allowances", "limit", "limits"});
}

bool holds_content(std::string_view w) { return is_container(w) || names_capacity(w); }

// Whether word n, with no word before it that describes it, is a noun a measure sizes.
bool is_sized_noun(const Words& words, std::size_t n, bool content, bool frequency) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  if (content && (is_engine_code(w) || holds_content(w))) return true;
  // "a 3 L O₂ bottle": the content's name between the measure and its container.
  if (content && names_content(w) && words[n].suffix.empty() && n + 1 < words.size() && words[n + 1].prefix.empty()) {
    return holds_content(words[n + 1].core);
  }
  // "50 g fire assay", "a 500 ml water bottle", "10 kg dog food bags": one or two nouns that
  // name the content or the use between the measure and its container.
  if (content && names_use(words, n)) {
    return holds_content(words[n + 1].core) || (names_use(words, n + 1) && holds_content(words[n + 2].core));
  }
  if (content) return holds_content(w);
  if (is_letter_compound(w)) return true;
  if (is_plural_capitals_code(w)) return !frequency;
  // "it has 300W X5.": a model code closing the clause is the thing's name, not one it qualifies.
  if (is_capitals_code(w)) return !frequency && (words[n].suffix.empty() || text::all_alpha(w));
  if (w.size() < 3 || !text::all_alpha(w) || !text::is_lower(w[0]) || is_not_noun(w) || says_how_much(w) ||
      is_time_or_count_word(w)) {
    return false;
  }
  // "7W wireless.": an adjective in -less with no noun after it; one before its noun is sized_plurals'.
  if (text::ends_with(w, "ly") || text::ends_with(w, "ed") || text::ends_with(w, "less") || is_verb_before_object(words, n) ||
      heads_with_amount(words, n) || adverb_before_participle(words, n)) {
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

}  // namespace

bool starts_modified_noun(const Words& words, std::size_t n, bool content, bool frequency) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  if (is_cell_code(words[n].core) && words[n].suffix.empty() && n + 1 < words.size()) ++n;
  std::size_t head = past_describing_word(words, n);
  return is_sized_noun(words, head, content, frequency) && !names_state_rated_in(words, head);
}

namespace {

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
// So is one after a bound ("projects \u226550 MW reaching FID", "plants over 50 MW feeding the
// grid"), and one before a name or a determiner, which it takes as its object.
bool participle_after_value(const Words& words, std::size_t i, std::size_t n) {
  if (i == 0 || !words[i - 1].suffix.empty() || n + 1 >= words.size()) return false;
  std::string_view core = words[i].core;
  bool bound = text::starts_with(core, "\u2265") || text::starts_with(core, "\u2264") || text::starts_with(core, ">") ||
               text::starts_with(core, "<") ||
               text::is_one_of_lowered(words[i - 1].core, {"least", "most", "over", "above", "below", "under"});
  if (words[i - 1].core != "of" && !bound) return false;
  const Word& object = words[n + 1];
  bool takes_object = !object.core.empty() && object.prefix.empty() &&
                      (text::is_upper(object.core[0]) || text::is_one_of(object.core, {"the", "a", "an", "its", "their"}));
  return text::ends_with(words[n].core, "ing") && words[n].suffix.empty() &&
         (text::is_function_word(text::lower(object.core)) || takes_object);
}

// "veneered in 0.6 mm figured mahogany", "sold in 5 kg sealed tubs": after a preposition the
// measure and what follows are its object, so a word in -ed straight before a lowercase noun
// describes that noun; it is no verb, as it is where the measure opens a clause ("1,200 t
// changed hands", "5 mm fell overnight"). The noun after it is where the phrase goes on.
std::size_t past_participle_in_object(const Words& words, std::size_t i, std::size_t n) {
  if (i == 0 || n + 1 >= words.size() || !words[i - 1].suffix.empty() || !words[n].suffix.empty() ||
      !words[n + 1].prefix.empty()) {
    return n;
  }
  bool preposition = text::is_one_of(words[i - 1].core, {"in", "on", "with", "from", "for", "into", "onto", "at", "by",
                                                         "via", "without", "using"});
  std::string_view w = words[n].core;
  std::string_view noun = words[n + 1].core;
  bool participle = is_past_participle_word(w);
  bool noun_next = noun.size() >= 3 && text::all_alpha(noun) && text::is_lower(noun[0]) && !is_not_noun(noun) &&
                   !text::ends_with(noun, "ly") && !is_time_or_count_word(noun);
  return preposition && participle && noun_next ? n + 1 : n;
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
  // "in 13 cm (5\") pots": the measure's conversion in brackets is an aside before the noun.
  if (words[last].suffix.empty()) n = past_measure_aside(words, n);
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
  n = past_participle_in_object(words, i, n);
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
