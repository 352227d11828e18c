// Unit letters of commodity quotes and tonnages. A bare "t" after a figure among words of goods
// shipped, traded or produced by the tonne (or after a figure grouped in thousands, which no
// letter follows) is the tonne: "2,400 t apiece" -> "two thousand four hundred tonnes apiece",
// "a 30,000 t cargo" and "the 5-t contract" one adjective ("thirty-thousand-tonne cargo"). The
// rule of weighed vehicles (context_units.cpp) knew only its own cues, so a cargo's or a futures
// contract's "t" was spelt. A cent sign or a "c" before a unit's slash, spaced from its figure,
// is cents per that unit ("21.3 ¢/lb", "+12 c/lb" -> "plus twelve cents per pound"), as a
// commodity desk quotes sugar, coffee and cotton; the slash and the letters had been read.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words of goods bought, shipped or produced by the tonne, and of the trade in them.
bool tells_of_tonnage(std::string_view w) {
  return text::ends_with(w, "/t") ||
         text::is_one_of_lowered(
             w, {"cargo", "cargoes", "shipment", "shipments", "vessel", "vessels", "barge", "barges", "freight",
                 "contract", "contracts", "futures", "lot", "lots", "sugar", "cocoa", "coffee", "wheat", "corn",
                 "maize", "barley", "soybeans", "soybean", "soymeal", "rice", "grain", "cane", "beet", "molasses",
                 "copper", "aluminium", "aluminum", "nickel", "zinc", "steel", "ore", "coal", "scrap", "clinker",
                 "fertiliser", "fertilizer", "urea", "ammonia", "pulp", "tonnes", "tons", "tonnage", "weigh",
                 "weighs", "weighed", "weighing", "apiece", "crushed", "harvest", "exports", "imports", "output",
                 "bulker", "stockpile", "stockpiles", "smelter", "refinery", "mill", "mills", "jacket", "jackets",
                 // a railway's axle loads and a crane's lift are in tonnes ("from 25 t to 30 t")
                 "axle", "axles", "axle-load", "rail", "rails", "railway", "wagon", "wagons", "crane", "cranes",
                 "hoist", "lift", "lifts", "lifting"});
}

// A lower-case word at n that a tonnage before it may size: no function word, no adverb of amount.
bool sized_noun_at(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  return !w.empty() && text::is_lower(w[0]) && text::all_alpha(w) && !is_not_noun(w);
}

// "1,284 t changed hands", "Then 900 t moved": a word in -ed after a tonnage that opens its
// clause (the line's start, a mark, or "then") is its verb. After a determiner, a count or a
// preposition the tonnage sizes a noun the word describes ("a 30 t articulated truck", "two
// 1,200 t refurbished cranes", "in 20 t sealed drums").
bool verb_after_subject(const Words& words, std::size_t i, std::size_t n) {
  if (n >= words.size() || !words[n].prefix.empty() || !is_past_participle_word(words[n].core)) return false;
  return i == 0 || !words[i - 1].suffix.empty() || text::is_one_of_lowered(words[i - 1].core, {"then"});
}

// The word before the figure is a name or a label in capitals ("Model 3 t", "Plan 9 t"), whose
// figure a letter may follow.
bool labelled_figure(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  return !before.empty() && text::is_upper(before[0]) && text::all_alpha(before) &&
         !text::is_function_word(text::lower(before));
}

// "its 5-t contract": a "t" joined by a hyphen before a noun, among words of tonnage.
std::optional<Match> joined_tonne(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || !text::ends_with(core, "-t") || !words[i].suffix.empty()) return std::nullopt;
  auto number = text::parse_plain_figure(core.substr(0, core.size() - 2));
  if (!number || !sized_noun_at(words, i + 1) || !text::any_word_near(words, i, 10, tells_of_tonnage)) {
    return std::nullopt;
  }
  return Match{1, text::hyphenated(number_words(*number, false) + " tonne"), false};
}

