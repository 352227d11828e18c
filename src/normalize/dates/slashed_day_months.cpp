// A day and a month joined by a slash with no year, where day_pairs.cpp's lead words do not
// reach:
//  - after a weekday: "Saturday 21/06" -> "Saturday the twenty first of June" (a fraction,
//    "twenty one sixths", had been said); month first where the figures say so ("Fri 6/21");
//  - a span of two full dates in one word: "03/04/2027-02/04/2028" (figures and slashes had
//    been said);
//  - a span of two: "travel 15/01-28/02", "from 01/07 to 31/08" -> "the fifteenth of January to
//    the twenty eighth of February"; either end may fix the order for both;
//  - "by 31/12 of the year": a day over a month is no share of anything, so "of" after it does
//    not make it one;
//  - "exp. 09/2026", "Exp 12/25": the abbreviation of a pack's expiry before its date, said
//    "expiry"; left alone the engine said "eksp" and paused for its period.
// A pair is a day and a month only when it can be one (day 1-31, month 1-12); two figures of
// twelve or under are read in the order the piece writes its dates (date_order.cpp). Fractions
// ("3/4 cup", "1/4-1/2 inch") have no such cue and keep their reading.
#include <algorithm>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/page_conventions.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

struct DayMonth {
  int first = 0;
  int second = 0;
  bool padded = false;  // a figure written with a leading zero ("06"), as no fraction is
};

std::optional<DayMonth> day_month(std::string_view core) {
  auto pair = text::figure_pair(core, '/', 2);
  if (!pair) return std::nullopt;
  DayMonth dm{std::stoi(std::string(pair->left)), std::stoi(std::string(pair->right)),
              pair->left[0] == '0' || pair->right[0] == '0'};
  if (dm.first < 1 || dm.second < 1 || dm.first > 31 || dm.second > 31) return std::nullopt;
  if (dm.first > 12 && dm.second > 12) return std::nullopt;
  return dm;
}

// Which figure is the day: fixed by one over twelve, else none.
std::optional<bool> fixed_order(const DayMonth& dm) {
  if (dm.first > 12) return true;
  if (dm.second > 12) return false;
  return std::nullopt;
}

std::string said(const DayMonth& dm, bool day_first, bool article) {
  int day = day_first ? dm.first : dm.second;
  int month = day_first ? dm.second : dm.first;
  if (day_first) return std::string(article ? "the " : "") + ordinal_words(std::to_string(day)) + " of " + month_name(month);
  return month_name(month) + " " + ordinal_words(std::to_string(day));
}

// The month and day of the end fall after the start (or in the new year, "20/12-05/01").
bool in_order(const DayMonth& a, const DayMonth& b, bool day_first) {
  int a_month = day_first ? a.second : a.first;
  int b_month = day_first ? b.second : b.first;
  int a_day = day_first ? a.first : a.second;
  int b_day = day_first ? b.first : b.second;
  if (a_month > 12 || b_month > 12) return false;
  if (a_month == b_month) return a_day < b_day;
  return a_month < b_month || (a_month >= 11 && b_month <= 2);
}

bool is_span_word(const Word& w) {
  return text::is_dash_word(w.raw) || text::is_one_of_lowered(w.core, {"to", "until", "till", "through", "thru"});
}

// Two pairs of one span: a figure over twelve in either fixes the order of both, and a padded
// figure or a figure over twelve that is no fraction's bottom tells they are dates, not a span of
// fractions ("3/16-5/16 in").
std::optional<std::string> span(const Words& words, const DayMonth& a, const DayMonth& b, std::string_view joiner,
                                bool article) {
  auto order = fixed_order(a);
  auto other = fixed_order(b);
  if (order && other && *order != *other) return std::nullopt;
  if (!order) order = other;
  bool dated = a.padded || b.padded;
  for (int f : {a.first, a.second, b.first, b.second}) dated = dated || (f > 12 && !is_fraction_denominator(f));
  if (!dated) return std::nullopt;
  // "05/07-09/07": the figure the two ends share is the month, a span within it being likelier
  // than one of months on a single day.
  if (!order && a.second == b.second && a.first != b.first) order = true;
  if (!order && a.first == b.first && a.second != b.second) order = false;
  bool day_first = order ? *order : day_first_context(words);
  if (!in_order(a, b, day_first)) return std::nullopt;
  return said(a, day_first, article) + " " + std::string(joiner) + " " + said(b, day_first, true);
}

