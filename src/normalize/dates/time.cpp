// Times of day: "3:30 p.m." -> "three thirty p.m.", "01:00" -> "one o'clock", "15:30",
// "5pm", "10:00:00 p.m. e.s.t", "2pm-5pm", with time zones ("EST", "GMT").
#include <algorithm>
#include <array>
#include <vector>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

constexpr std::array<std::string_view, 44> kZones = {
    "utc",  "gmt",  "bst",  "cet",  "cest", "eet",  "eest", "est",  "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt",  "akst", "akdt", "hst",  "hdt",  "et",   "ct",   "mt",  "pt",   "ist", "jst", "kst", "hkt", "sgt", "pht",
    "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "msk", "sast", "pkt", "ict", "wib", "adt", "ndt", "nst"};

// Zones spelt like English words ("EAT", "CAT", "WEST") are zones only in capitals: "at 7
// p.m. west of the river" names no zone.
constexpr std::array<std::string_view, 6> kWordZones = {"EAT", "CAT", "WAT", "WET", "WEST", "AST"};

std::string without_dots(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '.') out.push_back(c);
  }
  return text::lower(out);
}

std::optional<std::string> zone(std::string_view core) {
  std::string z = without_dots(core);
  bool known = std::find(kZones.begin(), kZones.end(), z) != kZones.end() ||
               std::find(kWordZones.begin(), kWordZones.end(), core) != kWordZones.end();
  if (!known) return std::nullopt;
  // Letter by letter, with inner periods as other initialisms: eSpeak NG reads "IST" or
  // "MSK" as a word, "I.S.T" as its letters.
  std::string letters;
  for (char c : z) {
    if (!letters.empty()) letters.push_back('.');
    letters.push_back(static_cast<char>(c - 'a' + 'A'));
  }
  return letters;
}

// "AM", not "a.m.": eSpeak NG takes the period of "a.m." before a capitalised word as a
// sentence end, and says the capitals as letters.
std::string am_pm_words(std::string_view s) { return without_dots(s) == "am" ? "AM" : "PM"; }

bool two_digits(std::string_view s) { return s.size() == 2 && text::all_digits(s); }

int value(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// "1:01:30", "2:05:00": hours, minutes and seconds of an elapsed time (a race, a marathon),
// said as a newsreader gives a result ("two hours and five minutes"), a unit at zero left out
// unless `all_units` asks for each.
std::string elapsed_words(std::array<std::string_view, 3> parts, bool all_units) {
  std::string out = elapsed_time_words(parts, {.and_before_last = true, .drop_zero_units = !all_units});
  return out.empty() ? "zero seconds" : out;
}

// "3:30", "15:30", "10:00:00", "5": the clock reading without am/pm.
std::optional<std::string> clock(std::string_view s, bool has_am_pm) {
  std::size_t colon = s.find(':');
  // "9.30am": British news writes the clock with a period; only an am/pm makes it a time.
  if (colon == std::string_view::npos && has_am_pm) colon = s.find('.');
  std::string_view hours = s.substr(0, colon);
  if (hours.empty() || hours.size() > 2 || !text::all_digits(hours)) return std::nullopt;
  int h = value(hours);
  if (colon == std::string_view::npos) {
    if (!has_am_pm || h < 1 || h > 12) return std::nullopt;
    return cardinal_words(hours);
  }
  std::string_view rest = s.substr(colon + 1);
  std::size_t colon2 = rest.find(':');
  std::string_view minutes = rest.substr(0, colon2);
  if (!two_digits(minutes) || value(minutes) > 59 || h > 24) return std::nullopt;
  if (colon2 != std::string_view::npos) {
    std::string_view seconds = rest.substr(colon2 + 1);
    if (!two_digits(seconds) || value(seconds) > 59) return std::nullopt;
    // "10:32:15 a.m.": a clock to the second is a time of day, read as the clock with its
    // seconds after it ("ten thirty two and fifteen seconds AM"), never a duration in hours.
    // "10:00:00 p.m. EST", a stamp at a round time, keeps every unit, as the reference
    // readings of such stamps do ("ten hours zero minutes and zero seconds PM").
    int sec = value(seconds);
    if (has_am_pm && h >= 1 && h <= 12 && sec != 0) {
      return *clock(s.substr(0, colon + 3), true) + " and " + cardinal_words(std::to_string(sec)) +
             (sec == 1 ? " second" : " seconds");
    }
    return elapsed_words({hours, minutes, seconds}, has_am_pm);
  }
  // "0:45": no clock writes its hour as a lone zero; the figures are minutes and seconds on a
  // game clock or a gap ("0:45 behind"), said "forty five seconds".
  if (hours == "0" && !has_am_pm && minutes != "00") return elapsed_words({"0", "0", minutes}, false);
  std::string out = cardinal_words(hours);
  if (minutes == "00") {
    // "17:00" is "seventeen hundred": "o'clock" belongs to the twelve-hour clock.
    if (!has_am_pm) out += h >= 13 ? " hundred" : " o'clock";
  } else if (minutes[0] == '0') {
    out += " oh " + std::string(digit_word(minutes[1]));
  } else {
    out += " " + cardinal_words(minutes);
  }
  return out;
}

// Splits "5pm", "11:20AM", "5p.m" into the clock and its am/pm.
std::optional<std::string> clock_with_suffix(std::string_view s) {
  std::string_view trimmed = text::drop_final_period(s);
  for (std::size_t cut = trimmed.size(); cut > 0; --cut) {
    if (text::is_digit(trimmed[cut - 1])) {
      std::string_view suffix = trimmed.substr(cut);
      if (suffix.empty() || !is_am_pm(suffix)) return std::nullopt;
      auto c = clock(trimmed.substr(0, cut), true);
      if (!c) return std::nullopt;
      return *c + " " + am_pm_words(suffix);
    }
  }
  return std::nullopt;
}

}  // namespace

