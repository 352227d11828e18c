// Ranges: "10-20" -> "ten to twenty", "2008-2010", "$150.25-$250.67", "1960s-1980s",
// "2%-10%", "5-10%", "2pm-5pm", "pages 5–7". A hyphen between figures that do not rise
// ("978-0") is no range: it is read as a separator.
#include <cstdint>

#include <string>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kEnDash = "\u2013";

std::optional<std::string> quantity(std::string_view s) {
  // "47⅓" in "40–47⅓": a whole figure and a vulgar fraction's sign, "forty-seven and a third".
  if (text::is_vulgar_figure(s)) return speak_fraction(s);
  if (auto v = speak_money(s)) return v;
  if (auto v = speak_time(s)) return v;
  if (auto v = speak_decade(s)) return v;
  if (auto v = speak_measure(s)) return v;
  if (auto v = speak_ordinal(s)) return v;
  if (auto v = speak_cardinal(s)) return v;
  return std::nullopt;
}

std::optional<std::int64_t> small_integer(std::string_view s) {
  if (!text::all_digits(s) || s.size() > 15) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

namespace {

// "$1.02 billion-$1.04 billion": a range whose ends each carry the currency and the scale; the
// hyphen joins the first scale word to the second sum. Said "one point zero two billion to one
// point zero four billion dollars", the currency once, at the end.
std::optional<Match> scaled_money_range(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view core = words[i].core;
  std::string_view joined = words[i + 1].core;
  std::size_t dash = joined.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= joined.size()) return std::nullopt;
  std::size_t symbol = 0;
  for (std::string_view s : {"$", "\u20AC", "\u00A3"}) {
    if (text::starts_with(core, s) && text::starts_with(joined.substr(dash + 1), s)) symbol = s.size();
  }
  auto low = symbol > 0 ? text::parse_number(core.substr(symbol)) : std::nullopt;
  auto scale = speak_scale(joined.substr(0, dash));
  if (!low || low->negative || !scale) return std::nullopt;
  std::string_view second = joined.substr(dash + 1);
  Words rest{Word{second, "", second, words[i + 1].suffix}};
  if (i + 2 < words.size() && words[i + 1].suffix.empty()) rest.push_back(words[i + 2]);
  auto high = match_money(rest, 0);
  if (!high || high->count != 2) return std::nullopt;
  return Match{2 + (high->count - 1), number_words(*low) + " " + *scale + " to " + high->spoken, high->eat_period};
}

}  // namespace