// "03/04/2027": a day and month with a year of four figures or two, the year given in full.
std::optional<std::pair<DayMonth, std::string>> dated(std::string_view core) {
  std::size_t slash = core.rfind('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string year(core.substr(slash + 1));
  if (year.size() == 2 && text::all_digits(year)) year = (std::stoi(year) < 50 ? "20" : "19") + year;
  auto dm = day_month(core.substr(0, slash));
  if (!dm || !is_year(year)) return std::nullopt;
  return std::pair{*dm, year};
}

// "03/04/2027–02/04/2028": two full dates in one word, each said with its year. The order is
// the one a figure over twelve fixes; else the one in which the span ends the day before the
// start's date a year on, as a year's window does ("the third of April ... to the second of
// April"); else the piece's (date_order.cpp).
std::optional<Match> full_date_span(const Words& words, std::string_view a_text, std::string_view b_text, bool article) {
  auto a = dated(a_text);
  auto b = dated(b_text);
  if (!a || !b || a->second > b->second) return std::nullopt;
  auto order = fixed_order(a->first);
  auto other = fixed_order(b->first);
  if (order && other && *order != *other) return std::nullopt;
  if (!order) order = other;
  auto year_window = [&](bool day_first) {
    int day_a = day_first ? a->first.first : a->first.second;
    int day_b = day_first ? b->first.first : b->first.second;
    int month_a = day_first ? a->first.second : a->first.first;
    int month_b = day_first ? b->first.second : b->first.first;
    return std::stoi(b->second) == std::stoi(a->second) + 1 && month_a == month_b && day_b + 1 == day_a;
  };
  if (!order && year_window(true) != year_window(false)) order = year_window(true);
  bool day_first = order ? *order : day_first_context(words);
  if (a->second == b->second && !in_order(a->first, b->first, day_first)) return std::nullopt;
  return Match{1, said(a->first, day_first, article) + " " + year_words(a->second) + " to " +
                      said(b->first, day_first, true) + " " + year_words(b->second), false};
}

std::optional<Match> slashed_span(const Words& words, std::size_t i, bool article) {
  std::string_view core = words[i].core;
  // "03/04/2027–02/04/2028": two dates with their years.
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || std::count(core.begin(), core.end(), '/') != 4) continue;
    return full_date_span(words, core.substr(0, at), core.substr(at + dash.size()), article);
  }
  // "15/01-28/02", "15/01–28/02": the span in one word.
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos) continue;
    auto a = day_month(core.substr(0, at));
    auto b = day_month(core.substr(at + dash.size()));
    if (!a || !b) return std::nullopt;
    if (auto s = span(words, *a, *b, "to", article)) return Match{1, *s, false};
    return std::nullopt;
  }
  // "01/07 to 31/08", "15/01 - 28/02".
  auto a = day_month(core);
  if (!a || i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty() ||
      !is_span_word(words[i + 1]) || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  auto b = day_month(words[i + 2].core);
  if (!b) return std::nullopt;
  std::string joiner = text::is_dash_word(words[i + 1].raw) ? "to" : text::lower(words[i + 1].core);
  if (auto s = span(words, *a, *b, joiner, article)) return Match{3, *s, false};
  return std::nullopt;
}

// "on 12/24 V", "from 3/4 per": a unit or a rate after the figures makes them values; "in",
// "at" and "a" are words there more often than units.
bool values_follow(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return false;
  std::string_view next = words[i + 1].core;
  if (text::is_one_of_lowered(next, {"per", "x"})) return true;
  return find_unit(next) && !text::is_one_of_lowered(next, {"in", "at", "a"});
}

// Words after which a day and month are due, besides day_pairs.cpp's ("from", "by", "until").
bool leads_here(std::string_view w) {
  return text::is_one_of_lowered(w, {"by", "before", "until", "till", "from", "on", "travel", "travelling", "traveling",
                                     "departing", "returning", "deadline", "effective", "expires", "expiring"});
}