// "before 3 p.m. Showers are likely": a capitalised word after the am/pm at word k that names
// no day, month or time zone opens the next sentence ("at 7 p.m. Friday", "9 a.m. Eastern",
// "p.m. EDT" go on with the time). Its period ends that sentence too, and must stay.
bool am_pm_ends_sentence(const Words& words, std::size_t k) {
  if (words[k].suffix != "." || k + 1 >= words.size()) return false;
  const Word& next = words[k + 1];
  bool quoted = next.prefix == "\"" || next.prefix == "\u201c";
  if ((!next.prefix.empty() && !quoted) || next.core.size() < 2 || !text::is_capitalized(next.core)) return false;
  if (text::all_upper(next.core) || month_number(next.core, false)) return false;
  std::string w = text::lower(text::drop_final_period(next.core));
  if (w.size() >= 3 && text::is_one_of(w.substr(0, 3), {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})) return false;
  return !text::is_one_of(w, {"eastern", "central", "pacific", "mountain", "atlantic", "alaska", "hawaii", "greenwich",
                              "local", "british", "universal", "coordinated", "noon", "midnight"});
}

bool is_am_pm(std::string_view s) {
  if (s.size() > 5) return false;
  std::string w = without_dots(s);
  return w == "am" || w == "pm";
}

// "1m29.304s", "2m05s": a lap or split time written with unit letters.
std::optional<std::string> minutes_and_seconds(std::string_view s) {
  std::size_t m = s.find('m');
  if (m == 0 || m == std::string_view::npos || m > 2 || !text::all_digits(s.substr(0, m)) || !text::ends_with(s, "s")) {
    return std::nullopt;
  }
  std::string_view seconds = s.substr(m + 1, s.size() - m - 2);
  std::size_t point = seconds.find('.');
  std::string_view whole = seconds.substr(0, point);
  if (!two_digits(whole) || value(whole) > 59) return std::nullopt;
  if (point != std::string_view::npos) {
    std::string_view fraction = seconds.substr(point + 1);
    if (fraction.empty() || fraction.size() > 3 || !text::all_digits(fraction)) return std::nullopt;
  }
  std::string out = elapsed_time_words({"", s.substr(0, m), ""}, {.drop_zero_units = false}) + " ";
  std::string figure = std::to_string(value(whole)) + (point == std::string_view::npos ? "" : std::string(seconds.substr(point)));
  auto spoken = speak_decimal(figure);
  if (!spoken) spoken = cardinal_words(figure);
  return out + *spoken + " seconds";
}

std::optional<std::string> speak_time(std::string_view core) {
  if (auto race = speak_race_time(core)) return race;  // race_times.cpp
  if (auto lap = minutes_and_seconds(core)) return lap;
  if (core.find(':') != std::string_view::npos && text::all_digits(core.substr(0, 1))) {
    if (auto c = clock(core, false)) return c;
  }
  return clock_with_suffix(core);
}

