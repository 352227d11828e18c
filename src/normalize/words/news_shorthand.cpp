// Short forms of news copy that no other class claims, each read only in the shape that makes it
// unambiguous: "esp." -> "especially", "Weds"/"Thurs" -> the day,
// "the March qtr" -> "quarter", "M25 at J10" -> "junction ten", "per sq ft" -> "per square foot", "Main Rd," -> "Main Road",
// "Queen St W" -> "Queen Street West", "Toronto, ON M5H 2N2" -> "Toronto, Ontario", "the 50c
// coin" -> "the fifty-cent coin", "£3 a lb" -> "a pound", "40cm x 30cm" -> "by", "the mid-30s
// F" -> "Fahrenheit", "5 ft 10½ in tall" -> "inches", "a 3yo colt" -> "three-year-old", "2nd
// Bn" -> "Battalion", "Col. (Ret.) Tom Fraser" -> "retired Colonel", "Ep 4" -> "Episode",
// "S4E10" -> "season four, episode ten".
// Left alone, eSpeak NG reads each as a word ("esp", "weds") or as letters ("J ten", "S Q F
// T"), and the listener loses the word.
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

using text::Said;

bool plain_before(const Words& words, std::size_t i) { return i > 0 && words[i - 1].suffix.empty(); }

bool is_figure(std::string_view core) { return !core.empty() && text::all_digits(core); }

// "esp.", "Esp.": the dotted short form of "especially" is no word of its own.
std::optional<Match> especially(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::has_period(w) || !text::is_one_of(w.core, {"esp", "Esp", "espec", "Espec"})) return std::nullopt;
  std::string spoken = w.core[0] == 'E' ? "Especially" : "especially";
  return Match{1, spoken, i + 1 < words.size() && !period_ends_sentence(words, i)};
}

// "Weds", "Thurs.", "Tues", "Fri": shortened days that are no English word (unlike "Wed", "Sun"),
// said in full wherever they stand, capitalised as a day is ("on sale Fri at 9am" had "fry").
std::optional<Match> unmistakable_weekday(const Words& words, std::size_t i) {
  static constexpr std::array<Said, 6> kDays = {{{"Weds", "Wednesday"},
                                                 {"Thurs", "Thursday"},
                                                 {"Thur", "Thursday"},
                                                 {"Tues", "Tuesday"},
                                                 {"Thu", "Thursday"},
                                                 {"Fri", "Friday"}}};
  const Word& w = words[i];
  auto day = text::said_for(kDays, w.core);
  if (!day || (!w.prefix.empty() && w.prefix != "(")) return std::nullopt;
  bool dotted = text::has_period(w);
  return Match{1, std::string(*day), dotted && i + 1 < words.size() && !period_ends_sentence(words, i)};
}

// "the March qtr", "in recent yrs": short forms that are no word of their own, said in full
// wherever they stand (eSpeak NG spelt "Q T R").
std::optional<Match> unmistakable_word(const Words& words, std::size_t i) {
  static constexpr std::array<Said, 6> kWords = {{{"qtr", "quarter"},
                                                  {"qtrs", "quarters"},
                                                  {"Qtr", "Quarter"},
                                                  {"yrs", "years"},
                                                  {"mths", "months"},
                                                  {"wks", "weeks"}}};
  const Word& w = words[i];
  auto said = text::said_for(kWords, w.core);
  if (!said || (!w.prefix.empty() && w.prefix != "(")) return std::nullopt;
  return Match{1, std::string(*said), text::has_period(w) && i + 1 < words.size() && !period_ends_sentence(words, i)};
}

// "M25", "A14", "A1(M)": a British motorway or A road.
bool is_uk_road(std::string_view core) {
  if (core.size() < 2 || (core[0] != 'M' && core[0] != 'A')) return false;
  std::size_t k = 1;
  k = text::digit_run_end(core, k);
  return k > 1 && k <= 4 && (k == core.size() || core.substr(k) == "(M)");
}

