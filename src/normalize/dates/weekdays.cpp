// Days of the week: "Mon", "Tues.", "Friday" said in full, an abbreviated day before a date
// ("Mon., Oct. 5", "Thu, March 7") whose period ends no sentence, and a weekday with its day of
// the month ("Tuesday 6th" -> "Tuesday the sixth").
#include <algorithm>
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

// "Mon", "Tues.", "Friday" -> the day's full name.
std::optional<std::string> weekday_name(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                            "Friday", "Saturday", "Sunday"};
  word = text::drop_final_period(word);
  if (word.size() < 3 || !text::is_capitalized(word)) return std::nullopt;
  std::string w = text::lower(word);
  for (std::string_view day : kDays) {
    std::string full = text::lower(day);
    bool abbreviation = w.size() <= 5 && full.compare(0, w.size(), w) == 0;
    if (w == full || abbreviation) return std::string(day);
  }
  return std::nullopt;
}

namespace {

// "6am", "10.30pm": a clock with its a.m. or p.m. glued on.
bool glued_clock(std::string_view core) {
  return core.size() >= 3 && text::is_digit(core[0]) && (text::ends_with(core, "am") || text::ends_with(core, "pm"));
}

bool joins_days(std::string_view word) {
  return text::is_one_of(word, {"to", "and", "or", "through", "thru", "till", "until"});
}

// "Mon. to Fri.", "Wed. and Sun.": two abbreviated days joined by a little word; each says the
// other is a day, not a word ("Sun", "Wed") or a sentence's end.
bool in_pair_of_days(const Words& words, std::size_t i) {
  bool before = i >= 2 && words[i - 1].suffix.empty() && joins_days(words[i - 1].core) &&
                text::starts_with(words[i - 2].suffix, ".") && weekday_name(words[i - 2].core);
  bool after = i + 2 < words.size() && words[i + 1].suffix.empty() && joins_days(words[i + 1].core) &&
               words[i + 2].core.size() <= 5 && weekday_name(words[i + 2].core);
  return before || after;
}

// "Sat/Sun", "Fri/Sat": two days joined by a slash are both days, "Saturday and Sunday"; the
// short names had been read as words ("sat sun"). Each side is capitalised, as a day is.
std::optional<Match> slashed_days(const Word& w) {
  std::size_t slash = w.core.find('/');
  if (slash == std::string_view::npos || !w.prefix.empty()) return std::nullopt;
  std::string_view a = w.core.substr(0, slash);
  std::string_view b = w.core.substr(slash + 1);
  if (a.empty() || b.empty() || !text::is_upper(a[0]) || !text::is_upper(b[0])) return std::nullopt;
  auto first = weekday_name(a);
  auto second = weekday_name(b);
  if (!first || !second || *first == *second) return std::nullopt;
  return Match{1, *first + " and " + *second, false};
}

// "F", "S", "Sa": the letters that close a working week's span opened by "M" (Monday to Friday or
// to Saturday). Other pairs name other things as often ("W-S" Winston-Salem, "M-W" Merriam-Webster).
std::optional<std::string_view> closing_day(std::string_view letters) {
  if (letters == "F") return "Friday";
  if (letters == "S" || letters == "Sa") return "Saturday";
  return std::nullopt;
}

// "08:00", "17.30": a clock written with a colon or a point between hour and minutes.
bool hour_and_minutes(std::string_view s) {
  std::size_t mark = s.find_first_of(":.");
  return mark != std::string_view::npos && mark >= 1 && mark <= 2 && s.size() == mark + 3 &&
         text::all_digits(s.substr(0, mark)) && text::all_digits(s.substr(mark + 1));
}

// Whether a word is a time written as one: "9am", "9-5pm", "8am-8pm", "a.m." after "9", or two
// clocks joined by a dash ("08:00-17:00"). A lone colon pair ("1:1", "4:1") is a ratio as often.
bool written_as_time(const Word& w) {
  std::string_view core = w.core;
  if (is_am_pm(text::core_with_period(w))) return true;
  if (glued_clock(core) && core.substr(0, core.size() - 2).find_first_not_of("0123456789:.-apm\u2013") == std::string_view::npos) {
    return true;
  }
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at != std::string_view::npos && hour_and_minutes(core.substr(0, at)) &&
        hour_and_minutes(core.substr(at + dash.size()))) {
      return true;
    }
  }
  return false;
}

// "Staff work M-F, 9 a.m.-5 p.m.", "open M–Sa 8am-8pm": Monday's letter dashed to Friday's or
// Saturday's with a time written as one within three words is the span of days, "Monday to
// Friday"; eSpeak NG had said the letters. Without the time the letters stay ("the M-F ratio").
std::optional<Match> letter_day_span(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto sides = text::split_at_range_dash(w.core);
  if (!sides || sides->before != "M" || !w.prefix.empty()) return std::nullopt;
  auto to = closing_day(sides->after);
  if (!to) return std::nullopt;
  bool hours = false;
  std::size_t lo = i >= 3 ? i - 3 : 0;
  for (std::size_t j = lo; j < std::min(words.size(), i + 4); ++j) hours = hours || (j != i && written_as_time(words[j]));
  if (!hours) return std::nullopt;
  return Match{1, "Monday to " + std::string(*to), false};
}

}  // namespace