// "2007" -> "twenty oh seven", "0400" -> "oh four hundred": a 24-hour clock without a colon.
std::optional<std::string> four_figure_clock(std::string_view core) {
  if (core.size() != 4 || !text::all_digits(core)) return std::nullopt;
  int hours = (core[0] - '0') * 10 + (core[1] - '0');
  int minutes = (core[2] - '0') * 10 + (core[3] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  std::string out = core[0] == '0' ? "oh " + cardinal_words(core.substr(1, 1)) : cardinal_words(core.substr(0, 2));
  if (minutes == 0) return out + " hundred";
  return out + " " + (core[2] == '0' ? "oh " + cardinal_words(core.substr(3, 1)) : cardinal_words(core.substr(2, 2)));
}

namespace {

// "at 2300", "by 0630": the word before position i places a moment, so four figures after it
// may be a 24-hour clock.
bool after_time_cue(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  for (std::string_view cue : {"at", "by", "until", "till", "from", "before", "after", "since"}) {
    if (text::iequals(words[i - 1].core, cue)) return true;
  }
  // "departs 0915", "ETA 0600": a timetable's verbs and labels place a moment as "at" does.
  return text::is_one_of_lowered(words[i - 1].core, {"departs", "departing", "departure", "leaves", "arrives", "arriving",
                                                     "arrival", "sails", "sailing", "lands", "boards", "boarding",
                                                     "eta", "etd", "dep", "arr"});
}

// "Thu 2200 hrs", "2200 hrs Fri": a weekday beside four figures and their hours makes them a
// clock of that day, as a shipping or duty notice writes it; a count of hours has no day.
bool beside_weekday(const Words& words, std::size_t i) {
  bool before = i > 0 && (words[i - 1].suffix.empty() || words[i - 1].suffix == ",") && weekday_name(words[i - 1].core);
  bool after = i + 2 < words.size() && words[i + 1].suffix.empty() && words[i + 2].prefix.empty() &&
               words[i + 2].core.size() <= 9 && weekday_name(words[i + 2].core);
  return before || after;
}

}  // namespace

// "10 a.m.-5 p.m.", "9 a.m.-noon": a range whose two ends each carry their own am/pm, so the
// hyphen sits inside the middle word ("a.m.-5").
std::optional<Match> spaced_time_range(const Words& words, std::size_t i) {
  const Word& mid = words[i + 1];
  // "9 am-5 pm" or, as typeset, with an en dash.
  auto sides = text::split_at_range_dash(mid.core);
  if (!sides || !mid.prefix.empty() || !is_am_pm(sides->before)) return std::nullopt;
  auto start = clock(words[i].core, true);
  if (!start) return std::nullopt;
  std::string from = *start + " " + am_pm_words(sides->before) + " to ";
  std::string_view end = sides->after;
  if (end == "noon" || end == "midnight") return Match{2, from + std::string(end), false};
  auto finish = clock(end, true);
  if (!finish || !mid.suffix.empty() || i + 2 >= words.size()) return std::nullopt;
  const Word& last = words[i + 2];
  if (!last.prefix.empty() || !is_am_pm(text::core_with_period(last))) return std::nullopt;
  bool eat_period = !last.suffix.empty() && last.suffix[0] == '.' && i + 3 < words.size() &&
                    !am_pm_ends_sentence(words, i + 2);
  return Match{3, from + *finish + " " + am_pm_words(last.core), eat_period};
}

namespace {

// "9.30", "21.45": British copy writes the clock with a period. Said as a clock only where
// the words around it make it one; alone it is as likely a decimal or a rate.
std::optional<std::string> period_clock(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == 0 || dot > 2 || core.size() != dot + 3 || !text::all_digits(core.substr(0, dot)) ||
      !text::all_digits(core.substr(dot + 1))) {
    return std::nullopt;
  }
  std::string colon(core);
  colon[dot] = ':';
  return clock(colon, true);
}

// Whether the words from k on are a clock with its am/pm ("11.30am", "4.15 p.m.").
bool am_pm_clock_at(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].prefix.empty()) return false;
  if (clock_with_suffix(words[k].core)) return true;
  return k + 1 < words.size() && words[k].suffix.empty() && words[k + 1].prefix.empty() && clock(words[k].core, true) &&
         is_am_pm(text::core_with_period(words[k + 1]));
}

