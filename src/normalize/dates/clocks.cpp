// The 24-hour clock, said on the twelve-hour clock. Copy that prints "16:00 – 22:00" and
// "05:00" in one line was read two ways ("sixteen hundred", "five o'clock"); a newsreader says
// "four PM to ten PM" and "five AM". The convention, applied before any rule reads the line:
//  - a line uses the 24-hour clock when it holds an afternoon reading (13:00 to 23:59) that is
//    plainly a time: on the hour, after a word that places a moment ("at", "from", "until"),
//    before a time zone, or at one end of a range; or an "00:MM" in any of these places but
//    the hour; or a morning hour with its leading zero ("02:45") after "at", before a zone, or
//    after "from" or "until" when a day follows;
//  - in such a line every clock reading is rewritten as the twelve-hour clock writes it
//    ("16:00" -> "4pm", "05:30" -> "5:30am", "12:00" -> "noon", "00:00" -> "midnight"), and
//    the time rules read that as they read any "4pm";
//  - a reading followed by "hours" or "hrs" keeps the 24-hour form the writer asked for
//    ("nineteen hundred hours"), and a line with no such reading is left alone, so a lone
//    "05:00" stays "five o'clock" and "15:30" with nothing around it stays "fifteen thirty".
#include <vector>

#include "normalize/match.h"
#include "normalize/typeset_text.h"