// "$40-50 billion", "€3-4 million", "$5-10": the currency and the scale are written once and
// belong to both figures, so they are said once, after the second: "forty to fifty billion
// dollars", not "forty dollars to fifty billion".
namespace {

// A unit written after a figure, said: a symbol by its name ("km" -> "kilometers"), one of one
// in the singular; a word as it is ("tonnes").
std::string unit_spoken(std::string_view unit, const text::NumberLiteral& figure) {
  auto name = find_unit(unit);
  if (!name) return std::string(unit);
  bool one = figure.integer == "1" && !figure.has_point;
  return one ? name->one : name->many;
}

// "640,000 tonnes-670,000 tonnes", "3 km-5 km": the unit written on both ends, the dash glued
// to the first unit. Said once, after the second figure (a symbol by its name: left as written,
// "km" was spelt). "6 mo-5 yrs": two units of one kind are each said after their figure.
std::optional<Match> unit_word_range(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty()) return std::nullopt;
  auto low = text::parse_number(words[i].core);
  std::string_view middle = words[i + 1].core;
  std::size_t dash = middle.find('-');
  if (!low || low->negative || dash == std::string_view::npos || dash == 0) return std::nullopt;
  std::string_view unit = middle.substr(0, dash);
  std::string_view second_unit = words[i + 2].core;
  auto high = text::parse_number(middle.substr(dash + 1));
  if (!high || high->negative || !text::all_alpha(unit) || !text::all_alpha(second_unit) ||
      !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  if (second_unit == unit) {
    return Match{3, number_words(*low) + " to " + number_words(*high) + " " + unit_spoken(unit, *high), false};
  }
  // Two units of one kind ("6 mo-5 yrs"); of two kinds ("3 tonnes-4 barrels") it is no range.
  if (!find_unit(unit) || !find_unit(second_unit)) return std::nullopt;
  std::string_view kind = quantity_kind(unit_spoken(unit, *low));
  if (kind.empty() || kind != quantity_kind(unit_spoken(second_unit, *high))) return std::nullopt;
  return Match{3, number_words(*low) + " " + unit_spoken(unit, *low) + " to " + number_words(*high) + " " +
                      unit_spoken(second_unit, *high),
               false};
}

// The length of the currency sign opening a word: "$", "\u20AC" or "\u00A3"; with `any_sign`
// any currency's sign ("\u20BA", "\u20B9", "A$", "US$"). 0 when none.
std::size_t currency_symbol(std::string_view core, bool any_sign = false) {
  for (std::string_view s : {"$", "\u20AC", "\u00A3"}) {
    if (text::starts_with(core, s)) return s.size();
  }
  if (!any_sign) return 0;
  std::size_t sign = 0;
  while (sign < core.size() && sign < 6 && !text::is_digit(core[sign])) ++sign;
  if (sign == 0 || sign == core.size() || !currency_for_sign(core.substr(0, sign))) return 0;
  return sign;
}

// "$10 to $20 million", "between $3 and $4 billion", "$10-$20 million": a scale word written
// only after the second sum belongs to the first as well when the first figure is the lower.
// Said "ten to twenty million dollars"; read one sum at a time it was "ten dollars to twenty
// million dollars", a range a millionfold wider than the one meant.
std::optional<Match> scale_after_second_sum(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t symbol = currency_symbol(core);
  if (symbol == 0 || !words[i].suffix.empty()) return std::nullopt;
  std::string_view first = core;
  std::string_view second;
  std::string joiner = "to";
  std::size_t next = i + 1;  // the word after the second sum: its scale
  // "and" joins the ends of a range only after "between"; else it may join two sums.
  bool after_between = i > 0 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "between";
  if (std::size_t dash = core.find('-'); dash != std::string_view::npos) {
    first = core.substr(0, dash);
    second = core.substr(dash + 1);
  } else if (i + 3 < words.size() && words[i + 1].suffix.empty() && words[i + 2].prefix.empty() &&
             (words[i + 1].core == "to" || (words[i + 1].core == "and" && after_between))) {
    joiner = std::string(words[i + 1].core);
    second = words[i + 2].core;
    next = i + 3;
  }
  if (second.empty() || next >= words.size() || !words[next - 1].suffix.empty() || !words[next].prefix.empty() ||
      currency_symbol(second) != symbol || second.substr(0, symbol) != first.substr(0, symbol) ||
      !speak_scale(words[next].core)) {
    return std::nullopt;
  }
  auto low = text::parse_number(first.substr(symbol));
  auto high_figure = text::parse_number(second.substr(symbol));
  if (!low || !high_figure || low->negative || high_figure->negative) return std::nullopt;
  // std::stod throws past a double's range; a sum of more than 15 figures is no price anyway.
  constexpr std::size_t kMaxFigures = 15;
  if (low->integer.size() > kMaxFigures || high_figure->integer.size() > kMaxFigures) return std::nullopt;
  auto value = [](const text::NumberLiteral& n) {
    return std::stod((n.integer.empty() ? "0" : n.integer) + "." + (n.decimals.empty() ? "0" : n.decimals));
  };
  Words rest{Word{second, "", second, ""}, words[next]};
  auto high = match_money(rest, 0);
  if (!high || high->count != 2) return std::nullopt;
  if (value(*low) >= value(*high_figure)) {
    // "$100,000-$1 million": a first sum no lower than the second figure cannot share its scale;
    // it is a sum of its own ("one hundred thousand dollars to one million dollars"). Read a
    // word at a time the scale had come after the second sum's currency ("one dollar million").
    auto alone = speak_money(first);
    if (!alone || joiner != "to") return std::nullopt;
    return Match{next - i + 1, *alone + " to " + high->spoken, high->eat_period};
  }
  return Match{next - i + 1, number_words(*low) + " " + joiner + " " + high->spoken, high->eat_period};
}

}  // namespace

