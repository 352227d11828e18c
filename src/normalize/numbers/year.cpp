// Years and numbers read in pairs. A bare four-digit figure is a year when it could be one in
// news text (1100-2039: "1994" -> "nineteen ninety four"); outside that span it is a quantity
// ("1026" -> "one thousand twenty six", "a score of 2072") unless a word before it makes it a
// year ("in 1066", "by 2050"). Figures after a capitalised name, or a lowercase noun of
// transport or place, are labels said in pairs, like years: "Boeing 737" -> "seven thirty
// seven", "Route 101", "GTX 1080", "train 2150". Eras: "750 BC".
#include <algorithm>
#include <array>
#include <string>

#include "normalize/capitals.h"
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<std::string_view, 12> kYearCues = {"in",    "by",     "since", "until", "till",   "before",
                                                         "after", "from",   "during", "circa", "through", "year"};

// Capitalised words that open a sentence or a phrase rather than name a thing with a number.
constexpr std::array<std::string_view, 35> kNotNames = {
    "The",  "A",     "An",     "In",    "On",    "At",    "By",    "For",   "Of",     "About", "Over",   "Under",
    "Some", "All",   "Only",   "Nearly", "Almost", "Around", "Than", "Those", "These", "Its",   "Their",  "His",
    "Her",  "Our",   "With",   "From",  "To",    "And",   "But",   "Or",    "Another", "Just", "Top",
};

// The sides of a vote's or a poll's tally: the figure after them is how many, not a label
// ("Yes 412, No 388" is four hundred and twelve votes, where "Room 412" is a room's number).
constexpr std::array<std::string_view, 11> kTallySides = {
    "Yes", "No", "Ayes", "Noes", "Yeas", "Nays", "Against", "Abstain", "Abstentions", "Total", "Turnout",
};

bool is_era(std::string_view s) {
  std::string w;
  for (char c : s) {
    if (c != '.') w.push_back(c);
  }
  return w == "BC" || w == "AD" || w == "BCE" || w == "CE";
}

bool is_label_digits(std::string_view s) {
  return (s.size() == 3 || s.size() == 4) && text::all_digits(s) && s[0] != '0';
}

bool names_a_thing(const Word& w) {
  if (w.core.size() < 2 || !text::is_capitalized(w.core) || !w.suffix.empty()) return false;
  for (char c : w.core) {
    if (!text::is_alnum(c)) return false;
  }
  for (std::string_view stop : kNotNames) {
    if (w.core == stop) return false;
  }
  for (std::string_view side : kTallySides) {
    if (w.core == side) return false;
  }
  return !month_number(w.core, true).has_value();
}

// "Calories 3017", "Steps 8412": a plural label in a list of stats names many things, so four
// figures after it that are no year are how many, not the number of one ("Boeing 7478"). Four
// figures that could be a year stay one ("Olympics 2024", "Games 2012"); three figures after a
// plural are still often a name's label ("Cortes 247", "Loans 101").
bool counts_after_plural_label(std::string_view label, std::string_view digits) {
  bool plural = label.size() > 3 && text::ends_with(label, "s") && !text::ends_with(label, "ss") &&
                !text::ends_with(label, "us") && !text::ends_with(label, "is") && !text::all_upper(label);
  return plural && digits.size() == 4 && !is_context_free_year(digits);
}

// Lowercase nouns of transport and places that a figure numbers, as a capitalised name does:
// "train 2150", "gate 1123", "room 412" are labels said in pairs ("twenty one fifty").
bool is_place_label(const Word& w) {
  return w.suffix.empty() &&
         text::is_one_of(w.core, {"train", "bus", "flight", "route", "platform", "gate", "room", "exit", "pier",
                                  "locomotive", "tram", "berth", "runway", "terminal", "suite", "ward", "cabin",
                                  "carriage", "bay", "hangar"});
}

// After a lowercase label noun the figure may still count what follows it: "a bus 300 metres
// away", "room 1000 times over", "a train 1200 passengers rode". A plural alone does not say
// so ("locomotive 4014 returns"), so only units and words that are counted do.
bool count_follows_label(const Words& words, std::size_t j) {
  if (j + 1 >= words.size() || !words[j].suffix.empty() || !words[j + 1].prefix.empty()) return false;
  std::string_view after = words[j + 1].core;
  return find_unit(after).has_value() ||
         is_counted_thing(after) ||
         text::is_one_of(after, {"times", "more", "extra", "miles", "metres", "meters", "feet", "yards", "kilometres",
                                 "kilometers", "square"});
}

