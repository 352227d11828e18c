// Dates: "Jan. 5, 2010" -> "January fifth twenty ten", "5 January 2010" -> "the fifth of
// January twenty ten", "2010-01-05", "01/05/2010" (month first, American), "12.05.2019" (day
// first, as dots are used), "12/05/19". Decades and shortened years: decades.cpp.
#include <algorithm>
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::string month_day(int month, int day) { return month_name(month) + " " + ordinal_words(std::to_string(day)); }

std::string day_of_month(int month, int day) {
  return "the " + ordinal_words(std::to_string(day)) + " of " + month_name(month);
}

std::vector<std::string_view> split_on(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == separator) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
      if (parts.size() > 3) break;
    }
  }
  return parts;
}

}  // namespace

bool is_year(std::string_view s) { return s.size() == 4 && text::all_digits(s) && s[0] != '0'; }

// "5", "05", "5th", "21st" -> 5 or 21 when it can be a day of the month.
std::optional<int> day_number(std::string_view s) {
  if (s.size() > 2 && text::is_alpha(s.back())) {
    std::string suffix = text::lower(s.substr(s.size() - 2));
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    s.remove_suffix(2);
  }
  if (!text::all_digits(s) || s.size() > 2) return std::nullopt;
  int day = (s.size() == 2) ? (s[0] - '0') * 10 + (s[1] - '0') : s[0] - '0';
  if (day < 1 || day > 31) return std::nullopt;
  return day;
}

std::string month_name(int month) { return std::string(kMonths[static_cast<std::size_t>(month - 1)]); }

std::optional<int> month_number(std::string_view word, bool) {
  word = text::drop_final_period(word);
  if (word.size() < 3 || word.size() > 9) return std::nullopt;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view full = kMonths[m];
    if (text::iequals(word, full) || (word.size() == 3 && text::iequals(word, full.substr(0, 3)))) {
      return static_cast<int>(m + 1);
    }
  }
  if (text::iequals(word, "sept")) return 9;
  return std::nullopt;
}

// "2024-04": a year and a month (ISO 8601). Figures after a year's hyphen can also end a span
// of years ("2019-20", "2000-09"), which only counts forward, so this reads a month only where
// a span cannot be: two figures from 01 to 12 no greater than the year's own last two.
std::optional<std::string> year_month(std::string_view core) {
  if (core.size() != 7 || core[4] != '-' || !is_year(core.substr(0, 4)) || !text::all_digits(core.substr(5))) {
    return std::nullopt;
  }
  int month = to_int(core.substr(5));
  if (month < 1 || month > 12 || month > to_int(core.substr(2, 2))) return std::nullopt;
  return month_name(month) + " " + year_words(core.substr(0, 4));
}

// "2024-01-05T10:00", "2024-01-05T10:00:00Z": a date and a clock in one stamp (ISO 8601), said
// as the date "at" the clock; the seconds of a stamp are not said, its "Z" is UTC.
std::optional<std::string> date_and_clock(std::string_view core) {
  if (core.size() < 16 || core[10] != 'T') return std::nullopt;
  std::string_view rest = core.substr(11);
  bool utc = text::ends_with(rest, "Z");
  if (utc) rest.remove_suffix(1);
  bool clock_shape = (rest.size() == 5 || (rest.size() == 8 && rest[5] == ':')) && rest[2] == ':' &&
                     text::all_digits(rest.substr(0, 2)) && text::all_digits(rest.substr(3, 2));
  if (!clock_shape || core.find('-') != 4) return std::nullopt;
  auto date = speak_date(core.substr(0, 10));
  auto clock = speak_time(rest.substr(0, 5));
  if (!date || !clock) return std::nullopt;
  return *date + " at " + *clock + (utc ? " U.T.C" : "");
}