std::optional<Match> match_money_range(const Words& words, std::size_t i) {
  if (auto term = match_contract_term(words, i)) return term;
  if (auto scaled = scaled_money_range(words, i)) return scaled;
  if (auto shared = scale_after_second_sum(words, i)) return shared;
  if (auto prices = match_price_range(words, i)) return prices;
  if (auto units = unit_word_range(words, i)) return units;
  std::string_view core = words[i].core;
  // "\u20BA132\u2013135/kg": a price range per unit takes any currency's sign (lira, rupees, yen).
  std::size_t symbol = currency_symbol(core, core.find('/') != std::string_view::npos);
  // "$1.5–2m": the typeset en dash joins the two ends as the hyphen does.
  std::size_t dash = core.find('-');
  std::size_t width = 1;
  if (std::size_t en = core.find(kEnDash); en != std::string_view::npos && en < dash) {
    dash = en;
    width = kEnDash.size();
  }
  // "an estimate of $40/60K", "est. £3,000/5,000": an auction house writes its estimate's low
  // and high with a slash; the slash had been said.
  if (dash == std::string_view::npos && core.find('/') != std::string_view::npos) {
    bool estimate = false;
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      estimate = estimate || text::is_one_of_lowered(words[i - back].core, {"estimate", "estimates", "estimated", "est"});
    }
    if (estimate) dash = core.find('/');
  }
  if (symbol == 0 || dash == std::string_view::npos || dash <= symbol || dash + width >= core.size()) return std::nullopt;
  std::string_view left = core.substr(symbol, dash - symbol);
  std::string_view right = core.substr(dash + width);
  // "$40-$50", "$61,200–$73,850": the sign written again on the second figure is the same
  // currency; said once, after the second ("forty to fifty dollars"), and before a noun the
  // range is one adjective ("a forty to fifty-dollar fee"), not "forty dollars to fifty dollars fee".
  if (text::starts_with(right, core.substr(0, symbol))) right.remove_prefix(symbol);
  // "$130-133m": a scale letter on the second figure belongs to both, as a scale word does.
  // "$3.1-3.3bn": with a scale after them the figures may have points; without one a point
  // makes them prices ("$1.50-2.00"), which this range does not say.
  std::size_t right_digits = text::number_prefix_length(right);
  std::string_view scale = right.substr(right_digits);
  // "$3.5M\u2013$4M": the scale written on both ends is one scale, said once after the second,
  // so that before a noun the range is one adjective as "$3.5\u20134M" is.
  if (!scale.empty() && text::all_alpha(scale) && left.size() > scale.size() && text::ends_with(left, scale)) {
    left.remove_suffix(scale.size());
  }
  // "\u20BA132\u2013135/kg", "$4\u20136/lb": a unit after a slash is what both ends are a price of;
  // the currency is said once, after the second figure, and then the unit ("per kilogram").
  bool per_unit = scale.size() > 1 && scale[0] == '/' && find_unit(scale.substr(1));
  bool scale_letters = per_unit || text::is_one_of(scale, {"", "m", "bn", "mn", "b", "k", "M", "B", "K", "tn"});
  bool points = left.find('.') != std::string_view::npos || right.substr(0, right_digits).find('.') != std::string_view::npos;
  auto low_figure = text::parse_number(left);
  // "£20,000-30,000": a grouped first figure is a range's end when the second is grouped too.
  auto high_figure = text::parse_number(right.substr(0, right_digits));
  bool both_grouped = low_figure && high_figure && low_figure->grouped && high_figure->grouped;
  if (!low_figure || low_figure->negative || (low_figure->grouped && !both_grouped) || (points && scale.empty()) ||
      right_digits == 0 ||
      !scale_letters || low_figure->integer.size() > 6 || right_digits > 8) {
    return std::nullopt;
  }
  // "£7,800-£9,200": the first end said as the second, and as a sum alone is ("seven thousand
  // eight hundred", not "seventy eight hundred").
  text::NumberLiteral low_plain = *low_figure;
  low_plain.grouped = false;
  auto low = std::optional<std::string>(number_words(low_plain, false));
  // The second figure with the currency and any scale word after it, said as a sum.
  std::string joined = std::string(core.substr(0, symbol)) + std::string(right);
  // The word before stays in view: after "a" the range qualifies a noun ("a $40-$50 fee").
  auto high = money_in_place(words, i, joined);
  if (!high) return std::nullopt;
  return Match{high->count, *low + " to " + high->spoken, high->eat_period};
}