// "J4" -> {"4", ""}, "J4a" -> {"4", "a"}: a junction's figure and letter, or nullopt.
std::optional<std::pair<std::string_view, std::string_view>> junction_parts(std::string_view core) {
  if (core.size() < 2 || core.size() > 4 || core[0] != 'J' || !text::is_digit(core[1])) return std::nullopt;
  std::size_t k = 1;
  k = text::digit_run_end(core, k);
  std::string_view figure = core.substr(1, k - 1);
  std::string_view tail = core.substr(k);
  if (figure[0] == '0' || (!tail.empty() && tail != "a" && tail != "b")) return std::nullopt;
  return std::make_pair(figure, tail);
}

std::string junction_words(std::pair<std::string_view, std::string_view> parts) {
  std::string spoken = "junction " + cardinal_words(parts.first);
  if (!parts.second.empty()) spoken += " " + std::string(parts.second == "a" ? "A" : "B");
  return spoken;
}

// "the M25 at J10", "J4a of the M6", "between J10 and J11 of the M25", "M6 southbound J4-J3": a
// motorway junction's number, or a stretch between two ("J4-5" too); J alone would be spelt.
// The road is named within a clause's length of it.
std::optional<Match> motorway_junction(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  auto first = junction_parts(core.substr(0, dash));
  if (!first) return std::nullopt;
  std::optional<std::pair<std::string_view, std::string_view>> last;
  if (dash != std::string_view::npos) {
    std::string_view second = core.substr(dash + 1);
    if (!second.empty() && text::is_digit(second[0]) && second.size() <= 2 && text::all_digits(second)) {
      last = std::make_pair(second, std::string_view());
    } else {
      last = junction_parts(second);
    }
    if (!last || last->first[0] == '0') return std::nullopt;
  }
  bool road = false;
  std::size_t from = i >= 8 ? i - 8 : 0;
  for (std::size_t j = from; j < std::min(words.size(), i + 8); ++j) road = road || (j != i && is_uk_road(words[j].core));
  if (!road) return std::nullopt;
  std::string spoken = junction_words(*first);
  if (last) spoken += " to " + junction_words(*last);
  return Match{1, spoken, false};
}

// "per sq ft", "a sq m", "the sq km": square units with no figure before them (after a figure the
// measure rule says them).
std::optional<Match> square_unit(const Words& words, std::size_t i) {
  static constexpr std::array<Said, 6> kSquare = {{{"ft", "foot"}, {"m", "metre"}, {"km", "kilometre"},
                                                   {"mi", "mile"}, {"yd", "yard"}, {"in", "inch"}}};
  if (words[i].core != "sq" || !words[i].suffix.empty() || !plain_before(words, i) || i + 1 >= words.size()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i - 1].core, {"per", "a", "each", "every", "one"})) return std::nullopt;
  auto unit = text::said_for(kSquare, text::drop_final_period(words[i + 1].core));
  if (!unit || !words[i + 1].prefix.empty()) return std::nullopt;
  return Match{2, "square " + std::string(*unit), false};
}

// Street types that can stand abbreviated after a name without their period.
constexpr std::array<Said, 11> kStreets = {{{"St", "Street"}, {"Rd", "Road"}, {"Ave", "Avenue"}, {"Blvd", "Boulevard"},
                                            {"Ln", "Lane"}, {"Cres", "Crescent"}, {"Pde", "Parade"}, {"Hwy", "Highway"},
                                            {"Pkwy", "Parkway"}, {"Tce", "Terrace"}, {"Sq", "Square"}}};
constexpr std::array<Said, 8> kCompass = {{{"N", "North"}, {"S", "South"}, {"E", "East"}, {"W", "West"},
                                           {"NE", "Northeast"}, {"NW", "Northwest"}, {"SE", "Southeast"}, {"SW", "Southwest"}}};

bool after_street_name(const Words& words, std::size_t i) {
  return plain_before(words, i) && text::is_capitalized(words[i - 1].core) && text::all_alpha(words[i - 1].core) &&
         words[i - 1].core.size() > 1 && !text::all_upper(words[i - 1].core) &&
         !text::is_function_word(text::lower(words[i - 1].core));
}