// "Participants 106 966 women": three figures, then a group of exactly three more, are a count
// whose thousands are marked by a space (the spaced-cardinal rule reads it), not a label.
bool thousands_follow(const Words& words, std::size_t j) {
  if (words[j].core.size() != 3 || !words[j].suffix.empty() || j + 1 >= words.size()) return false;
  const Word& group = words[j + 1];
  bool more_figures = j + 2 < words.size() && group.suffix.empty() && !words[j + 2].core.empty() &&
                      text::is_digit(words[j + 2].core[0]);
  return group.prefix.empty() && group.core.size() == 3 && text::all_digits(group.core) && !more_figures;
}

// "kg", "g/1": a unit after the figure, alone or slashed before another measure ("Add 450 g/1 lb").
bool is_unit_after(std::string_view core) {
  return find_unit(core).has_value() || find_unit(core.substr(0, core.find('/'))).has_value();
}

// "UIAA", "OEIC": the first vowel of a word in capitals is followed at once by another.
bool first_vowels_adjacent(std::string_view capitals) {
  if (capitals.size() < 4) return false;
  auto first = capitals.find_first_of("AEIOU");
  return first != std::string_view::npos && first + 1 < capitals.size() &&
         std::string_view("AEIOU").find(capitals[first + 1]) != std::string_view::npos;
}

// "the WHO 2021 guideline", "US 2024 polls": capitals that spell a little English word, which
// eSpeak NG says as the word ("who", "us"); in a line of capitals ("AS 2024 ENDS", "TOP
// STORIES OF 2023", "IF 2019") they are the word: so only with no capitals beside them, in a
// line with small letters ("THE CLASS OF 2024 graduates" opens with a shouted run).
bool reads_as_english_word(const Words& words, std::size_t i) {
  auto shouted = [&](std::size_t k) { return k < words.size() && words[k].core.size() > 1 && text::all_upper(words[k].core); };
  if ((i > 0 && shouted(i - 1)) || shouted(i + 2)) return false;
  bool small_letters = false;
  for (const Word& w : words) {
    small_letters = small_letters || std::any_of(w.core.begin(), w.core.end(), [](char c) { return text::is_lower(c); });
  }
  return small_letters && text::is_function_word(text::lower(words[i].core));
}

std::string era_words(std::string_view era) {
  std::string letters;
  for (char c : era) {
    if (c == '.') continue;
    if (!letters.empty()) letters.push_back('.');
    letters.push_back(c);
  }
  return letters;
}

// A span's years run the era's way: down before Christ or the present ("2600 - 1900 BC"), up
// after him ("AD 96-98"). "110 - 98 AD", the other way, is a score before a player's initials.
bool span_fits_era(std::string_view first, std::string_view second, std::string_view era) {
  int from = std::stoi(std::string(first));
  int to = std::stoi(std::string(second));
  bool before = era.find('B') != std::string_view::npos;  // BC, BCE, B.C., BP
  return before ? from > to : from < to;
}

// Four figures at most, the first no zero: a year of an era, said in pairs.
bool year_figure(std::string_view s) { return !s.empty() && s.size() <= 4 && text::all_digits(s) && s[0] != '0'; }

struct YearSpan {
  std::string_view first;
  std::string_view second;
};

// "1520\u20131390", "770-960": two years joined by an en dash or a hyphen.
std::optional<YearSpan> joined_years(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  auto year_like = [](std::string_view y) { return y.size() >= 2 && year_figure(y); };
  if (!sides || !year_like(sides->before) || !year_like(sides->after)) return std::nullopt;
  return YearSpan{sides->before, sides->after};
}

// "AD 96", "AD 96–98", "CE 622": the era written before its year, as Latin order puts it;
// the years are said as years, in pairs, and a span's dash is "to".
std::optional<Match> era_then_years(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"AD", "CE"}) || !w.suffix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view years = words[i + 1].core;
  std::size_t first = text::digit_run_end(years, 0);
  // One figure after "AD" is a code's ("AD 7"), not a year.
  if (first < 2 || first > 4 || years[0] == '0') return std::nullopt;
  std::string said = era_words(w.core) + " " + paired_digit_words(years.substr(0, first));
  if (first == years.size()) return Match{2, said, false};
  auto span = joined_years(years);
  if (!span || span->first.size() != first || !span_fits_era(span->first, span->second, w.core)) return std::nullopt;
  return Match{2, said + " to " + paired_digit_words(span->second), false};
}

bool era_year(const Word& w) { return year_figure(w.core); }

// "3100 – 2900 BCE", "1520 – 1390 cal BC", "2870±40 BP": a span of years of an era or a
// radiocarbon date with its error, the dash split off; the years are years ("twenty six
// hundred to nineteen hundred"), the dash "to", and a calibrated date keeps "cal" (no calorie).
// Before-present dates ("BP") only with "cal" or an error, as "BP" alone is also the company.
}  // namespace