std::optional<std::string> speak_date(std::string_view core) {
  if (auto month = year_month(core)) return month;
  if (auto stamp = date_and_clock(core)) return stamp;
  for (char separator : {'/', '-', '.'}) {
    auto parts = split_on(core, separator);
    if (parts.size() != 3) continue;
    // Year first: 2010-01-05.
    if (is_year(parts[0]) && parts[1].size() <= 2 && text::all_digits(parts[1])) {
      int month = to_int(parts[1]);
      auto day = day_number(parts[2]);
      if (month >= 1 && month <= 12 && day && text::all_digits(parts[2])) {
        return month_day(month, *day) + " " + year_words(parts[0]);
      }
    }
    // "12/05/19": a two-figure year on an all-figure date stands for this century or the last.
    std::string year(parts[2]);
    bool short_year = separator == '/' && year.size() == 2 && text::all_digits(year) && text::all_digits(parts[0]) &&
                      text::all_digits(parts[1]);
    // "12-Dec-24": a day, a month's name and a two-figure year, as logs and notices write it.
    bool named_month = separator != '.' && year.size() == 2 && text::all_digits(year) && text::all_digits(parts[0]) &&
                       parts[0].size() <= 2 && text::all_alpha(parts[1]) && month_number(parts[1], true);
    if (short_year || named_month) year = (to_int(year) < 50 ? "20" : "19") + year;
    if (!is_year(year)) continue;
    // Month name first: Jan-15-2020.
    if (auto month = month_number(parts[0], true)) {
      if (auto day = day_number(parts[1])) return month_day(*month, *day) + " " + year_words(year);
    }
    // Day then month name: 15-Jan-2020.
    if (auto month = month_number(parts[1], true)) {
      if (auto day = day_number(parts[0])) return day_of_month(*month, *day) + " " + year_words(year);
    }
    // All figures: month first unless the first part cannot be a month (01/05/2010, 25/12/2010);
    // with dots the day comes first, as in the European texts that write dates so (12.05.2019).
    if (text::all_digits(parts[0]) && text::all_digits(parts[1]) && parts[0].size() <= 2 && parts[1].size() <= 2) {
      int first = to_int(parts[0]);
      int second = to_int(parts[1]);
      bool day_first = separator == '.' && second >= 1 && second <= 12 && first >= 1 && first <= 31;
      if (!day_first && first >= 1 && first <= 12 && second >= 1 && second <= 31) {
        return month_day(first, second) + " " + year_words(year);
      }
      if (second >= 1 && second <= 12 && first >= 1 && first <= 31) {
        return day_of_month(second, first) + " " + year_words(year);
      }
    }
  }
  return std::nullopt;
}

// "Mon-Fri", "Monday–Friday", "Jan-Mar": a span of days of the week or of months.
std::optional<std::string> name_span(std::string_view core) {
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view left = core.substr(0, at);
    std::string_view right = core.substr(at + dash.size());
    if (auto a = weekday_name(left)) {
      if (auto b = weekday_name(right)) return *a + " to " + *b;
    }
    if (text::is_capitalized(left) && text::is_capitalized(right)) {
      auto a = month_number(left, true);
      auto b = month_number(right, true);
      if (a && b && *a != *b) return month_name(*a) + " to " + month_name(*b);
    }
  }
  return std::nullopt;
}

// Lowercase "may" and "mar" are more often verbs than months: they need a year to be dates.
bool verb_like_month(std::string_view word) { return word == "may" || word == "mar"; }