bool closes_phrase(const Word& w) { return w.suffix == "," || w.suffix == ";" || w.suffix == ")"; }

// "Main Rd, Claremont", "Queen St W, Toronto": an undotted street type after a name, closed by a
// comma or by a compass point that closes the phrase, is the street; the point is its quarter.
std::optional<Match> undotted_street(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto street = text::said_for(kStreets, w.core);
  if (!street || !w.prefix.empty() || !after_street_name(words, i)) return std::nullopt;
  if (closes_phrase(w)) return Match{1, std::string(*street), false};
  if (!w.suffix.empty()) return std::nullopt;
  // "Main Rd near the school": the types that are no other word are the street before a
  // lowercase word or at the end too ("St" before a name is a saint's, left to its own rule).
  bool lowercase_next = i + 1 == words.size() || (!words[i + 1].core.empty() && text::is_lower(words[i + 1].core[0]));
  if (w.core != "St" && lowercase_next && (i + 1 == words.size() || words[i + 1].prefix.empty())) {
    return Match{1, std::string(*street), false};
  }
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& point = words[i + 1];
  auto quarter = text::said_for(kCompass, point.core);
  bool last = i + 2 == words.size();
  bool closed = closes_phrase(point) || (last && (text::has_period(point) || point.suffix.empty()));
  if (!quarter || !point.prefix.empty() || !closed) return std::nullopt;
  return Match{2, std::string(*street) + " " + std::string(*quarter), false};
}

// "skip 57 St this weekend", "the 5 Ave stop": a numbered street as a transit map writes it,
// the figure an ordinal ("fifty seventh Street"); a capital after it is a saint ("12 St Mary's").
std::optional<Match> numbered_street(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !text::all_digits(w.core) || w.core.size() > 3 || w.core[0] == '0' ||
      !words[i + 1].prefix.empty() || !text::is_one_of(words[i + 1].core, {"St", "Ave", "Av"})) {
    return std::nullopt;
  }
  bool capital_next = i + 2 < words.size() && words[i + 1].suffix.empty() && !words[i + 2].core.empty() &&
                      text::is_upper(words[i + 2].core[0]);
  if (capital_next) return std::nullopt;
  std::string type = words[i + 1].core == "St" ? "Street" : "Avenue";
  return Match{2, ordinal_words(w.core) + " " + type, false};
}

// "Toronto, ON M5H 2N2", "Halifax, NS.", "Regina, SK, said": a province's postal code after a
// place, before a postal code, at the end or set off by commas, is the province. "ON" elsewhere stays a word.
bool is_postal_code(const Words& words, std::size_t j) {
  if (j + 1 >= words.size()) return false;
  std::string_view a = words[j].core, b = words[j + 1].core;
  auto shape = [](std::string_view s, bool letter_first) {
    if (s.size() != 3) return false;
    for (std::size_t k = 0; k < 3; ++k) {
      bool want_letter = (k % 2 == 0) == letter_first;
      if (want_letter ? !text::is_upper(s[k]) : !text::is_digit(s[k])) return false;
    }
    return true;
  };
  return words[j].suffix.empty() && shape(a, true) && shape(b, false);
}

