// A fraction of an imperial unit written against it, as tool, hardware and coin copy writes
// sizes ("1/4in", "3/8in", "1/4oz"). The measure rules read the figure before the unit as a
// number, so "1/2in" had been "one / two inches". Said as people say it: before the noun it
// sizes, one adjective ("the 1/2in drive" -> "the half-inch drive", "a 3/8in bit" -> "a
// three-eighths-inch bit"); elsewhere a part of one unit ("1/4in deep" -> "a quarter of an
// inch deep").
#include "normalize/articles.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

struct FractionUnit {
  std::string_view written;
  std::string_view name;
};

constexpr FractionUnit kUnits[] = {
    {"in", "inch"}, {"oz", "ounce"}, {"lb", "pound"}, {"mi", "mile"}, {"ft", "foot"}, {"yd", "yard"},
};

// The denominators sizes are given in: halves down to sixty-fourths, and thirds.
bool is_size_denominator(std::string_view d) { return text::is_one_of(d, {"2", "3", "4", "8", "16", "32", "64"}); }

// "half", "quarter", "sixteenth"; plural after a numerator above one ("three eighths").
std::string part_name(std::string_view bottom, bool plural) {
  if (bottom == "2") return plural ? "halves" : "half";
  if (bottom == "4") return plural ? "quarters" : "quarter";
  std::string ordinal = ordinal_words(bottom);
  return plural ? pluralize_last_word(ordinal) : ordinal;
}

// "1/4in deep", "3/8in thick": a size before the word of the dimension it gives is no adjective
// of a noun, whatever the words before it ("sow the seeds 1/4in deep").
bool is_dimension_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"deep", "wide", "long", "thick", "high", "tall", "short", "apart", "across",
                                     "away", "lower", "higher", "deeper", "wider", "longer", "thicker", "shorter"});
}

// "the 1/2 hp motor", "a 3/4 in socket": the fraction and its unit in two words before the
// noun they size are one adjective ("a half-horsepower motor"); "half H P" named no unit.
// Elsewhere ("1/2 hp is enough") the measure rules say a part of the unit.
std::optional<Match> spaced_fraction_adjective(const Words& words, std::size_t i, std::string_view top,
                                               std::string_view bottom) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view written = words[i + 1].core;
  std::optional<std::string> name;
  for (const FractionUnit& u : kUnits) {
    if (written == u.written) name = std::string(u.name);
  }
  if (!name) {
    auto unit = find_unit(written);
    if (unit && text::all_alpha(written)) name = unit->one;
  }
  if (!name || !is_adjectival(words, i, 2) || is_dimension_word(words[i + 2].core)) return std::nullopt;
  bool one = top == "1";
  std::string said = one ? "" : cardinal_words(top) + "-";
  said += part_name(bottom, !one && bottom != "4" && bottom != "2") + "-" + *name;
  return Match{2, text::hyphenated(said), false};
}

}  // namespace

namespace {

// "a ½-acre lawn", "the ¼-mile mark", "¾-length sleeves": a fraction sign hyphened to a word is
// one compound, said "half-acre" as people say it ("one half acre" was a figure's reading).
// A unit's symbol there is said by its name ("½-in. OSB" -> "half-inch OSB"), its period an
// abbreviation's when a lower-case word or a code in capitals follows.
std::optional<Match> fraction_sign_compound(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  static constexpr text::Said kSigns[] = {{"\u00bd", "half"}, {"\u00bc", "quarter"}, {"\u00be", "three-quarter"}};
  for (const text::Said& sign : kSigns) {
    if (!text::starts_with(core, sign.written) || core.size() <= sign.written.size() + 1 ||
        core[sign.written.size()] != '-') {
      continue;
    }
    std::string_view word = core.substr(sign.written.size() + 1);
    if (word.size() < 2 || word.size() > 12 || !text::all_alpha(word) || !text::is_lower(word[0])) return std::nullopt;
    for (const FractionUnit& u : kUnits) {
      if (word != u.written) continue;
      bool next = i + 1 < words.size() && words[i + 1].prefix.empty() && !words[i + 1].core.empty() &&
                  (text::is_lower(words[i + 1].core[0]) || text::all_upper(words[i + 1].core));
      bool eat = text::starts_with(words[i].suffix, ".") && next;
      return Match{1, std::string(sign.spoken) + "-" + std::string(u.name), eat};
    }
    return Match{1, std::string(sign.spoken) + "-" + std::string(word), false};
  }
  return std::nullopt;
}

}  // namespace

// "2-5/16\"", "(1-7/8\")": a whole and a fraction closed by the inch mark, as staple lengths
// and hardware sizes are written, said "two and five sixteenths inches"; read by the fraction
// rules alone the mark was dropped and the length heard as a bare number.
std::optional<Match> mixed_inches(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  std::size_t slash = core.find('/');
  // 'the plan "Phase 2-1/2" and': the mark closes a quotation opened before it.
  if (!text::starts_with(words[i].suffix, "\"") || dash == std::string_view::npos || slash == std::string_view::npos ||
      dash == 0 || slash < dash + 2 || dash > 2 || inside_quotation(words, i)) {
    return std::nullopt;
  }
  std::string_view whole = core.substr(0, dash);
  std::string_view top = core.substr(dash + 1, slash - dash - 1);
  std::string_view bottom = core.substr(slash + 1);
  if (!text::all_digits(whole) || !text::all_digits(top) || top.size() > 2 || top[0] == '0' ||
      !is_size_denominator(bottom) || std::stoi(std::string(top)) >= std::stoi(std::string(bottom))) {
    return std::nullopt;
  }
  // "three and a half inches", "one and three thirty-seconds inches", as the mark is read aloud.
  bool one = top == "1";
  std::string part = one ? with_indefinite_article(part_name(bottom, false)) : cardinal_words(top) + " " + part_name(bottom, true);
  return Match{1, cardinal_words(whole) + " and " + part + " inches", false, true};
}

