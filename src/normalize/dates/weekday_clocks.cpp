// A weekday abbreviated without its period before a clock time: "Sat 23:00 to Mon 05:00",
// "Sun 10:00-16:00", "Fri 7.30pm", and the first of two joined days ("Mon - Fri 8:00am").
// Timetables and notices write days so; "Sat", "Sun" and "Mon" are otherwise words (eSpeak NG
// said "sat", "mon"), but before a time they are days.
#include "normalize/dates/dates.h"
#include "normalize/match.h"

namespace briefcast::rules {

namespace {

// "23:00", "10:00-16:00", "7.30pm", "9am": a clock time opens the word.
bool opens_with_clock(std::string_view core) {
  std::size_t k = text::digit_run_end(core, 0, 2);
  if (k == 0) return false;
  std::string_view rest = core.substr(k);
  auto am_pm = [](std::string_view s) { return text::starts_with(s, "am") || text::starts_with(s, "pm"); };
  if (am_pm(rest)) return true;
  if (rest.size() < 3 || (rest[0] != ':' && rest[0] != '.') || !text::is_digit(rest[1]) || !text::is_digit(rest[2])) return false;
  return rest[0] == ':' || am_pm(rest.substr(3));
}

// "1200 hrs Tue", "0800 hours Wed.": a clock in the 24-hour form and its hours before the day,
// as a notice of cut-offs writes it. The day's period, if any, is left to end the sentence.
bool after_hours_clock(const Words& words, std::size_t i) {
  if (i < 2 || !words[i - 1].suffix.empty() || !words[i - 2].suffix.empty() || !words[i].prefix.empty()) return false;
  if (!text::is_one_of_lowered(words[i - 1].core, {"hrs", "hours", "hr"})) return false;
  std::string_view clock = words[i - 2].core;
  bool four_figures = clock.size() == 4 && text::all_digits(clock);
  bool colon = clock.size() == 5 && clock[2] == ':' && text::all_digits(clock.substr(0, 2)) && text::all_digits(clock.substr(3));
  return four_figures || colon;
}

}  // namespace

std::optional<Match> match_weekday_clock(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() >= 3 && w.core.size() <= 5 && (w.suffix.empty() || w.suffix == "." || w.suffix == ",") &&
      after_hours_clock(words, i)) {
    if (auto day = weekday_name(w.core)) return Match{1, *day, false};
  }
  if (!w.prefix.empty() || !w.suffix.empty() || w.core.size() < 3 || w.core.size() > 5 || !text::is_capitalized(w.core) ||
      text::all_upper(w.core) || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto day = weekday_name(w.core);
  if (!day || *day == w.core) return std::nullopt;
  // "The Sun 10:00 edition": after "the" a short name is a paper's.
  if (i > 0 && text::lower(words[i - 1].core) == "the") return std::nullopt;
  if (opens_with_clock(words[i + 1].core)) return Match{1, *day, false};
  // "Mon - Fri 8:00am", "Sat & Sun 10:00": the first of two days before the time.
  bool joined = i + 3 < words.size() && text::is_one_of(words[i + 1].raw, {"-", "\u2013", "to", "&", "and"}) &&
                words[i + 2].prefix.empty() && words[i + 2].suffix.empty() && weekday_name(words[i + 2].core) &&
                words[i + 2].core.size() <= 5 && words[i + 3].prefix.empty() && opens_with_clock(words[i + 3].core);
  if (joined) return Match{1, *day, false};
  return std::nullopt;
}

}  // namespace briefcast::rules