std::optional<std::string> speak_range(std::string_view core) {
  std::size_t dash = core.find('-');
  std::size_t width = 1;
  std::size_t en = core.find(kEnDash);
  if (en != std::string_view::npos && (dash == std::string_view::npos || en < dash)) {
    dash = en;
    width = kEnDash.size();
  }
  if (dash == std::string_view::npos || dash == 0 || dash + width >= core.size()) return std::nullopt;
  std::string_view left = core.substr(0, dash);
  std::string_view right = core.substr(dash + width);
  if (right.find('-') != std::string_view::npos || right.find(kEnDash) != std::string_view::npos) return std::nullopt;
  auto right_words = quantity(right);
  if (!right_words) return std::nullopt;
  // "5-10%": the unit written once, at the end.
  if (text::all_digits(left) && !text::all_digits(right) && text::number_prefix_length(right) > 0) {
    auto left_plain = speak_cardinal(left);
    auto right_number = text::parse_number(right.substr(0, text::number_prefix_length(right)));
    if (left_plain && right_number && speak_measure(right)) return *left_plain + " to " + *right_words;
  }
  auto left_words = quantity(left);
  if (!left_words) return std::nullopt;
  // "1990-91", "2008-09": a season or a fiscal year, its end year shortened.
  if (left.size() == 4 && right.size() == 2 && text::all_digits(left) && text::all_digits(right)) {
    // "1999-00", "1996-02": the end year turns the century and is said whole ("two thousand").
    if (left[2] == '9' && right[0] == '0' && right < left.substr(2)) {
      std::string end = std::to_string((std::stoi(std::string(left.substr(0, 2))) + 1) * 100 + std::stoi(std::string(right)));
      return year_words(left) + " to " + year_words(end);
    }
    return year_words(left) + " to " + (right[0] == '0' ? "oh " + std::string(digit_word(right[1])) : cardinal_words(right));
  }
  auto low = small_integer(left);
  auto high = small_integer(right);
  // A falling pair of small figures is a score or a vote ("voted 7-2"): "seven to two", and
  // so is one of three figures against two or three ("passed 220-207", "lost 109-98").
  // Other falling pairs are codes or parts of a reference ("978-0", "2048-12") and keep their dash.
  bool tally = left.size() == 3 && right.size() >= 2 && right.size() <= 3 && right[0] != '0';
  if (low && high && *high <= *low && left.size() > 2 && !tally) return *left_words + " - " + *right_words;
  // "50-50": an even split.
  if (low && high && *high == *low) return *left_words + " " + *right_words;
  return *left_words + " to " + *right_words;
}

// "5 - 10", "1990 – 1995", "10 - 20 kg": a range written with a spaced dash. Only a rising
// pair of plain figures; "978 - 0" keeps its dash. The second figure takes what follows it
// (a unit, a scale word) as it would alone.
std::optional<Match> match_spaced_range(const Words& words, std::size_t i) {
  if (i + 2 >= words.size()) return std::nullopt;
  const Word& w = words[i];
  const Word& dash = words[i + 1];
  const Word& right = words[i + 2];
  bool is_dash = dash.raw == "-" || dash.raw == kEnDash;
  if (!is_dash || !w.suffix.empty() || !right.prefix.empty() || w.core.empty() || right.core.empty()) return std::nullopt;
  // "10am - 2pm", "9:30 - 11:00": two clock times.
  if (auto from = speak_time(w.core)) {
    if (auto to = speak_time(right.core)) return Match{3, *from + " to " + *to, false};
  }
  auto low = text::parse_number(w.core);
  auto high = text::parse_number(right.core);
  if (!low || !high || low->negative || high->negative) return std::nullopt;
  auto value = [](const text::NumberLiteral& n) {
    return std::stod((n.integer.empty() ? std::string("0") : n.integer) + "." + (n.decimals.empty() ? std::string("0") : n.decimals));
  };
  if (low->integer.size() > 15 || high->integer.size() > 15 || value(*low) >= value(*high)) return std::nullopt;
  auto left_words = speak_cardinal(w.core);
  if (!left_words) return std::nullopt;
  Words rest{right};
  if (i + 3 < words.size() && right.suffix.empty()) rest.push_back(words[i + 3]);
  auto high_match = match_measure(rest, 0);
  if (!high_match) {
    auto single = speak_cardinal(right.core);
    if (!single) return std::nullopt;
    high_match = Match{1, *single, false};
  }
  return Match{2 + high_match->count, *left_words + " to " + high_match->spoken, high_match->eat_period};
}