// "Saturday 21/06", "Sat 21/06", "Fri 6/21": from the weekday on, so that its short name is
// said in full as well. Two figures of twelve or under need a padded one ("Sun 05/07").
std::optional<Match> after_weekday(const Words& words, std::size_t i) {
  // "Sat. 21/06": the period of a short name goes with it.
  bool dotted = words[i].suffix == "." && words[i].core.size() <= 5;
  if (i + 1 >= words.size() || !(words[i].suffix.empty() || dotted) || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto day = weekday_name(words[i].core);
  auto dm = day ? day_month(words[i + 1].core) : std::nullopt;
  if (!dm || values_follow(words, i + 1)) return std::nullopt;
  auto order = fixed_order(*dm);
  if (!order && !dm->padded) return std::nullopt;
  bool day_first = order ? *order : day_first_context(words);
  // The period is the name's and is not said; the match ends on the date, which keeps its own.
  return Match{2, *day + " " + said(*dm, day_first, true), false};
}

// Words after a pair that make it a share: the whole it is a share of ("from 1/4 of the
// budget"), or a span to another pair or to a share in words ("from 1/5 to a third").
bool share_follows(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return false;
  if (text::is_one_of_lowered(words[i + 1].core, {"of"})) return true;
  if (i + 2 >= words.size() || !is_span_word(words[i + 1])) return false;
  std::size_t k = text::is_one_of_lowered(words[i + 2].core, {"a", "one", "two", "three"}) ? i + 3 : i + 2;
  if (k >= words.size()) return false;
  return day_month(words[k].core) || text::is_one_of_lowered(words[k].core, {"half", "third", "thirds", "quarter",
                                         "quarters", "fifth", "fifths", "tenth", "tenths", "majority", "minority"});
}

// A day over twelve, then a month written with two figures or after a lead word ("by 31/12
// of"): a date however the words go on, since no share is larger than its whole.
std::optional<Match> cued_pair(const Words& words, std::size_t i, bool article) {
  const Word& w = words[i];
  auto dm = day_month(w.core);
  if (!dm || values_follow(words, i) || round_the_clock(words, i)) return std::nullopt;
  auto order = fixed_order(*dm);
  // "apply by 5 p.m., 28/02": a padded month after a day over twelve is a date after any mark.
  if (order && *order && dm->padded) return Match{1, said(*dm, true, article), false};
  if (i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  // "the w/e 17/10 figures", "w/c 6/4", "y/e 30/6": the trade's week or year named by the day
  // it ends or starts on, written day first as the British and Australian trade writes it.
  if (text::is_one_of_lowered(words[i - 1].core, {"w/e", "w/c", "y/e"}) && dm->second <= 12) {
    return Match{1, said(*dm, true, article), false};
  }
  // "drifted from 15/8 to 5/2" in a line about betting: a price's move (sport_figures.cpp).
  if (order && *order && leads_here(words[i - 1].core) && !from_price_to_price(words, i)) {
    return Match{1, said(*dm, true, article), false};
  }
  // "from 1/10" on a page that writes the day first (a Madrid or London page): the first of
  // October. Only after words of a start or an end, and with no other pair after it ("from 1/3
  // to 1/2" is a span of shares), as "by 1/3" and "on 1/4 of" are shares on any page.
  bool starts = text::is_one_of_lowered(words[i - 1].core, {"from", "until", "till", "since", "effective"});
  if (!order && starts && !share_follows(words, i) && page_conventions().day_first == true) {
    return Match{1, said(*dm, true, article), false};
  }
  return std::nullopt;
}

// "exp. 09/2026", "EXP 12/25", "Exp. 31/03/2027": before a date with figures.
std::optional<Match> expiry(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::is_one_of(core, {"exp", "Exp", "EXP"}) || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  bool dotted = words[i].suffix == ".";
  if (!dotted && !words[i].suffix.empty()) return std::nullopt;
  auto parts = text::split(words[i + 1].core, '/');
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 4 || !text::all_digits(part)) return std::nullopt;
  }
  int month = std::stoi(std::string(parts[parts.size() - 2]));
  if (parts.size() == 2 && (month < 1 || month > 12)) return std::nullopt;
  return Match{1, text::is_upper(core[0]) && !text::all_upper(core) ? "Expiry" : "expiry", dotted};
}

}  // namespace

std::optional<Match> match_slashed_day_month(const Words& words, std::size_t i) {
  if (auto e = expiry(words, i)) return e;
  if (auto d = after_weekday(words, i)) return d;
  if (!words[i].prefix.empty() || words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  bool article = !(i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "the"));
  // "the postponed 15/06 fixture": a determiner already stands before the date's describing word.
  bool noun_after = i + 1 < words.size() && words[i].suffix.empty() && !words[i + 1].core.empty() &&
                    text::is_lower(words[i + 1].core[0]) && !text::is_function_word(words[i + 1].core);
  if (i > 1 && noun_after && words[i - 2].suffix.empty() && words[i - 1].suffix.empty() &&
      text::is_one_of_lowered(words[i - 2].core, {"the", "a", "its", "their", "this", "that"})) {
    article = false;
  }
  if (auto s = slashed_span(words, i, article)) return s;
  return cued_pair(words, i, article);
}

}  // namespace briefcast::rules