std::optional<Match> canadian_province(const Words& words, std::size_t i) {
  static constexpr std::array<Said, 13> kProvinces = {
      {{"ON", "Ontario"}, {"QC", "Quebec"}, {"BC", "British Columbia"}, {"AB", "Alberta"}, {"MB", "Manitoba"},
       {"SK", "Saskatchewan"}, {"NS", "Nova Scotia"}, {"NB", "New Brunswick"}, {"NL", "Newfoundland and Labrador"},
       {"PE", "Prince Edward Island"}, {"YT", "Yukon"}, {"NT", "Northwest Territories"}, {"NU", "Nunavut"}}};
  const Word& w = words[i];
  auto province = text::said_for(kProvinces, w.core);
  if (!province || i == 0 || !w.prefix.empty() || words[i - 1].suffix != "," || !text::is_capitalized(words[i - 1].core) ||
      text::all_upper(words[i - 1].core)) {
    return std::nullopt;
  }
  std::string spoken(*province);
  if (w.suffix.empty() && is_postal_code(words, i + 1)) {
    const Word& a = words[i + 1];
    const Word& b = words[i + 2];
    auto code = [](std::string_view s) {
      std::string out;
      for (char c : s) {
        if (!out.empty()) out += ' ';
        out += text::is_digit(c) ? digit_words(std::string_view(&c, 1)) : std::string(1, c);
      }
      return out;
    };
    return Match{3, spoken + " " + code(a.core) + " " + code(b.core), false};
  }
  bool end = i + 1 == words.size() && (w.suffix == "." || w.suffix.empty());
  // "Regina, SK, police said": set off by commas after its place, as a US state is.
  bool set_off = w.suffix == "," && i + 1 < words.size();
  if (end || set_off) return Match{1, spoken, false};
  return std::nullopt;
}

// "the 50c coin", "a 20p piece": cents or pence before a noun qualify it ("fifty-cent").
std::optional<Match> coin_before_noun(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 4 || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  char unit = core.back();
  std::string_view figure = core.substr(0, core.size() - 1);
  if ((unit != 'c' && unit != 'p') || !is_figure(figure) || figure[0] == '0') return std::nullopt;
  if (!plain_before(words, i) || !text::is_one_of_lowered(words[i - 1].core, {"the", "a", "one", "new", "old"})) {
    return std::nullopt;
  }
  const Word& noun = words[i + 1];
  if (!noun.prefix.empty() || !text::is_one_of(noun.core, {"coin", "coins", "piece", "pieces", "stamp", "stamps", "rise",
                                                           "increase", "cut", "levy", "charge", "fee"})) {
    return std::nullopt;
  }
  return Match{1, text::hyphenated(cardinal_words(figure) + (unit == 'c' ? " cent" : " pence")), false};
}

// "₹80 a kg", "£3 per lb": after a price, the unit it buys is the unit's name, one of it.
std::optional<Match> unit_after_price(const Words& words, std::size_t i) {
  if (i < 2 || !plain_before(words, i) || !words[i].prefix.empty()) return std::nullopt;
  if (!text::is_one_of(words[i - 1].core, {"a", "per"}) || !words[i - 2].suffix.empty()) return std::nullopt;
  std::string_view price = words[i - 2].core;
  if (price.empty() || (!speak_money(price) && !match_money(words, i - 2))) return std::nullopt;
  std::string_view core = words[i].core;
  if (!text::is_one_of(core, {"kg", "lb", "oz", "litre", "kWh", "MWh", "gal", "tonne"})) {
    return std::nullopt;
  }
  auto unit = find_unit(core);
  if (!unit) return std::nullopt;
  return Match{1, unit->one, text::has_period(words[i]) && !period_ends_sentence(words, i)};
}

// "in the mid-30s F", "the low 40s C": a temperature decade's scale letter.
std::optional<Match> decade_scale(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if ((w.core != "F" && w.core != "C") || !w.prefix.empty() || !plain_before(words, i)) return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (before.size() < 3 || !text::ends_with(before, "0s") || !text::is_digit(before[before.size() - 3])) return std::nullopt;
  std::size_t figures = 0;
  for (std::size_t k = before.size() - 1; k-- > 0 && text::is_digit(before[k]);) ++figures;
  if (figures > 3) return std::nullopt;
  return Match{1, w.core == "F" ? "Fahrenheit" : "Celsius", text::has_period(w) && !period_ends_sentence(words, i)};
}