std::optional<Match> match_fraction_unit(const Words& words, std::size_t i) {
  if (auto inches = mixed_inches(words, i)) return inches;
  std::string_view core = words[i].core;
  if (words[i].prefix.empty()) {
    if (auto compound = fraction_sign_compound(words, i)) return compound;
  }
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view top = core.substr(0, slash);
  std::string_view rest = core.substr(slash + 1);
  std::size_t digits = text::digit_run_end(rest, 0, 3);
  std::string_view bottom = rest.substr(0, digits);
  std::string_view unit_text = rest.substr(digits);
  if (!text::all_digits(top) || top[0] == '0' || !is_size_denominator(bottom) ||
      std::stoi(std::string(top)) >= std::stoi(std::string(bottom))) {
    return std::nullopt;
  }
  bool one = top == "1";
  if (unit_text.empty()) return spaced_fraction_adjective(words, i, top, bottom);
  const FractionUnit* unit = nullptr;
  for (const FractionUnit& u : kUnits) {
    if (unit_text == u.written) unit = &u;
  }
  if (unit == nullptr) return std::nullopt;
  // "the 1/2in drive": an adjective, its parts joined ("three-quarter-inch", "three-eighths-inch").
  if (is_adjectival(words, i, 1) && !is_dimension_word(words[i + 1].core)) {
    std::string said = one ? "" : cardinal_words(top) + "-";
    said += part_name(bottom, !one && bottom != "4" && bottom != "2") + "-" + std::string(unit->name);
    return Match{1, said, false};
  }
  std::string of_one = with_indefinite_article(unit->name);
  // "1/2in long": "half an inch", not "a half of an inch".
  if (one && bottom == "2") return Match{1, "half " + of_one, false};
  std::string part = one ? with_indefinite_article(part_name(bottom, false))
                         : cardinal_words(top) + " " + part_name(bottom, true);
  return Match{1, part + " of " + of_one, false};
}

// "gas ½", "gas mark 1/4": an oven's mark below one is said "a half", "a quarter", "three
// quarters", as the dial is read; "one half" is a figure's reading.
std::optional<Match> match_gas_mark_fraction(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string before = text::lower(words[i - 1].core);
  if (before != "mark" && !text::ends_with(before, "gas")) return std::nullopt;
  std::string_view w = words[i].core;
  if (w == "\u00bd" || w == "1/2") return Match{1, "a half", false};
  if (w == "\u00bc" || w == "1/4") return Match{1, "a quarter", false};
  if (w == "\u00be" || w == "3/4") return Match{1, "three quarters", false};
  return std::nullopt;
}

namespace {

// "60/70", "15/20": two whole figures of two or three digits, the second larger but less than
// twice the first, so the pair may be two limits offered in turn. A smaller second ("70/30") is
// a split; a second twice the first or more is a part of a span ("the 90/180-day rule", 90 days
// in any 180) or a shift and its rest ("a 24/48-hr rota").
bool are_alternative_figures(std::string_view a, std::string_view b) {
  if (a.size() < 2 || b.size() < 2 || a.size() > 3 || b.size() > 3 || !text::all_digits(a) || !text::all_digits(b) ||
      a[0] == '0' || b[0] == '0') {
    return false;
  }
  int first = std::stoi(std::string(a));
  int second = std::stoi(std::string(b));
  return first < second && second < 2 * first;
}

// "hr", "min", "day", "wk": a span of time, the one unit whose slashed pair is a choice of limits
// ("a 60/70-hr week"). Two volts, two lengths or two weights slashed both hold ("120/240-V",
// "100/200-m"), or are a ratio or a range, and keep their old reading.
bool is_span_unit(std::string_view unit) {
  return text::is_one_of(unit, {"hr", "hrs", "h", "min", "mins", "day", "days", "wk", "wks", "week", "weeks", "month",
                                "months", "yr", "yrs", "year", "years"});
}

}  // namespace

// "the 48/60-hr week", "a 15/20-min slot": two figures slashed before a hyphened span of time are
// alternatives, one adjective each with the unit said once ("sixty- or seventy-hour"); read as
// a fraction they were "sixty-over-seventy-hour".
std::optional<Match> match_alternative_figures(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  std::size_t dash = core.find('-');
  if (!words[i].prefix.empty() || slash == std::string_view::npos || dash == std::string_view::npos || dash < slash) {
    return std::nullopt;
  }
  std::string_view first = core.substr(0, slash);
  std::string_view second = core.substr(slash + 1, dash - slash - 1);
  std::string_view written = core.substr(dash + 1);
  if (!are_alternative_figures(first, second) || !is_span_unit(written)) return std::nullopt;
  auto unit = unit_words(written, true);
  // "45/90-day": a span written as its word is said as it is, in the singular.
  if (!unit && text::is_one_of(written, {"day", "days", "week", "weeks", "month", "months", "year", "years"})) {
    unit = std::string(text::ends_with(written, "s") ? written.substr(0, written.size() - 1) : written);
  }
  if (!unit) return std::nullopt;
  return Match{1, text::hyphenated(cardinal_words(first)) + "- or " + text::hyphenated(cardinal_words(second) + " " + *unit), false};
}

}  // namespace briefcast::rules
