// Dates and times: dates, decades, weekdays, months with years, clock times with zones,
// departure and race times, running times.
// One source file per rule, named in the comment above its declarations; the two kinds of
// rule (match_*, speak_*) are described in normalize/match.h. Internal to src/normalize.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "normalize/match.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// time.cpp: clock times with their am/pm and zones ("9:30 a.m. ET").
bool is_am_pm(std::string_view core_with_period);
// The period of the am/pm at word k also ends the sentence: a capitalised word that is no day,
// month or time zone follows ("before 3 p.m. Showers").
bool am_pm_ends_sentence(const Words& words, std::size_t k);
std::optional<std::string> speak_time(std::string_view core);
std::optional<Match> match_time(const Words& words, std::size_t i);

// date.cpp: dates.
std::optional<std::string> speak_date(std::string_view core);
std::optional<Match> match_date(const Words& words, std::size_t i);
bool is_year(std::string_view s);  // four figures, the first no zero: "1776", "2024"
std::optional<int> month_number(std::string_view word, bool need_context_free);
std::string month_name(int month);  // 1 -> "January"
std::optional<int> day_number(std::string_view s);
// day_pairs.cpp: "relies on 24/7 power": the phrase before its noun, which no date rule takes.
bool round_the_clock(const Words& words, std::size_t i);  // "5", "05", "21st" -> a day of the month
// Word j closes a date: a date in one word ("4/14/11") or a year after a day or month
// ("Jul 04, 2019", "13 Jun, 2024").
bool ends_date(const Words& words, std::size_t j);

// tv_listings.cpp: a listing's Eastern and Central air times ("9/8c" -> "nine, eight central").
std::optional<std::string> speak_tv_listing(std::string_view core);

// decades.cpp: decades and years written short ("the 1990s", "'90s", "in '08").
std::optional<std::string> speak_decade(std::string_view core);
std::optional<Match> match_loose_decade(const Words& words, std::size_t i);    // "1980 s"
std::optional<Match> match_shortened_year(const Words& words, std::size_t i);  // "in '08" -> "in oh eight"

// date_order.cpp: whether an all-figure date ("03/07/2024") is read day first: the piece's
// dateline ("PARIS, ..."), a date in it that reads one way only ("25/07/2024"), a country or
// web address of one that writes the day first, else what the article told (DayFirstScope).
bool day_first_context(const Words& words);
// A dateline that opens the piece and names a city: true in a country that writes the day first.
std::optional<bool> dateline_day_first(const Words& words);
// Whether an article writes the day first, from its segments in order (the dateline of its first
// sentence, its dates that read one way only) and its language tag ("en-GB").
bool writes_day_first(const std::vector<Segment>& segments, std::string_view language);
// While one lives (and says so), all-figure dates with no cue of their own are read day first.
class DayFirstScope {
 public:
  explicit DayFirstScope(bool day_first);
  ~DayFirstScope();
  DayFirstScope(const DayFirstScope&) = delete;
  DayFirstScope& operator=(const DayFirstScope&) = delete;
 private:
  bool outer_;
};

// weekdays.cpp: days of the week, alone, abbreviated before a date, or with their day.
std::optional<std::string> weekday_name(std::string_view word);  // "Tues." -> "Tuesday"
std::optional<Match> match_abbreviated_weekday(const Words& words, std::size_t i);
std::optional<Match> match_weekday_and_day(const Words& words, std::size_t i);

// written_dates.cpp: "Sept'21", "Q3'24", "in 1H 2024" ("the first half of twenty twenty
// four"), "on 28.12.22" (day first, the year in full).
std::optional<Match> match_written_date(const Words& words, std::size_t i);

// day_lists.cpp: "on 3, 5 and 7 June" -> "on the third, fifth and" (the date rule reads "7 June").
std::optional<Match> match_day_list(const Words& words, std::size_t i);
// dotted_day_months.cpp: "on 15.08," -> "on the fifteenth of August".
std::optional<Match> match_dotted_day_month(const Words& words, std::size_t i);
// spaced_dotted_dates.cpp: "on 2025. 05. 17." -> "on the seventeenth of May twenty twenty five".
std::optional<Match> match_spaced_dotted_date(const Words& words, std::size_t i);

// tide_offsets.cpp: "HW Dover +0200" -> "high water Dover plus two hours".
std::optional<Match> match_tide_offset(const Words& words, std::size_t i);

// day_pairs.cpp: "the night of 12/13 Aug." -> "the twelfth to thirteenth of August".
std::optional<Match> match_slashed_day_pair(const Words& words, std::size_t i);
// slashed_day_months.cpp: "Saturday 21/06" -> "Saturday the twenty first of June", "15/01-28/02", "exp. 09/26".
std::optional<Match> match_slashed_day_month(const Words& words, std::size_t i);