// "on Monday", "each Sunday", "tomorrow", "this evening": the day a moment falls on.
bool names_a_day(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].prefix.empty()) return false;
  std::string w = text::lower(words[k].core);
  if (weekday_name(words[k].core) || text::is_one_of(w, {"today", "tomorrow", "tonight", "yesterday", "daily"})) return true;
  if (!words[k].suffix.empty() || k + 1 >= words.size() ||
      !text::is_one_of(w, {"on", "each", "every", "this", "next", "last"})) {
    return false;
  }
  return weekday_name(words[k + 1].core).has_value() ||
         text::is_one_of_lowered(words[k + 1].core, {"morning", "afternoon", "evening", "night", "day", "weekend"});
}

// Words of a line about prices, where "at 10.30" is a price however a day follows it.
bool market_line(const Words& words) {
  return text::any_word(words, [](std::string_view word) {
    return text::is_one_of_lowered(word, {"shares", "share", "stock", "stocks", "index", "closed", "traded", "trading",
                                          "price", "prices", "yield", "rate", "points", "pence", "cents", "per",
                                          "percent", "dollars", "euros", "pounds", "odds", "mph", "kg"});
  });
}

// "at 9.30 hours", "from 7.45 to 9.15pm", "between 9.30 and 11am", "by 21.30 GMT": after a
// word that places a moment, a period clock is a time when the hours, a time zone, a second
// clock with its am/pm, or the day it falls on follows.
std::optional<Match> british_clock(const Words& words, std::size_t i) {
  bool between = i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "between");
  if (!words[i].prefix.empty() || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  auto spoken = period_clock(words[i].core);
  if (!spoken) return std::nullopt;
  const Word& next = words[i + 1];
  if (!next.prefix.empty()) return std::nullopt;
  // "4 Jun 2024 12.05 BST": before a time zone it is a clock with no word before it.
  if (auto z = zone(next.core); z && text::all_upper(next.core)) return Match{2, *spoken + " " + *z, false};
  if (!(after_time_cue(words, i) || between)) return std::nullopt;
  if (text::iequals(next.core, "hours") || text::iequals(next.core, "hrs")) return Match{2, *spoken + " hours", false};
  if (auto z = zone(next.core)) return Match{2, *spoken + " " + *z, false};
  bool joined = next.suffix.empty() && text::is_one_of_lowered(next.core, {"to", "until", "till", "and"});
  if (joined && am_pm_clock_at(words, i + 2)) return Match{1, *spoken, false};
  // "at 10.30 on Monday", "until 9.15 tomorrow": the day it falls on makes it a moment.
  if (names_a_day(words, i + 1) && !market_line(words)) return Match{1, *spoken, false};
  return std::nullopt;
}

// "9.30-11.30am", "7.45–9pm": a range whose end carries the am/pm makes its period start a
// clock too.
std::optional<Match> period_clock_range(const Words& words, std::size_t i) {
  auto sides = text::split_at_range_dash(words[i].core);
  if (!sides || sides->before.empty()) return std::nullopt;
  auto start = period_clock(sides->before);
  auto end = start ? clock_with_suffix(sides->after) : std::nullopt;
  if (!end) return std::nullopt;
  return Match{1, *start + " to " + *end, false};
}