// "Mon., Oct. 5", "Thurs. Jan. 9": a weekday abbreviated with its period before a month is the
// day's name; its period is no sentence end.
std::optional<Match> match_abbreviated_weekday(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto days = slashed_days(w)) return days;
  if (auto span = letter_day_span(words, i)) return span;
  bool dotted = text::starts_with(w.suffix, ".");
  // "Mon, June 5": a page's date line. After "the" a short name is a paper's ("The Sun, June 5").
  bool after_the = i > 0 && text::lower(words[i - 1].core) == "the";
  bool comma = w.suffix == "," && !after_the;
  if (w.core.size() > 5 || !(dotted || comma || w.suffix.empty())) return std::nullopt;
  auto day = weekday_name(w.core);
  if (!day) return std::nullopt;
  // "on Wed.", "until Fri.", "10 a.m. Tues.": after a preposition of time or a clock's a.m. or
  // p.m. it is the day, wherever it stands; its period stays only when it also ends the sentence.

  bool after_clock = i > 0 && words[i - 1].suffix.size() <= 1 &&
                     (is_am_pm(text::core_with_period(words[i - 1])) || glued_clock(words[i - 1].core));
  // "starts Thurs. at 8 p.m.", "Fri. night": a time of that day after it.
  bool before_time = w.suffix == "." && i + 1 < words.size() && !after_the &&
                     text::is_one_of(words[i + 1].core, {"at", "morning", "afternoon", "evening", "night"});
  if (dotted && (after_clock || before_time || in_pair_of_days(words, i) || (i > 0 && words[i - 1].suffix.empty() &&
      text::is_one_of_lowered(words[i - 1].core, {"on", "by", "for", "until", "till", "since", "before", "after",
                                                     "through", "thru", "next", "last", "every", "from", "between"})))) {
    return Match{1, *day, !period_ends_sentence(words, i)};
  }
  // "the game on Sat., when", "Tue. shows", "by 00Z Sat. 2 storms": a capitalised short day whose
  // period goes on into its sentence (a comma, a lowercase word or a figure after it) is the day.
  // After "the" it may be a paper's name ("the Sun., which"), left alone.
  // After a capitalised word, or a comma after one, it is a county or a paper ("Chepstow, Mon.,
  // police said", "the Baltimore Sun., which").
  bool after_capital = i > 0 && text::is_capitalized(words[i - 1].core) &&
                       (words[i - 1].suffix.empty() || words[i - 1].suffix == ",");
  if (!after_the && !after_capital && period_goes_on(words, i)) return Match{1, *day, true};
  // "it was Wed.", "the count is Fri.; ": after "was" or "is" a capitalised "Wed." is no verb. It
  // closes its clause, so its period stays unless a lowercase word goes on.
  if (dotted && i > 0 && words[i - 1].suffix.empty() && text::is_one_of(words[i - 1].core, {"was", "is"})) {
    bool goes_on = i + 1 < words.size() && !words[i + 1].core.empty() && text::is_lower(words[i + 1].core[0]);
    return Match{1, *day, goes_on};
  }
  // "from Mon to Sat": two short names spanning a week's days without periods each say the
  // other is a day ("Sat and Sun" may be a verb and a star, and is left to the other rules).
  auto spans = [](std::string_view joiner) { return text::is_one_of(joiner, {"to", "through", "thru", "till", "until"}); };
  bool short_pair = (i + 2 < words.size() && w.suffix.empty() && words[i + 1].suffix.empty() &&
                     spans(words[i + 1].core) && words[i + 2].core.size() <= 5 && weekday_name(words[i + 2].core)) ||
                    (i >= 2 && words[i - 1].suffix.empty() && spans(words[i - 1].core) &&
                     words[i - 2].suffix.empty() && words[i - 2].core.size() <= 5 && weekday_name(words[i - 2].core));
  if (short_pair) return Match{1, *day, dotted && !period_ends_sentence(words, i)};
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (dotted && month_number(words[i + 1].core, true)) return Match{1, *day, true};
  // "Mon March 4, 2024": a page's date line, the month and its day after an undotted day.
  if (w.suffix.empty() && i + 2 < words.size() && words[i + 1].suffix.empty() && month_number(words[i + 1].core, true) &&
      day_number(words[i + 2].core)) {
    return Match{1, *day, false};
  }
  if (comma && i + 2 < words.size() && month_number(words[i + 1].core, true) && day_number(words[i + 2].core)) {
    return Match{1, *day, false};
  }
  // "Sat 3rd Feb", "Tues 12th March": British copy drops the period before a day and month.
  if (i + 2 < words.size() && day_number(words[i + 1].core) && words[i + 1].suffix.empty() &&
      month_number(words[i + 2].core, false)) {
    return Match{1, *day, dotted};
  }
  return std::nullopt;
}

// "Tuesday 6th", "on Friday the 13th": a weekday and the day of the month with its ordinal
// ending is said with "the", as a newsreader does ("Tuesday the sixth"). A month after the day
// ("Tuesday 6th May") is left to the day-and-month rule.
std::optional<Match> match_weekday_and_day(const Words& words, std::size_t i) {
  const Word& first = words[i];
  const Word& second = words[i + 1];
  if (!first.suffix.empty() || !second.prefix.empty() || !weekday_name(first.core)) return std::nullopt;
  if (second.core.size() < 3 || !text::is_alpha(second.core.back()) || !day_number(second.core)) return std::nullopt;
  bool month_after = second.suffix.empty() && i + 2 < words.size() && month_number(words[i + 2].core, false);
  if (month_after) return std::nullopt;
  return Match{2, *weekday_name(first.core) + " the " + ordinal_words(std::to_string(*day_number(second.core))), false};
}

}  // namespace briefcast::rules