std::optional<Match> match_era_span(const Words& words, std::size_t i) {
  const Word& w = words[i];
  constexpr std::string_view kPlusMinus = "\u00b1";
  std::string said;
  std::optional<YearSpan> span;
  std::size_t k = i + 1;
  bool dated = false;
  std::size_t plus_minus = w.core.find(kPlusMinus);
  if (plus_minus != std::string_view::npos && w.suffix.empty()) {
    std::string_view year = w.core.substr(0, plus_minus);
    std::string_view error = w.core.substr(plus_minus + kPlusMinus.size());
    if (!year_figure(year) || error.empty() || error.size() > 4 || !text::all_digits(error)) {
      return std::nullopt;
    }
    said = paired_digit_words(year) + " plus or minus " + cardinal_words(error);
    dated = true;
  } else if (auto joined = joined_years(w.core); joined && w.suffix.empty()) {
    span = joined;
  } else {
    if (!era_year(w) || !w.suffix.empty() || i + 3 >= words.size() || !text::is_dash_word(words[i + 1].raw) ||
        !era_year(words[i + 2]) || !words[i + 2].suffix.empty()) {
      return std::nullopt;
    }
    // "21 - 18 BC leading": a plain hyphen between two-figure numbers is as often a score before
    // a player's initials; the era's spans so written are of longer years ("410 - 380 BC").
    if (words[i + 1].raw == "-" && (w.core.size() < 3 || words[i + 2].core.size() < 3)) return std::nullopt;
    span = YearSpan{w.core, words[i + 2].core};
    k = i + 3;
  }
  if (span) said = paired_digit_words(span->first) + " to " + paired_digit_words(span->second);
  if (k < words.size() && words[k].core == "cal" && words[k].suffix.empty()) {
    said += " cal";
    dated = true;
    ++k;
  }
  if (k >= words.size() || !words[k].prefix.empty() || !(is_era(words[k].core) || (dated && words[k].core == "BP"))) {
    return std::nullopt;
  }
  if (span && !span_fits_era(span->first, span->second, words[k].core)) return std::nullopt;
  return Match{k + 1 - i, said + " " + era_words(words[k].core), k + 1 < words.size()};
}

// A model's variant after its dash: one figure ("787-9") or round hundreds ("737-800"), which
// may carry letters of their own ("777-300ER") or a plural ("787-9s"). A Boeing customer code
// ("777-222", "747-446") is three figures said in pairs.
std::optional<std::string> model_variant(std::string_view variant, bool customer_codes) {
  if (customer_codes && variant.size() == 3 && text::all_digits(variant) && variant[0] != '0') {
    return paired_digit_words(variant);
  }
  std::size_t figures = text::digit_run_end(variant, 0);
  std::string_view letters = variant.substr(figures);
  variant = variant.substr(0, figures);
  bool round = variant.size() == 3 && variant[0] != '0' && text::ends_with(variant, "00");
  bool single = variant.size() == 1 && variant[0] != '0';
  bool plural = letters == "s";
  bool tail_ok = letters.empty() || plural || (letters.size() <= 3 && text::all_upper(letters));
  if (!(round || single) || !tail_ok) return std::nullopt;
  std::string said = cardinal_words(variant);
  if (plural) return pluralize_last_word(said);
  return letters.empty() ? said : said + " " + spelled_letters(letters);
}

bool is_context_free_year(std::string_view digits) {
  if (digits.size() != 4 || !text::all_digits(digits)) return false;
  int value = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');
  return value >= 1100 && value <= 2039;
}