// "3:1", "10:1", "1:100": a ratio, said "three to one". Two figures after the colon would be
// a clock time ("3:15"), which time.cpp reads first; after a name it is a citation
// ("Genesis 1:3"), left to the other rules.
// "1 : 4", "3 : 1": a ratio typed with spaces around its colon; left apart, the colon was a
// pause between two bare figures.
std::optional<Match> spaced_ratio(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || words[i + 1].raw != ":" || !words[i].suffix.empty() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view left = words[i].core;
  std::string_view right = words[i + 2].core;
  if (left.empty() || right.empty() || left.size() > 3 || right.size() > 3 || !text::all_digits(left) ||
      !text::all_digits(right)) {
    return std::nullopt;
  }
  return Match{3, cardinal_words(left) + " to " + cardinal_words(right), false};
}

// "1:50,000", "1:25 000", "1:250000": a map's scale, one to a figure of thousands, grouped
// with commas or spaces or not at all. No clock or verse has four figures after its colon.
std::optional<Match> map_scale(const Words& words, std::size_t i, std::string_view left, std::string_view right) {
  if (left.empty() || left.size() > 3 || !text::all_digits(left) || right.empty() || right[0] == '0') return std::nullopt;
  std::string digits;
  std::size_t count = 1;
  if (right.find(',') != std::string_view::npos) {
    auto grouped = text::parse_number(right);
    if (!grouped || grouped->has_point || grouped->negative || text::all_digits(right)) return std::nullopt;
    digits = grouped->integer;
  } else if (text::all_digits(right) && right.size() >= 4) {
    digits = right;
  } else if (text::all_digits(right) && right.size() <= 3) {
    // "1:25 000": groups of three figures as words of their own.
    digits = right;
    while (i + count < words.size() && words[i + count - 1].suffix.empty() && words[i + count].prefix.empty() &&
           words[i + count].core.size() == 3 && text::all_digits(words[i + count].core)) {
      digits += words[i + count].core;
      ++count;
    }
    if (count == 1) return std::nullopt;
  }
  if (digits.size() < 4 || digits.size() > 9) return std::nullopt;
  return Match{count, cardinal_words(left) + " to " + cardinal_words(digits), false};
}

// Words of a timed race, near which figures past a clock's hours are a time.
bool is_timed_race_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"ran", "run", "runs", "running", "race", "marathon", "half-marathon", "clocked",
                                             "timed", "finished", "swam", "pb", "10k", "5k", "parkrun", "km"});
}

// Words of a match played against a clock (hockey, football, handball), near which a reading
// past a clock's hours is the game clock's minutes and seconds.
bool is_match_clock_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"scoring", "scored", "scores", "goal", "goals", "hat-trick", "hat", "period",
                                        "periods", "overtime", "power-play", "powerplay", "shorthanded", "puck",
                                        "assist", "assists", "equaliser", "equalizer", "winner", "game-winner",
                                        "half", "stoppage", "netted", "tally", "tallied"});
}

// "netted at 44:18", "31:05 into the game", "at 12:30, 35:07 and 51:22": minutes and
// seconds past a clock's hours, after a word that places a moment (or in a list after one), in
// a line of a match against a clock, are the game clock read as it shows, "twenty seven forty";
// read as a ratio they were "twenty seven to forty", heard as a score.
std::optional<Match> game_clock(const Words& words, std::size_t i, std::string_view left, std::string_view right) {
  if (left.size() != 2 || right.size() != 2 || !text::any_word_near(words, i, 12, is_match_clock_word)) return std::nullopt;
  std::size_t k = i;
  // Back over a list of readings ("at 12:30, 35:07 and") to the word that places them.
  while (k > 0 && k + 4 > i && (words[k - 1].core == "and" || text::figure_pair(words[k - 1].core, ':', 2))) --k;
  bool placed = k > 0 && words[k - 1].suffix.empty() &&
                text::is_one_of_lowered(words[k - 1].core, {"at", "after", "by", "until", "before"});
  bool into = i + 1 < words.size() && words[i].suffix.empty() && text::is_one_of(words[i + 1].core, {"into", "of"});
  if (!placed && !into) return std::nullopt;
  // "at 40:00": on the minute, the minutes alone, as "twenty seven hundred" would be a year.
  if (right == "00") return Match{1, cardinal_words(left) + " minutes", false};
  // Minutes, then seconds in a pair of their own ("oh seven"), as a four-figure time is said.
  return Match{1, paired_digit_words(std::string(left) + std::string(right)), false};
}