// "5 ft 10½ in tall": after a height's feet, the inches' "in" after a figure with a fraction.
std::optional<Match> height_inches(const Words& words, std::size_t i) {
  if (words[i].core != "in" || !plain_before(words, i) || i < 3) return std::nullopt;
  std::string_view inches = words[i - 1].core;
  if (inches.empty() || !text::is_digit(inches[0])) return std::nullopt;
  bool fraction = inches.find("\xC2\xBD") != std::string_view::npos || inches.find("\xC2\xBC") != std::string_view::npos ||
                  inches.find("\xC2\xBE") != std::string_view::npos;
  bool feet = text::is_one_of(words[i - 2].core, {"ft", "feet", "foot"}) && words[i - 2].suffix.empty() && is_figure(words[i - 3].core);
  if (!fraction || !feet) return std::nullopt;
  return Match{1, "inches", false};
}

// "[2024] EWCA Crim 312", "[2023] UKSC 5": in a neutral citation the court's code after the
// bracketed year is an initialism; eSpeak NG says some as a word ("EWCA" as "yooka").
std::optional<Match> court_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || w.core.size() < 3 || w.core.size() > 6 || !text::all_alpha(w.core) || !text::all_upper(w.core)) return std::nullopt;
  const Word& year = words[i - 1];
  if (year.prefix != "[" || year.suffix != "]" || year.core.size() != 4 || !text::all_digits(year.core)) return std::nullopt;
  return Match{1, spelled_letters(w.core), false};
}

}  // namespace

// "HbA1c", "SpO2", "PaO2": a lab measure's letters in mixed case before its figure are letter
// names; read as a word the lone capital "A" after "Hb" was the article.
std::optional<std::string> speak_lab_code(std::string_view core) {
  if (core.size() < 4 || core.size() > 7 || !text::is_upper(core[0]) || !text::is_lower(core[1]) || !text::is_upper(core[2])) {
    return std::nullopt;
  }
  std::size_t k = 3;
  while (k < core.size() && text::is_alpha(core[k]) && k < 4) ++k;
  std::size_t digits = k;
  digits = text::digit_run_end(core, digits);
  std::string_view figure = core.substr(k, digits - k);
  std::string_view tail = core.substr(digits);
  if (figure.empty() || figure.size() > 2 || tail.size() > 1 || (!tail.empty() && !text::is_alpha(tail[0]))) return std::nullopt;
  std::string letters;
  for (char c : core.substr(0, k)) letters += static_cast<char>(text::is_lower(c) ? c - 'a' + 'A' : c);
  std::string spoken = spelled_letters(letters) + " " + cardinal_words(figure);
  if (!tail.empty()) spoken += " " + std::string(1, static_cast<char>(text::is_lower(tail[0]) ? tail[0] - 'a' + 'A' : tail[0]));
  return spoken;
}

// "a 3yo filly", "the 4-y-o", "two 5yos": racing and court copy's short form of an age, said
// in full ("three-year-old"); eSpeak NG read "yo" as a word.
std::optional<Match> years_old(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t digits = text::digit_run_end(core, 0, 3);
  if (digits == 0) return std::nullopt;
  std::string_view tail = core.substr(digits);
  bool plural = text::is_one_of(tail, {"yos", "-y-os", "yo's"});
  if (!plural && !text::is_one_of(tail, {"yo", "-y-o", "y.o"})) return std::nullopt;
  std::string spoken = text::hyphenated(cardinal_words(core.substr(0, digits)) + " year old") + (plural ? "s" : "");
  return Match{1, spoken, false};
}