namespace briefcast::rules {

namespace {

struct Reading {
  std::size_t start = 0;  // byte offset of the first figure
  std::size_t size = 0;   // "16:00" -> 5
  int hour = 0;
  int minute = 0;
};

bool digit_at(std::string_view s, std::size_t k) { return k < s.size() && text::is_digit(s[k]); }

// The word after `end`, lower-cased, without its punctuation.
std::string word_after(std::string_view s, std::size_t end) {
  while (end < s.size() && s[end] == ' ') ++end;
  std::size_t stop = end;
  while (stop < s.size() && s[stop] != ' ') ++stop;
  std::string w = text::lower(s.substr(end, stop - end));
  while (!w.empty() && !text::is_alnum(w.back())) w.pop_back();
  return w;
}

// The word before `start`, lower-cased.
std::string word_before(std::string_view s, std::size_t start) {
  std::size_t end = start;
  while (end > 0 && s[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && s[begin - 1] != ' ') --begin;
  return text::lower(s.substr(begin, end - begin));
}

// Where the word after `end` ends.
std::size_t next_word_end(std::string_view s, std::size_t end) {
  while (end < s.size() && s[end] == ' ') ++end;
  while (end < s.size() && s[end] != ' ') ++end;
  return end;
}

// "at 13:14 of the third", "16:02 into the second": a reading placed in a numbered part of a
// match is a game clock, whichever word ("period", "half") the writer left out. `end` is where
// the reading ends.
bool in_part_of_match(std::string_view s, std::size_t end) {
  std::string words[4];
  for (std::string& w : words) {
    w = word_after(s, end);
    end = next_word_end(s, end);
  }
  return text::is_one_of(words[0], {"of", "into", "in"}) && words[1] == "the" &&
         text::is_one_of(words[2], {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "ot"}) &&
         !text::is_one_of(words[3], {"day", "week", "month", "year", "round", "time", "floor"});
}

bool is_zone(std::string_view w) {
  return text::is_one_of(w, {"utc", "gmt", "bst", "cet", "cest", "sast", "cat", "eat", "wat", "ist", "jst", "aest", "msk"});
}

bool keeps_its_form(std::string_view next) {
  return text::is_one_of(next, {"hours", "hrs", "h", "am", "pm", "a.m", "p.m"});
}

// Every "H:MM" or "HH:MM" that is a whole reading: not part of "10:00:00", a race time
// ("3:43.13"), a longer figure, or a verse ("14:16" needs no guard: only afternoon readings
// in a time's place switch a line).
std::vector<Reading> readings(std::string_view s) {
  std::vector<Reading> found;
  for (std::size_t colon = s.find(':'); colon != std::string_view::npos; colon = s.find(':', colon + 1)) {
    if (colon == 0 || !digit_at(s, colon - 1) || !digit_at(s, colon + 1) || !digit_at(s, colon + 2)) continue;
    std::size_t start = digit_at(s, colon - 2) ? colon - 2 : colon - 1;
    std::size_t end = colon + 3;
    bool glued_before = start > 0 && (text::is_alnum(s[start - 1]) || s[start - 1] == ':' || s[start - 1] == '.');
    bool glued_after = digit_at(s, end) || (end < s.size() && (s[end] == ':' || text::is_alpha(s[end]))) ||
                       ((end < s.size() && (s[end] == '.' || s[end] == ',')) && digit_at(s, end + 1));
    if (glued_before || glued_after) continue;
    int hour = (s[start] - '0') * (colon - start == 2 ? 10 : 1) + (colon - start == 2 ? s[start + 1] - '0' : 0);
    int minute = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
    if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) continue;
    found.push_back(Reading{start, end - start, hour, minute});
  }
  return found;
}

// A reading in a time's place: after a word that places a moment, before a time zone, at one
// end of a range, or on the hour. A duration ("in 2:05", "took 2:45"), a verse ("John 3:16"), a
// ratio ("1:50 scale") and a game clock ("the 2:30 mark of the period") are none of these.
bool in_time_place(std::string_view s, const Reading& r, bool ranged, bool game_clock, bool on_the_hour_counts = true) {
  std::string before = word_before(s, r.start);
  std::string after = word_after(s, r.start + r.size);
  if (keeps_its_form(after) || text::is_one_of(after, {"scale", "ratio", "mark"})) return false;
  if (in_part_of_match(s, r.start + r.size)) return false;
  bool cue = text::is_one_of(before, {"at", "from", "until", "till", "to", "by", "before", "after", "since", "between", "and"});
  // "scored at 14:05 in the second half": a game clock, said as it reads; neither a cue nor
  // the hour makes it a time of day in a line that counts a match's time.
  if (game_clock) return is_zone(after) || ranged;
  return (on_the_hour_counts && r.minute == 0) || cue || is_zone(after) || ranged;
}

// An afternoon reading in a time's place switches the line to the twelve-hour clock. So does
// a reading in the hour after midnight written "00:MM" (a form only the 24-hour clock has),
// but only after a cue, before a zone or in a range: on its own "00:00" opens a video's list
// of chapter marks ("00:00 Intro 02:06 ..."), which are no times of day.
// "Sep 27, 2019 at 0:14": a date, "at", then a reading with a lone zero hour is a stamp on
// the 24-hour clock (a post's or a comment's), not a game clock's "fourteen seconds".
bool stamped_after_a_date(std::string_view s, const Reading& r) {
  if (r.hour != 0 || r.size != 4 || word_before(s, r.start) != "at") return false;
  std::size_t at = s.rfind("at", r.start);
  std::string year = word_before(s, at);
  while (!year.empty() && (year.back() == ',' || year.back() == '.')) year.pop_back();
  return year.size() == 4 && text::all_digits(year) && (year.compare(0, 2, "19") == 0 || year.compare(0, 2, "20") == 0);
}

// The word after a reading that sets it on a day: "from 05:00 on Friday", "until 07:30 tomorrow".
bool names_its_day(std::string_view after) {
  return text::is_one_of(after, {"on", "today", "tomorrow", "tonight", "daily", "each", "every", "monday", "tuesday",
                                 "wednesday", "thursday", "friday", "saturday", "sunday"});
}

// "departed at 02:45", "struck at 03:12 local time", "05:44 GMT", "closed from 05:30 on Monday":
// a morning hour written with its leading zero is the 24-hour clock's (the twelve-hour clock
// writes "2:45"), and said bare, "two forty five" is heard as the afternoon. Only after "at",
// before a zone or "local", or after another word that places a moment when a day follows:
// after "to" or "by" alone such a reading is as often a race time ("cut the record to 02:06").
bool zero_led_morning(std::string_view s, const Reading& r, bool game_clock) {
  if (game_clock || r.size != 5 || s[r.start] != '0' || r.hour < 1 || r.hour > 9) return false;
  std::string after = word_after(s, r.start + r.size);
  if (keeps_its_form(after) || in_part_of_match(s, r.start + r.size)) return false;
  std::string before = word_before(s, r.start);
  bool places = text::is_one_of(before, {"from", "until", "till", "since", "before", "after"});
  return before == "at" || is_zone(after) || after == "local" || (places && names_its_day(after));
}

bool plainly_24_hour(std::string_view s, const Reading& r, bool ranged, bool game_clock) {
  if (stamped_after_a_date(s, r) || zero_led_morning(s, r, game_clock)) return true;
  if (r.hour == 0 && r.size == 5) return in_time_place(s, r, ranged, game_clock, false);
  return r.hour >= 13 && r.hour <= 23 && in_time_place(s, r, ranged, game_clock);
}

std::string twelve_hour(const Reading& r) {
  if ((r.hour == 0 || r.hour == 24) && r.minute == 0) return "midnight";
  if (r.hour == 12 && r.minute == 0) return "noon";
  int h = r.hour % 12 == 0 ? 12 : r.hour % 12;
  std::string out = std::to_string(h);
  if (r.minute != 0) out += ":" + std::string(r.minute < 10 ? "0" : "") + std::to_string(r.minute);
  return out + (r.hour >= 12 && r.hour < 24 ? "pm" : "am");
}

// "Nov 8, 2023 / 04:43 PM", "22.04.2020 / 06:15": a spaced slash between a date ending in its
// year and a clock is a stamp's separator, said "at" as the date and the time of any stamp are;
// it had been said "slash". Rewritten before the readings, so the clock is in a time's place.
std::string stamp_slashes(std::string line) {
  for (std::size_t at = line.find(" / "); at != std::string::npos; at = line.find(" / ", at + 1)) {
    std::size_t start = at;
    while (start > 0 && line[start - 1] != ' ') --start;
    std::string_view before = std::string_view(line).substr(start, at - start);
    if (!before.empty() && before.back() == ',') before.remove_suffix(1);
    bool year = before.size() >= 4 && text::all_digits(before.substr(before.size() - 4)) &&
                (before.compare(before.size() - 4, 2, "19") == 0 || before.compare(before.size() - 4, 2, "20") == 0) &&
                (before.size() == 4 || !text::is_digit(before[before.size() - 5]));
    std::size_t c = at + 3;
    bool clock = digit_at(line, c) && ((c + 1 < line.size() && line[c + 1] == ':' && digit_at(line, c + 2) && digit_at(line, c + 3)) ||
                                       (digit_at(line, c + 1) && c + 2 < line.size() && line[c + 2] == ':' && digit_at(line, c + 3) &&
                                        digit_at(line, c + 4)));
    if (year && clock) line.replace(at, 3, " at ");
  }
  return line;
}

}  // namespace

std::string twelve_hour_clocks(std::string line) {
  if (line.find(':') == std::string::npos) return line;
  line = stamp_slashes(std::move(line));
  std::vector<Reading> found = readings(line);
  bool game_clock = false;
  for (std::string_view w : {"half", "quarter", "period", "remaining", "overtime", "stoppage"}) {
    game_clock = game_clock || line.find(w) != std::string::npos;
  }
  // "in the 89th minute" counts a match's time; "every 10 minutes" is a length of time, as
  // likely in a timetable ("every 10 minutes until 00:30") as in a match report.
  for (std::size_t at = line.find("minute"); at != std::string::npos && !game_clock; at = line.find("minute", at + 1)) {
    game_clock = at + 6 >= line.size() || line[at + 6] != 's';
  }
  // "16:00-22:00", "16:00 - 22:00": a reading joined to the next by a dash.
  std::vector<bool> ranged(found.size(), false);
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    const Reading& a = found[k];
    const Reading& b = found[k + 1];
    std::string_view between = std::string_view(line).substr(a.start + a.size, b.start - a.start - a.size);
    if (between == "-" || between == " - " || between == "\u2013" || between == " \u2013 ") ranged[k] = ranged[k + 1] = true;
  }
  bool switched = false;
  for (std::size_t k = 0; k < found.size(); ++k) switched = switched || plainly_24_hour(line, found[k], ranged[k], game_clock);
  if (!switched) return line;
  // Only the readings in a time's place are rewritten, from the end, so that earlier offsets
  // stay valid.
  for (std::size_t k = found.size(); k-- > 0;) {
    if (in_time_place(line, found[k], ranged[k], game_clock) || stamped_after_a_date(line, found[k])) {
      line.replace(found[k].start, found[k].size, twelve_hour(found[k]));
    }
  }
  return line;
}

}  // namespace briefcast::rules