// glued_date_spans.cpp: "12 Oct.-26 Jan." -> "the twelfth of October to the twenty sixth of January".
std::optional<Match> match_glued_date_span(const Words& words, std::size_t i);

// year_periods.cpp: "3Q24" -> "the third quarter of twenty twenty four", "CY2025" -> "calendar
// year ...", "2023/24" -> "twenty twenty three to twenty four", "AW24" beside words of fashion
// -> "autumn-winter twenty four".
std::optional<Match> match_year_period(const Words& words, std::size_t i);

// month_years.cpp: "12/2026" -> "December twenty twenty six".
std::optional<Match> match_month_year(const Words& words, std::size_t i);

// month_periods.cpp: "1st Aug. to 5th Sept.": a month's period inside a line ends no sentence.
bool month_period_goes_on(const Words& words, std::size_t k);  // month_periods.cpp: "1st Aug. to"
// month_periods.cpp: "at end-Sept., the" -> "at end-September, the".
std::optional<Match> match_month_edge(const Words& words, std::size_t i);
// month_periods.cpp: "Apr/May loading", "Oct/Nov" -> "April-May", "October-November";
// "Jun/Jul/Aug" -> "June, July, August": month abbreviations joined by slashes.
std::optional<Match> match_month_pair(const Words& words, std::size_t i);

// hijri_dates.cpp: "on 9 Muharram" -> "on the ninth of Muharram": a day of an Islamic month.
std::optional<Match> match_hijri_date(const Words& words, std::size_t i);
// bare_months.cpp: "due in Sept, officials said" -> "September": a short month with no period.
std::optional<Match> match_bare_month(const Words& words, std::size_t i);

// weekday_clocks.cpp: "Sat 23:00", "Mon - Fri 8:00am": a weekday before a clock time.
std::optional<Match> match_weekday_clock(const Words& words, std::size_t i);

// departure_times.cpp: "the 18.15 to Edinburgh" -> "the eighteen fifteen to Edinburgh".
std::optional<Match> match_departure_time(const Words& words, std::size_t i);

// elapsed_time.cpp: hours, minutes and seconds of an elapsed time as one phrase, for the
// clock-like results of time.cpp, race_times.cpp and running_times.cpp.
struct ElapsedStyle {
  bool and_before_last = false;  // "two hours five minutes and nine seconds"
  bool adjective = false;        // before a noun: units singular, hyphenated ("one-hour-fifty-two-minute")
  bool drop_zero_units = true;   // "2:00:09" -> "two hours nine seconds"; else "zero minutes" too
};
// `parts` are the figures of the hours, minutes and seconds ("2", "05", "09"); an empty one is
// absent. Each unit in its number ("one hour", "two hours"); "" when no unit is said.
std::string elapsed_time_words(const std::array<std::string_view, 3>& parts, ElapsedStyle style);

// race_times.cpp: "won in 18:42" -> "eighteen minutes forty two seconds", "a 2:01:37 marathon" as one adjective.
std::optional<Match> match_race_time(const Words& words, std::size_t i);
// "3rd overall at +1:47" -> "at one minute forty seven seconds": a gap in a classification.
std::optional<Match> match_race_gap(const Words& words, std::size_t i);
// "3:43.13", "2:08:35.2", "1:22.109s": a race time to a fraction of a second, which no clock
// shows, so a duration wherever it stands: "three minutes forty three point one three seconds".
std::optional<std::string> speak_race_time(std::string_view core);
// The same shape without the words, for rules that read a line as one about a race.
bool is_race_time(std::string_view core);
// "ran", "marathon", "relay", "finished": a word of a line about a race.
bool tells_of_race(std::string_view core);
// race_time_lists.cpp: "goals of 1:20, 1:35 and 2:00 in the half marathon": the times of one
// list read alike, as hours and minutes in a long race ("one hour twenty minutes, ... and two hours").
std::optional<Match> match_race_time_list(const Words& words, std::size_t i);

// prime_times.cpp: "won in 4h 12' 38\"" -> "... twelve minutes thirty eight seconds": primes
// of time after hours or a result's word in a line about a race.
std::optional<Match> match_prime_time(const Words& words, std::size_t i);

// running_times.cpp: "a 1h 52m film" -> "a one-hour-fifty-two-minute film", "1h52m" -> "one hour fifty two minutes".
std::optional<Match> match_running_time(const Words& words, std::size_t i);

// written_dates.cpp: "'22" after a month -> "twenty twenty two", "'98" -> "ninety eight".
std::string month_short_year(std::string_view two);

}  // namespace briefcast::rules