// "2nd Bn", "7th Armoured Bde", "3 Regt,": army units after the figure that numbers them (one
// name may stand between), written short as army and defence copy writes them.
std::optional<Match> army_unit(const Words& words, std::size_t i) {
  static constexpr std::array<Said, 7> kUnits = {{{"Bn", "Battalion"}, {"Bde", "Brigade"}, {"Regt", "Regiment"},
                                                  {"Coy", "Company"}, {"Sqn", "Squadron"}, {"Bty", "Battery"},
                                                  {"Div", "Division"}}};
  const Word& w = words[i];
  auto unit = text::said_for(kUnits, w.core);
  if (!unit || !plain_before(words, i) || !w.prefix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  // After a plain figure a lower-case noun makes "Bn" a billion ("3 Bn users"), not a unit.
  bool noun_after = i + 1 < words.size() && w.suffix.empty() && !words[i + 1].core.empty() &&
                    text::is_lower(words[i + 1].core[0]);
  bool numbered = speak_ordinal(before).has_value() || (is_figure(before) && !noun_after) ||
                  (i > 1 && words[i - 2].suffix.empty() && speak_ordinal(words[i - 2].core) && text::is_capitalized(before));
  if (!numbered) return std::nullopt;
  return Match{1, std::string(*unit), text::has_period(w) && i + 1 < words.size() && !period_ends_sentence(words, i)};
}

// "Col. (Ret.) Tom Fraser", "Gen. (ret.) Jane Roe": a rank with "retired" in brackets before
// the name. The bracket kept the rank from its name, so "Col." was left as a word; said as a
// newsreader says it, "retired Colonel Tom Fraser".
std::optional<Match> retired_rank(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !text::has_period(words[i]) || words[i + 1].prefix != "(" ||
      !text::is_one_of_lowered(words[i + 1].core, {"ret", "retd", "retired"}) ||
      !text::ends_with(words[i + 1].suffix, ")")) {
    return std::nullopt;
  }
  Words rank = words;
  rank.erase(rank.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  auto title = match_abbreviation(rank, i);
  if (!title || title->count != 1 || title->spoken.empty() || !text::is_upper(title->spoken[0])) return std::nullopt;
  // The name's first word is taken in too, so the bracket's close is no pause before it.
  const Word& name = words[i + 2];
  if (!name.prefix.empty() || !text::is_capitalized(name.core) || !text::all_alpha(name.core)) return std::nullopt;
  // "Lt. Gen. (Ret.)": a rank's own period before it opens no sentence.
  std::string_view before = i == 0 ? std::string_view(".") : words[i - 1].suffix;
  bool opens = !before.empty() && (before.back() == '.' || before.back() == '!' || before.back() == '?') &&
               (i == 0 || !match_abbreviation(words, i - 1));
  std::string retired = opens ? "Retired " : "retired ";
  return Match{3, retired + title->spoken + " " + std::string(name.core), false};
}

// "Ep 4", "Ep. 12", "Eps 3-5": television copy's episode before its number; eSpeak NG said "ep".
std::optional<Match> episode(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool plural = w.core == "Eps" || w.core == "eps";
  if ((!plural && w.core != "Ep" && w.core != "ep") || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      !(w.suffix.empty() || w.suffix == ".") || words[i + 1].core.empty() || !text::is_digit(words[i + 1].core[0])) {
    return std::nullopt;
  }
  std::string spoken = plural ? "episodes" : "episode";
  if (text::is_upper(w.core[0])) spoken[0] = 'E';
  return Match{1, spoken, w.suffix == "."};
}

// "S4E10", "s02e05": a season and an episode in one code, "season four, episode ten".
std::optional<Match> season_episode(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 4 || (core[0] != 'S' && core[0] != 's')) return std::nullopt;
  std::size_t e = core.find_first_of("Ee", 1);
  if (e == std::string_view::npos || e == 1 || e > 3 || e + 1 >= core.size() || core.size() - e > 4) return std::nullopt;
  std::string_view season = core.substr(1, e - 1);
  std::string_view number = core.substr(e + 1);
  if (!text::all_digits(season) || !text::all_digits(number)) return std::nullopt;
  return Match{1, "season " + cardinal_words(season) + ", episode " + cardinal_words(number), false};
}

std::optional<Match> match_news_shorthand(const Words& words, std::size_t i) {
  using Rule = std::optional<Match> (*)(const Words&, std::size_t);
  static constexpr Rule kRules[] = {especially,      unmistakable_weekday, unmistakable_word, motorway_junction,
                                    square_unit,     undotted_street,      numbered_street,      canadian_province, coin_before_noun,
                                    unit_after_price, match_glued_dimensions, decade_scale,     height_inches,
                                    court_code,      years_old,            army_unit,        retired_rank,
                                    episode,         season_episode};
  for (Rule rule : kRules) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