// "2,400 t apiece", "30,000 t cargoes", "5,000 t FOB": a spaced "t" after a figure.
std::optional<Match> spaced_tonne(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || words[i + 1].core != "t" || !words[i + 1].prefix.empty() ||
      labelled_figure(words, i)) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  if (!number || (!number->grouped && !text::any_word_near(words, i, 10, tells_of_tonnage))) return std::nullopt;
  std::string figure = number_words(*number, false);
  // A tonnage with a participle going on to a preposition after it (shipped to, held in) is a
  // quantity: the participle is no noun the tonnage sizes.
  bool verb = words[i + 1].suffix.empty() &&
              (verb_after_subject(words, i, i + 2) || participle_follows_measure(words, i + 2));
  if (words[i + 1].suffix.empty() && !verb && sized_noun_at(words, i + 2)) {
    return Match{2, text::hyphenated(figure + " tonne"), false};
  }
  // The tonnage ends: the clause does, or a word of amount, a function word or an initialism follows.
  bool ends = verb || !words[i + 1].suffix.empty() || i + 2 >= words.size() ||
              (words[i + 2].prefix.empty() &&
               (is_not_noun(words[i + 2].core) || text::is_function_word(text::lower(words[i + 2].core)) ||
                (words[i + 2].core.size() >= 2 && text::all_upper(words[i + 2].core))));
  if (!ends) return std::nullopt;
  bool one = !number->has_point && number->integer == "1";
  return Match{2, figure + (one ? " tonne" : " tonnes"), false};
}

// The unit after a cent's slash: "lb", "kg", "bu", "gal".
std::optional<std::string> cent_unit(std::string_view written) {
  if (written == "lb" || written == "lbs") return std::string("pound");
  if (written == "bu") return std::string("bushel");
  if (written == "gal") return std::string("gallon");
  if (auto unit = find_unit(written)) return unit->one;
  return std::nullopt;
}

// "21.3 ¢/lb", "+12 c/lb", "-0.4 c/lb": a signed or plain figure, then cents over a unit.
std::optional<Match> cents_per_unit(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view unit = words[i + 1].core;
  if (text::starts_with(unit, "\u00a2/")) {
    unit.remove_prefix(3);
  } else if (text::starts_with(unit, "c/")) {
    unit.remove_prefix(2);
  } else if (text::starts_with(unit, "ct/")) {
    // "28 ct/kWh": the euro cent as German and Dutch tariffs write it; a carat is never per a unit.
    unit.remove_prefix(3);
  } else {
    return std::nullopt;
  }
  auto per = cent_unit(unit);
  std::string_view figure = words[i].core;
  std::string sign;
  if (!figure.empty() && (figure[0] == '+' || figure[0] == '-')) {
    sign = figure[0] == '+' ? "plus " : "minus ";
    figure.remove_prefix(1);
  } else if (text::starts_with(figure, "\u2212")) {
    sign = "minus ";
    figure.remove_prefix(3);
  }
  auto number = text::parse_plain_figure(figure);
  if (!per || !number) return std::nullopt;
  bool one = !number->has_point && number->integer == "1";
  return Match{2, sign + number_words(*number, false) + (one ? " cent per " : " cents per ") + *per, false};
}

// "62,100 RB": cotton's running bales, the count US export and ginning reports give, beside a
// word of cotton; elsewhere "RB" after a figure is a running back, a rank ("No. 112 RB"), a
// model year ("2019 RB truck") or a code, and stays.
// Words of the cotton trade. "Upland" only in lower case: capitalised it is a town (Upland High,
// Upland Police); "Pima" is a county as often as a cotton, so it is no cue.
bool tells_of_cotton(std::string_view w) {
  return text::is_one_of_lowered(w, {"cotton", "bales", "ginning", "ginned", "gins"}) || w == "upland";
}

std::optional<Match> running_bales(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "RB" || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  // Bales are counted in thousands and written grouped ("48,900"); a bare "215" or "2025"
  // before "RB" is a player's weight, rank or year.
  auto number = text::parse_plain_figure(words[i].core);
  if (!number || !number->grouped || !text::any_word_near(words, i, 20, tells_of_cotton)) return std::nullopt;
  // "150 RB prospects", "the 2,000 RB stadium": before a plural noun, or as the adjective between
  // a determiner and its noun, the letters name a kind of player or a thing; bales are counted.
  if (words[i + 1].suffix.empty() && may_be_noun_at(words, i + 2) &&
      (text::ends_with(words[i + 2].core, "s") || is_adjectival(words, i, 2))) {
    return std::nullopt;
  }
  return Match{2, number_words(*number, false) + " running bales", false};
}

}  // namespace

std::optional<Match> match_commodity_unit(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty()) return std::nullopt;
  // "(48,900 RB)": a count in brackets; the piece keeps the bracket.
  if (words[i].prefix == "(" || words[i].prefix.empty()) {
    if (auto m = running_bales(words, i)) return m;
  }
  if (!words[i].prefix.empty()) return std::nullopt;
  if (auto m = cents_per_unit(words, i)) return m;
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto m = joined_tonne(words, i)) return m;
  return spaced_tonne(words, i);
}

}  // namespace briefcast::rules
