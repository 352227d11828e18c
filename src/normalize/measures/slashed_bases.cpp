// A slash between a measure and what it is counted per, in any trade: the slash is "per", as
// in "km/h", whether a figure stands under it or not. Read as a choice it had been "or" or
// "and", or the letters and "slash", and the rate was lost:
//  - a count in capitals over a figure and a unit, or a unit over a figure and a counted noun:
//    "<1 CFU/25 g", "1,600 kg/21 persons" -> "one C F U per twenty five grams", "sixteen hundred
//    kilograms per twenty one persons"; a unit over a unit with no figure first ("stated in
//    mg/100 g") -> "milligrams per one hundred grams" (with figures, spaced_measure_pairs.cpp);
//  - a unit, a qualifier in capitals and a slash to a unit: "3,850 kcal ME/kg" -> "kilocalories
//    M E per kilogram" (the energy a feed gives, or the gas a good emits, counted per unit).
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The figure of a base, said in full as the unit rules say "kWh/100 km"; a lone one is left
// unsaid ("per kilogram").
std::optional<std::string> base_words(std::string_view figure) {
  if (figure == "1") return std::string();
  auto number = text::parse_plain_figure(figure);
  if (!number) return std::nullopt;
  return number_words(*number, false) + " ";
}

// The head of a rate: a unit the tables know, or the capitals of a trade's count ("CFU", "IU").
std::optional<UnitName> rate_head(std::string_view head) {
  if (!text::all_alpha(head) || head.empty() || head.size() > 5) return std::nullopt;
  if (auto unit = find_unit(head)) return unit;
  if (text::all_upper(head) && head.size() >= 2 && head.size() <= 4) {
    std::string letters = spelled_letters(head);
    return UnitName{letters, letters};
  }
  return std::nullopt;
}

// What the base counts: a unit, or a plain plural noun ("persons", "servings", "heads").
std::optional<std::string> base_thing(const Word& w, bool one) {
  if (!w.prefix.empty() || w.core.empty() || !text::all_alpha(w.core)) return std::nullopt;
  if (auto unit = find_unit(w.core)) return one ? unit->one : unit->many;
  if (w.core.size() < 4 || !text::is_lower(w.core[0]) || text::is_function_word(w.core) || is_not_noun(w.core)) {
    return std::nullopt;
  }
  if (!one && w.core.back() != 's') return std::nullopt;
  return std::string(w.core);
}

// "mg/100 g" at i: the head's many, "per", the base and its thing; two words.
std::optional<std::string> over_base(const Words& words, std::size_t i, bool one_head, bool units_only) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i].prefix.empty()) return std::nullopt;
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  std::string_view figure = core.substr(slash + 1);
  if (figure.empty() || !text::is_digit(figure[0])) return std::nullopt;
  auto head = units_only ? find_unit(core.substr(0, slash)) : rate_head(core.substr(0, slash));
  if (units_only && (slash < 2 || !text::all_alpha(core.substr(0, slash)))) return std::nullopt;
  auto base = base_words(figure);
  auto thing = base ? base_thing(words[i + 1], figure == "1") : std::nullopt;
  if (!head || !thing) return std::nullopt;
  // A measure over a measure after a figure is a pair the pair rules read: a conversion ("16
  // km/10 mi"), two facts, or a content (spaced_measure_pairs.cpp).
  // A count said as letters ("CFU") is no measure of a kind.
  bool letters = head->many.find('.') != std::string::npos;
  if (!units_only && !letters && find_unit(words[i + 1].core)) return std::nullopt;
  return (one_head ? head->one : head->many) + " per " + *base + *thing;
}

bool is_figure_word(const Word& w) {
  return w.prefix.empty() && w.suffix.empty() && !w.core.empty() && text::is_digit(w.core.back()) &&
         text::parse_plain_figure(w.core).has_value();
}

// "3,850 kcal ME/kg": a unit, capitals naming what it counts, a slash to a unit.
std::optional<Match> qualified_rate(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i + 1].suffix.empty() || !words[i + 2].prefix.empty()) return std::nullopt;
  auto unit = find_unit(words[i + 1].core);
  std::string_view core = words[i + 2].core;
  std::size_t slash = core.find('/');
  if (!unit || !text::all_alpha(words[i + 1].core) || slash == std::string_view::npos || slash == 0 || slash > 3) {
    return std::nullopt;
  }
  std::string_view qualifier = core.substr(0, slash);
  auto per = per_unit_name(core.substr(slash + 1));
  // One letter is a nutrient, and "DM" dry matter, which the farm rules name (trade_units.cpp).
  if (qualifier.size() < 2 || qualifier == "DM" || !text::all_upper(qualifier) || !text::all_alpha(qualifier) || !per ||
      find_unit(qualifier)) {
    return std::nullopt;
  }
  bool one = words[i].core == "1";
  return Match{3,
               number_words(*text::parse_plain_figure(words[i].core), false) + " " + (one ? unit->one : unit->many) +
                   " " + spelled_letters(qualifier) + " per " + *per,
               false};
}

}  // namespace

std::optional<Match> match_slashed_base(const Words& words, std::size_t i) {
  if (is_figure_word(words[i])) {
    if (i + 1 < words.size()) {
      if (auto rate = over_base(words, i + 1, words[i].core == "1", false)) {
        return Match{3, number_words(*text::parse_plain_figure(words[i].core), false) + " " + *rate, false};
      }
    }
    return qualified_rate(words, i);
  }
  // "stated in mg/100 g": the units alone, where no figure stands before them.
  if (i > 0 && is_figure_word(words[i - 1])) return std::nullopt;
  if (auto rate = over_base(words, i, false, true)) return Match{2, *rate, false};
  return std::nullopt;
}

}  // namespace briefcast::rules