std::optional<Match> match_year(const Words& words, std::size_t i) {
  const Word& w = words[i];
  // "750BC", "44 B.C.": a year of an era, said in pairs.
  std::size_t digits = text::digit_run_end(w.core, 0);
  if (digits > 0 && digits <= 4 && w.core[0] != '0') {
    std::string_view figure = w.core.substr(0, digits);
    std::string_view rest = w.core.substr(digits);
    if (!rest.empty() && is_era(rest)) return Match{1, paired_digit_words(figure) + " " + era_words(rest), false};
    if (rest.empty() && w.suffix.empty() && i + 1 < words.size() && is_era(words[i + 1].core)) {
      return Match{2, paired_digit_words(figure) + " " + era_words(words[i + 1].core), i + 2 < words.size()};
    }
    // "5500-5000 BCE", "1200-1100 BC": a span of years of an era, falling before Christ, is a
    // span ("fifty five hundred to five thousand"), never a score or a code.
    std::size_t end = digits + 1;
    end = text::digit_run_end(w.core, end);
    if (!rest.empty() && rest[0] == '-' && end == w.core.size() && end - digits - 1 >= 2 && end - digits - 1 <= 4 &&
        w.core[digits + 1] != '0' && w.suffix.empty() && i + 1 < words.size() && is_era(words[i + 1].core)) {
      std::string_view second = w.core.substr(digits + 1);
      return Match{2, paired_digit_words(figure) + " to " + paired_digit_words(second) + " " + era_words(words[i + 1].core),
                   i + 2 < words.size()};
    }
  }
  if (auto after_era = era_then_years(words, i)) return after_era;
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  const Word& next = words[i + 1];
  // "in 1066", "by 2050": a year whatever its value.
  bool cue = false;
  for (std::string_view c : kYearCues) cue = cue || text::iequals(w.core, c);
  if (cue && next.core.size() == 4 && text::all_digits(next.core) && next.core[0] != '0') {
    bool unit_follows = i + 2 < words.size() && next.suffix.empty() && find_unit(words[i + 2].core).has_value();
    // "from 1914 - 1918" is a range of years, read by the range rule.
    bool dash_follows = i + 2 < words.size() && (words[i + 2].raw == "-" || words[i + 2].raw == "\u2013");
    // "This year 4603 houses sold": past 2100 and before a noun, the figure is a count.
    int value = std::stoi(std::string(next.core));
    bool count_follows = value > 2100 && i + 2 < words.size() && next.suffix.empty() &&
                         !words[i + 2].core.empty() && text::is_lower(words[i + 2].core[0]) &&
                         !text::is_function_word(words[i + 2].core);
    // "scores rose from 5425 to 5641": far past this century and not a round century ("by
    // 2300"), a figure after the cue is a count, whatever follows it.
    bool far_count = value > 2200 && !text::ends_with(next.core, "00");
    if (!unit_follows && !dash_follows && !count_follows && !far_count) {
      return Match{2, std::string(w.core) + " " + year_words(next.core), false};
    }
  }
  // "Boeing 787-9", "Boeing 737-800": a model and its variant (one figure, or round hundreds),
  // each said as a label. After a plural ("Pages 120-135") or with other figures it is a range.
  if (names_a_thing(w) && !text::ends_with(w.core, "s") && next.core.size() >= 5 && next.core[3] == '-' &&
      is_label_digits(next.core.substr(0, 3))) {
    if (auto said = model_variant(next.core.substr(4), w.core == "Boeing")) {
      return Match{2, std::string(w.core) + " " + paired_digit_words(next.core.substr(0, 3)) + " " + *said, false};
    }
  }
  // "flight 1289", "room 2005": after a lowercase label noun four figures are a label even when
  // they could be a year ("twenty oh five", not "two thousand five").
  if (is_place_label(w) && is_label_digits(next.core) && !thousands_follow(words, i + 1) &&
      !count_follows_label(words, i + 1)) {
    return Match{2, std::string(w.core) + " " + paired_digit_words(next.core), false};
  }
  if (names_a_thing(w) && is_label_digits(next.core) && !thousands_follow(words, i + 1) &&
      !counts_after_plural_label(w.core, next.core) && !names_listed_entrant(words, i)) {
    bool unit_follows = i + 2 < words.size() && next.suffix.empty() && is_unit_after(words[i + 2].core);
    // "Calories from Fat 1782" in a nutrition table: an amount, even where it could be a year.
    if (counts_after_nutrient_label(words, i)) {
      if (unit_follows) return std::nullopt;
      return Match{2, std::string(w.core) + " " + cardinal_words(next.core), false};
    }
    // "Q3 2020", "H1 2021": a name with figures of its own is read too, not passed on raw.
    bool has_figure = w.core.find_first_of("0123456789") != std::string_view::npos;
    std::string name = has_figure ? speak_word(w.core) : std::string(w.core);
    // "UIAA 101", "the WHO 2021 guideline": capitals are spelled here as anywhere, or eSpeak NG
    // says those it can as a word ("yoo-ee-ah", the pronoun "who"); spell_capitals leaves the
    // ones of a word's shape.
    if (!has_figure && text::all_upper(w.core) && speak_word(w.core) == w.core &&
        (first_vowels_adjacent(w.core) || reads_as_english_word(words, i))) {
      name = spell_capitals(name);
    }
    // "(Florida 2003)", "Office 2007": four figures that could be a year are said as one
    // ("two thousand three", never "twenty zero three").
    std::string label = is_context_free_year(next.core) ? year_words(next.core) : paired_digit_words(next.core);
    if (!unit_follows) return Match{2, name + " " + label, false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