// "March 4-5": a span of days; "Nov. 3-Dec. 15", "June 28–July 2": a span across months.
std::optional<Match> day_span(const Words& words, std::size_t i, int month) {
  std::string_view core = words[i + 1].core;
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos) continue;
    auto from = day_number(core.substr(0, at));
    if (!from) return std::nullopt;
    std::string_view rest = core.substr(at + dash.size());
    if (auto to = day_number(rest); to && *from < *to) {
      return Match{2, month_day(month, *from) + " to " + ordinal_words(std::to_string(*to)), false};
    }
    auto other = month_number(rest, true);
    const Word& second = words[i + 1];
    if (!other || i + 2 >= words.size() || !(second.suffix.empty() || second.suffix == ".")) return std::nullopt;
    if (auto to = day_number(words[i + 2].core); to && words[i + 2].prefix.empty()) {
      return Match{3, month_day(month, *from) + " to " + month_day(*other, *to), false};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "October 1 to 27", "Nov. 3 and 4", "May 5 through 9": a later day of the same month after a
// joining word is an ordinal too. Only where the later figure ends the phrase (a mark, the line's
// end, a function word or a year after it): "on March 3 to 4 people" counts people.
std::optional<Match> day_to_day(const Words& words, std::size_t i, int month, int from) {
  if (i + 3 >= words.size() || !words[i + 1].suffix.empty() || !words[i + 2].suffix.empty()) return std::nullopt;
  std::string_view joiner = words[i + 2].core;
  if (!text::is_one_of(joiner, {"to", "through", "thru", "until", "till", "and", "or"})) return std::nullopt;
  const Word& last = words[i + 3];
  auto to = day_number(last.core);
  if (!to || *to <= from || !last.prefix.empty() || !text::all_digits(last.core)) return std::nullopt;
  bool ends = !last.suffix.empty() || i + 4 == words.size();
  if (!ends) {
    const Word& after = words[i + 4];
    ends = is_year(after.core) || text::is_function_word(text::lower(after.core));
  }
  if (!ends) return std::nullopt;
  std::string spoken = month_day(month, from) + " " + std::string(joiner) + " " + ordinal_words(std::to_string(*to));
  bool year_after = last.suffix.empty() || last.suffix == ",";
  if (year_after && i + 4 < words.size() && is_year(words[i + 4].core) && words[i + 4].prefix.empty()) {
    return Match{5, spoken + " " + year_words(words[i + 4].core), false};
  }
  return Match{4, spoken, false};
}

bool ends_date(const Words& words, std::size_t j) {
  if (speak_date(words[j].core)) return true;
  if (j == 0 || !is_year(words[j].core) || !words[j].prefix.empty()) return false;
  const Word& before = words[j - 1];
  if (!(before.suffix.empty() || before.suffix == ",")) return false;
  return day_number(before.core).has_value() || month_number(before.core, false).has_value();
}

namespace {

// "Mon-Fri", "Wed.-Sun. hours": a span of day names; the period of an abbreviated last name
// is no sentence end.
std::optional<Match> weekday_span(const Words& words, std::size_t i) {
  auto span = name_span(words[i].core);
  if (!span) return std::nullopt;
  std::string_view core = words[i].core;
  bool abbreviated = !core.empty() && !text::ends_with(*span, core.substr(core.size() - std::min<std::size_t>(core.size(), 5)));
  return Match{1, *span, abbreviated && i + 1 < words.size()};
}

// The date said from words i and i + 1, and the year in word i + 2 when the second word
// leaves it open ("July 4, 1776").
Match with_year_after(const Words& words, std::size_t i, const std::string& spoken, bool second_open) {
  if (second_open && i + 2 < words.size() && is_year(words[i + 2].core) && words[i + 2].prefix.empty()) {
    return Match{3, spoken + " " + year_words(words[i + 2].core), false};
  }
  return Match{2, spoken, month_period_goes_on(words, i + 1)};  // "by 1st Aug. to the address"
}

// Month name, then day or year: "Jan. 5, 2010", "january 1", "July 2012".
std::optional<Match> month_first(const Words& words, std::size_t i) {
  const Word& first = words[i];
  const Word& second = words[i + 1];
  if (!first.suffix.empty() && first.suffix != ".") return std::nullopt;
  auto month = month_number(first.core, false);
  if (!month) return std::nullopt;
  if (auto span = day_span(words, i, *month)) return span;
  // "March '98": an apostrophe before two figures shortens a year, never a day.
  if ((second.prefix == "'" || second.prefix == "\u2019") && second.core.size() == 2 && text::all_digits(second.core)) {
    return Match{2, month_name(*month) + " " + month_short_year(second.core), false};
  }
  if (auto day = day_number(second.core)) {
    if (auto span = day_to_day(words, i, *month, *day)) return span;
    return with_year_after(words, i, month_day(*month, *day), second.suffix.empty() || second.suffix == ",");
  }
  if (is_year(second.core) && second.prefix.empty()) {
    return Match{2, month_name(*month) + " " + year_words(second.core), false};
  }
  return std::nullopt;
}

// "25 July" said after the word before it: "the twenty fifth of July" on its own, "on the 3rd
// May" with the article already there ("the third of May"); "a 26 December 2019 ruling" can
// take no "the", so the month comes first.
std::string day_of_month_after(const Words& words, std::size_t i, int month, int day) {
  std::string spoken = day_of_month(month, day);
  if (i == 0 || !words[i - 1].suffix.empty()) return spoken;
  std::string_view before = words[i - 1].core;
  if (text::iequals(before, "the")) return spoken.erase(0, 4);
  // "At its 25 October meeting", "Every 2 November": a possessive or a quantifier takes no
  // "the" either ("every November second").
  if (text::is_one_of_lowered(before, {"a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                                            "every", "each", "next", "last"})) {
    return month_day(month, day);
  }
  return spoken;
}

// Day, then month name: "25 July 2012", "25th jul 2012".
std::optional<Match> day_first(const Words& words, std::size_t i) {
  const Word& first = words[i];
  const Word& second = words[i + 1];
  if (!first.suffix.empty()) return std::nullopt;
  auto day = day_number(first.core);
  if (!day) return std::nullopt;
  auto month = month_number(second.core, false);
  if (!month || !second.prefix.empty()) return std::nullopt;
  bool second_open = second.suffix.empty() || second.suffix == "," || second.suffix == ".";
  return with_year_after(words, i, day_of_month_after(words, i, *month, *day), second_open);
}

// "5-7 January", "12–14 March 2024": a span of days before its month.
std::optional<Match> days_before_month(const Words& words, std::size_t i) {
  const Word& first = words[i];
  const Word& second = words[i + 1];
  if (!first.suffix.empty() || !second.prefix.empty()) return std::nullopt;
  auto month = month_number(second.core, false);
  if (!month) return std::nullopt;
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = first.core.find(dash);
    if (at == std::string_view::npos) continue;
    auto from = day_number(first.core.substr(0, at));
    auto to = day_number(first.core.substr(at + dash.size()));
    if (!from || !to || *from >= *to) break;
    // After an article ("the 10-12 June event") the span takes no second one.
    bool article = i > 0 && words[i - 1].suffix.empty() &&
                   (text::iequals(words[i - 1].core, "the") || text::iequals(words[i - 1].core, "a"));
    std::string spoken = (article ? "" : "the ") + ordinal_words(std::to_string(*from)) + " to " + day_of_month(*month, *to);
    return with_year_after(words, i, spoken, second.suffix.empty() || second.suffix == ",");
  }
  return std::nullopt;
}

// After a US wire's cue ("effective", "as of", "week ended") the pair is a month and day only
// where a date's phrase can end: a mark, the line's end, a preposition or conjunction, a
// weekday or a year. A determiner or a noun after it ("effective 1/3 the time") keeps a fraction.
bool closes_a_us_date(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return true;
  std::string_view next = words[i + 1].core;
  return text::is_one_of_lowered(next, {"at", "in", "for", "to", "and", "with"}) || weekday_name(next) ||
         is_year(next);
}

// "the week ending 12/01", "a letter dated 3/4": words that place a day before the figures, as
// "on" does; "ending" only after a span of the calendar ("week ending"), not "a fight ending
// 3/4". The cues of US wire copy ("effective 7/1", "as of 3/31", "the week ended 2/9") also
// need the date's phrase to end after the pair.
bool ends_a_period(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  if (text::iequals(words[i - 1].core, "dated")) return true;
  std::string_view cue = words[i - 1].core;
  bool after_span = i >= 2 && words[i - 2].suffix.empty() &&
                    text::is_one_of_lowered(words[i - 2].core, {"week", "weeks", "month", "months", "period", "year",
                                                                "quarter", "fortnight"});
  if (after_span && text::iequals(cue, "ending")) return true;
  bool as_of = text::iequals(cue, "of") && i >= 2 && words[i - 2].suffix.empty() && text::iequals(words[i - 2].core, "as");
  bool us_cue = text::iequals(cue, "effective") || as_of || (after_span && text::iequals(cue, "ended"));
  return us_cue && closes_a_us_date(words, i);
}

// "on 31/12", "on 1/7/2025 across Australia": figures with slashes whose first part cannot be
// a month, or any in a piece placed where the day comes first (date_order.cpp), are the day
// then the month. A lone pair needs a word that places a day before it, as month-first ones do.
std::optional<Match> slashed_day_month(const Words& words, std::size_t i) {
  const Word& date = words[i];
  if (date.core.size() < 3 || date.core.size() > 10) return std::nullopt;
  // "03-04-2025": dashes with a year in four figures keep the piece's order too (it had been
  // month first on a page with pounds and GMT).
  char separator = date.core.find('/') != std::string_view::npos ? '/' : '-';
  auto parts = split_on(date.core, separator);
  if (separator == '-' && (parts.size() != 3 || parts[2].size() != 4)) return std::nullopt;
  if (!date.prefix.empty() || (parts.size() != 2 && parts.size() != 3)) return std::nullopt;
  for (std::string_view part : parts) {
    if (part.empty() || !text::all_digits(part)) return std::nullopt;
  }
  if (parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  int day = to_int(parts[0]);
  int month = to_int(parts[1]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return std::nullopt;
  std::string year;
  if (parts.size() == 3) {
    year = std::string(parts[2]);
    if (year.size() == 2) year = (to_int(year) < 50 ? "20" : "19") + year;
    if (!is_year(year)) return std::nullopt;
  } else {
    // "from" and "by" place a day only when the figures cannot be a share ("by 1/8" is one).
    std::string before = i > 0 && words[i - 1].suffix.empty() ? text::lower(words[i - 1].core) : "";
    bool placed = text::is_one_of(before, {"on", "since", "until", "till", "through", "before", "after"}) ||
                  ends_a_period(words, i) ||
                  (day > 12 && text::is_one_of(before, {"from", "by"}) && !from_price_to_price(words, i));
    bool ends = !date.suffix.empty() || i + 1 == words.size() || text::is_function_word(text::lower(words[i + 1].core));
    if (!placed || !ends || (i + 1 < words.size() && text::iequals(words[i + 1].core, "of"))) return std::nullopt;
  }
  if (day <= 12 && !day_first_context(words)) return std::nullopt;
  return Match{1, day_of_month(month, day) + (year.empty() ? "" : " " + year_words(year)), false};
}

// "on 12/25", "since 3/15", "Friday 7/4": a month and a day written with a slash after a word
// that places a day. Elsewhere the same figures are a fraction ("cut by 2/3", "3/4 of them");
// "9/11" is the name of the attacks, said "nine eleven", and stays with the fraction rules.
std::optional<Match> slashed_month_day(const Words& words, std::size_t i) {
  const Word& cue = words[i];
  const Word& date = words[i + 1];
  bool placing = text::is_one_of_lowered(cue.core, {"on", "since", "until", "till", "through"}) ||
                 ends_a_period(words, i + 1) ||
                 (weekday_name(cue.core) && cue.core.size() > 5);
  if (!placing || !cue.suffix.empty() || !date.prefix.empty() || date.core == "9/11") return std::nullopt;
  if (slashed_day_month(words, i + 1)) return std::nullopt;  // the day first, read at the date itself
  std::size_t slash = date.core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || date.core.size() - slash - 1 > 2) return std::nullopt;
  std::string_view m = date.core.substr(0, slash);
  std::string_view d = date.core.substr(slash + 1);
  if (!text::all_digits(m) || !text::all_digits(d) || d.empty()) return std::nullopt;
  auto day = day_number(d);
  int month = to_int(m);
  // A date ends its phrase: a mark, the line's end, a function word ("on 11/28 for") or a name
  // follows it. A noun after the figures ("on 1/2 acre lots", "1/4 percent") makes them a
  // fraction; so does "of". A unit's symbol is no name: "on 12/24 V supplies" is a choice of
  // voltages (it had been Christmas Eve). Nor is a month's: "on 5/9 July" is two days of July
  // (day_pairs.cpp).
  bool ends = !date.suffix.empty() || i + 2 == words.size();
  if (!ends) {
    std::string_view after = words[i + 2].core;
    bool name = text::is_capitalized(after) && !find_unit(after) && !month_number(after, false);
    ends = !text::iequals(after, "of") && (text::is_function_word(text::lower(after)) || name);
  }
  if (month < 1 || month > 12 || !day || !ends) return std::nullopt;
  return Match{2, std::string(cue.core) + " " + month_day(month, *day), false};
}

}  // namespace

namespace {

// A month and its day, either order: "March 3rd", "3 March", "March 3, 2024".
std::optional<Match> day_of_a_month(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  bool year_third = i + 2 < words.size() && is_year(words[i + 2].core);
  if ((verb_like_month(words[i].core) || verb_like_month(words[i + 1].core)) && !year_third) return std::nullopt;
  if (auto date = month_first(words, i)) return date;
  return day_first(words, i);
}

// "February 19th - March 3rd", "4 May – 12 June": two dates joined by a spaced dash are a
// span, said "to"; the dash alone says nothing, and eSpeak NG runs the dates together.
std::optional<Match> dashed_date_span(const Words& words, std::size_t i) {
  auto from = day_of_a_month(words, i);
  if (!from) return std::nullopt;
  std::size_t dash = i + from->count;
  if (dash + 1 >= words.size() || !text::is_dash_word(words[dash].raw)) return std::nullopt;
  // "12 Oct. - 26 Jan.": the period of a short month's name ends no sentence before the dash.
  const Word& end = words[dash - 1];
  bool short_month = end.suffix == "." && end.core.size() <= 4 && month_number(end.core, false);
  if (!end.suffix.empty() && !short_month) return std::nullopt;
  auto to = day_of_a_month(words, dash + 1);
  if (!to || !words[dash + 1].prefix.empty()) return std::nullopt;
  return Match{from->count + 1 + to->count, from->spoken + " to " + to->spoken, to->eat_period};
}

}  // namespace

// "the 12-Dec-24 notice": a date said with its own "the" ("the twelfth of December ...") takes
// the place of the article before it, which had been said twice ("the the twelfth").
std::optional<Match> article_before_date(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !text::iequals(words[i].core, "the") || !words[i].suffix.empty() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto date = speak_date(words[i + 1].core);
  if (!date || !text::starts_with(*date, "the ")) return std::nullopt;
  return Match{2, std::string(words[i].core) + date->substr(3), false};
}

std::optional<Match> match_date(const Words& words, std::size_t i) {
  if (auto article = article_before_date(words, i)) return article;
  if (auto span = dashed_date_span(words, i)) return span;
  if (auto year = match_shortened_year(words, i)) return year;
  if (i + 1 < words.size()) {
    if (auto date = match_weekday_and_day(words, i)) return date;
    if (auto date = slashed_month_day(words, i)) return date;
  }
  if (auto date = slashed_day_month(words, i)) return date;
  if (auto weekday = match_abbreviated_weekday(words, i)) return weekday;
  if (auto span = weekday_span(words, i)) return span;
  if (i + 1 >= words.size()) return std::nullopt;
  bool year_third = i + 2 < words.size() && is_year(words[i + 2].core);
  if ((verb_like_month(words[i].core) || verb_like_month(words[i + 1].core)) && !year_third) return std::nullopt;
  if (auto date = month_first(words, i)) return date;
  if (auto date = day_first(words, i)) return date;
  if (auto date = days_before_month(words, i)) return date;
  return match_loose_decade(words, i);
}

}  // namespace briefcast::rules