std::optional<Match> clock_and_words_after(const Words& words, std::size_t i) {
  if (auto british = british_clock(words, i)) return british;
  if (auto range = period_clock_range(words, i)) return range;
  const Word& w = words[i];
  // "at 0800", "by 0630": after a word that places a moment, four figures opening with a zero
  // are a 24-hour clock (no count is written with a leading zero).
  if (i > 0 && words[i - 1].suffix.empty() && w.prefix.empty() && w.core.size() == 4 && w.core[0] == '0') {
    bool at = after_time_cue(words, i);
    bool hours_follow = i + 1 < words.size() && (text::iequals(words[i + 1].core, "hours") || text::iequals(words[i + 1].core, "hrs"));
    if (auto t = four_figure_clock(w.core); t && at && !hours_follow) return Match{1, *t, false};
  }
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& next = words[i + 1];
  if (!w.suffix.empty()) return std::nullopt;
  if (auto range = spaced_time_range(words, i)) return range;
  std::optional<std::string> spoken;
  std::size_t count = 1;
  bool eat_period = false;
  if (is_am_pm(text::core_with_period(next)) && next.prefix.empty()) {
    std::string ampm = am_pm_words(next.core);
    std::size_t dash = w.core.find('-');
    if (dash != std::string_view::npos && dash > 0) {
      // "5pm-7 pm", "2-5 p.m.": a range whose end carries the am/pm.
      auto left = speak_time(w.core.substr(0, dash));
      if (!left) left = clock(w.core.substr(0, dash), true);
      auto right = clock(w.core.substr(dash + 1), true);
      if (left && right) {
        if (!text::ends_with(*left, "AM") && !text::ends_with(*left, "PM")) *left += " " + ampm;
        spoken = *left + " to " + *right + " " + ampm;
      }
    } else if (auto c = clock(w.core, true)) {
      spoken = *c + " " + ampm;
    } else if (std::size_t dot = w.core.find('.'); dot != std::string_view::npos && dot > 0 && dot <= 2) {
      // British "3.30 pm": the point is a colon when am/pm follows.
      std::string colon(w.core);
      colon[dot] = ':';
      if (auto d = clock(colon, true)) spoken = *d + " " + ampm;
    }
    if (!spoken) return std::nullopt;
    count = 2;
    // The abbreviation's period ends the sentence only at the end of the line.
    eat_period = !next.suffix.empty() && next.suffix[0] == '.' && i + 2 < words.size() &&
                 !am_pm_ends_sentence(words, i + 1);
    if (i + 2 < words.size() && next.suffix.size() <= 1 && words[i + 2].prefix.empty()) {
      if (auto z = zone(words[i + 2].core)) {
        *spoken += " " + *z;
        count = 3;
        eat_period = false;
      }
    }
    return Match{count, *spoken, eat_period};
  }
  // "0800 hours", "18:00 hrs": a 24-hour clock read in hundreds. A four-figure count without a
  // leading zero stays a count ("1500 hours of video").
  if (next.prefix.empty() && (text::iequals(next.core, "hours") || text::iequals(next.core, "hrs"))) {
    std::string figures(w.core);
    if (figures.size() == 5 && figures[2] == ':') figures.erase(2, 1);
    // "at 2300 hours": after a word that places a moment, four figures are a clock too.
    bool at = after_time_cue(words, i) || beside_weekday(words, i);
    bool clock_shape = w.core.size() == 5 || (figures.size() == 4 && (figures[0] == '0' || at));
    if (auto t = four_figure_clock(figures); t && clock_shape) return Match{2, *t + " hours", false};
  }
  if (auto z = zone(next.core); z && next.prefix.empty()) {
    // "10:32:15 ET", "14:05:09 UTC": a clock to the second before a zone is a time of day too.
    std::size_t colon = w.core.find(':');
    // A round stamp ("10:00:00 EST") keeps its reference reading, as before am/pm.
    if (colon != std::string_view::npos && w.core.size() == colon + 6 && w.core[colon + 3] == ':' &&
        !text::ends_with(w.core, ":00")) {
      auto hm = clock(w.core.substr(0, colon + 3), false);
      std::string_view sec = w.core.substr(colon + 4);
      if (hm && two_digits(sec) && value(sec) <= 59) {
        int s = value(sec);
        return Match{2, *hm + " and " + cardinal_words(std::to_string(s)) + (s == 1 ? " second " : " seconds ") + *z, false};
      }
    }
    if (auto t = speak_time(w.core)) return Match{2, *t + " " + *z, false};
    // "0407 GMT", "2007 GMT": wire copy writes the clock in four figures before the zone.
    if (auto t = four_figure_clock(w.core)) return Match{2, *t + " " + *z, false};
  }
  return std::nullopt;
}

// "Jul 04, 2019 23:36 IST", "4/14/11 6:08 p.m.": a clock right after a date (a dateline's
// time stamp). Read on, the year and the hour run together ("twenty nineteen twenty three
// thirty six"); a newsreader says "at" between them.
bool clock_after_date(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return false;
  const Word& before = words[i - 1];
  if (!(before.suffix.empty() || before.suffix == ",")) return false;
  std::string_view core = words[i].core;
  bool clock_shaped = core.find(':') != std::string_view::npos && text::is_digit(core[0]) && !is_race_time(core);
  return clock_shaped && ends_date(words, i - 1);
}

}  // namespace

std::optional<Match> match_time(const Words& words, std::size_t i) {
  std::optional<Match> match = clock_and_words_after(words, i);
  if (!clock_after_date(words, i)) return match;
  if (match) {
    match->spoken = "at " + match->spoken;
    return match;
  }
  if (auto t = speak_time(words[i].core)) return Match{1, "at " + *t, false};
  return std::nullopt;
}

}  // namespace briefcast::rules