std::optional<std::string> single_figure_terms(std::string_view core) {
  if (core.size() < 5 || core.size() > 11) return std::nullopt;
  std::string spoken;
  for (std::size_t k = 0; k < core.size(); k += 2) {
    if (!text::is_digit(core[k]) || (k + 1 < core.size() && core[k + 1] != ':')) return std::nullopt;
    if (!spoken.empty()) spoken += " to ";
    spoken += std::string(digit_word(core[k]));
  }
  return spoken;
}

// "2,000,000:1", "0.8–1.1:1", "3–4:1": a ratio to a small whole whose first term is grouped in
// thousands or is a range. No clock or verse has a comma or a range before its colon, yet the
// colon sat too far in (or the dash stood in the way) for the plain ratio, and the colon was said.
std::optional<std::string> wide_ratio_to_whole(std::string_view left, std::string_view right) {
  if (right.empty() || right.size() > 2 || !text::all_digits(right) || right[0] == '0') return std::nullopt;
  auto term = [](std::string_view side) -> std::optional<std::string> {
    auto n = text::parse_plain_figure(side);
    if (!n || side.empty() || (side[0] == '0' && side.size() > 1 && side[1] != '.')) return std::nullopt;
    return number_words(*n);
  };
  if (auto sides = text::split_at_range_dash(left); sides && right.size() == 1) {
    auto low = term(sides->before);
    auto high = term(sides->after);
    if (low && high) return *low + " to " + *high + " to " + cardinal_words(right);
  }
  // "0,500:1": a leading zero before a thousands group makes no grouped figure; term refuses it.
  auto grouped = text::parse_plain_figure(left);
  if (!grouped || !grouped->grouped) return std::nullopt;
  auto whole = term(left);
  if (!whole) return std::nullopt;
  return *whole + " to " + cardinal_words(right);
}

std::optional<Match> match_ratio(const Words& words, std::size_t i) {
  // "A 2:1 ratio", "The 3:1 split": a capitalised little word opens a sentence; it names no book.
  if (i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core) &&
      !text::is_function_word(text::lower(words[i - 1].core))) {
    return std::nullopt;
  }
  if (auto spaced = spaced_ratio(words, i)) return spaced;
  std::string_view core = words[i].core;
  std::size_t colon = core.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  if (auto wide = wide_ratio_to_whole(core.substr(0, colon), core.substr(colon + 1))) return Match{1, *wide, false};
  if (colon > 5) return std::nullopt;
  std::string_view left = core.substr(0, colon);
  std::string_view right = core.substr(colon + 1);
  if (auto scale = map_scale(words, i, left, right)) return scale;
  // "2.11:1", "1.5:1": a ratio to a whole, its first term with a point (no clock has one).
  if (auto decimal = text::parse_number(left); decimal && decimal->has_point && !decimal->negative && right.size() == 1 &&
                                               text::all_digits(right) && right != "0") {
    return Match{1, number_words(*decimal) + " to " + cardinal_words(right), false};
  }
  // "3:2:1": a ratio of three or more single figures (a clock's minutes have two), each "to".
  if (auto terms = single_figure_terms(core)) return Match{1, *terms, false};
  if (right.empty() || right.size() > 3 || !text::all_digits(left) || !text::all_digits(right)) return std::nullopt;
  if (right.size() == 2) {
    // Two figures after the colon are a clock ("3:15") unless no clock can have them. A split
    // of a hundred is said as a pair ("a 60:40 split" -> "sixty forty", "50:50").
    int l = std::stoi(std::string(left));
    int r = std::stoi(std::string(right));
    if (left.size() == 2 && l + r == 100) return Match{1, cardinal_words(left) + " " + cardinal_words(right), false};
    if (l <= 24 && r <= 59) return std::nullopt;
    if (r <= 59) {
      if (auto clock = game_clock(words, i, left, right)) return clock;
    }
    // "ran the 10k in 27:43": past a clock's hours, in a line of a race, minutes and seconds.
    if (r <= 59 && left.size() <= 3 && text::any_word_near(words, i, 10, is_timed_race_word)) {
      return Match{1, cardinal_words(left) + " minutes " + cardinal_words(right) + (r == 1 ? " second" : " seconds"), false};
    }
  }
  return Match{1, cardinal_words(left) + " to " + cardinal_words(right), false};
}

}  // namespace briefcast::rules
