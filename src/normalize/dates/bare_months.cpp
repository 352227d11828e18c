// A month shortened with no period and no day, after a preposition of time: "due in Sept,
// officials said", "from Sept to Dec", "until Oct". eSpeak NG said "sept" and "dec" as words and
// the month was lost. Only the short forms that are no word or name are read so ("Jan" and "Jun"
// are names, "Mar" and "May" words); the dotted forms are abbreviation.cpp's, a month with a
// year month_years.cpp's.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/match.h"

namespace briefcast::rules {

namespace {

bool is_bare_month(std::string_view core) {
  static constexpr std::array<std::string_view, 9> kShort = {"Feb", "Apr", "Jul", "Aug", "Sep",
                                                            "Sept", "Oct", "Nov", "Dec"};
  for (std::string_view m : kShort) {
    if (core == m) return true;
  }
  return false;
}

// "in", "from", "until", "end of": the words before a month that place an event in time.
bool places_in_time(std::string_view word) {
  return text::is_one_of_lowered(word, {"in", "since", "until", "till", "by", "from", "before", "after", "through",
                                        "during", "to", "of", "last", "next", "this", "early", "late", "mid"});
}

}  // namespace

std::optional<Match> match_bare_month(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || text::starts_with(w.suffix, ".") || !is_bare_month(w.core)) return std::nullopt;
  if (!words[i - 1].suffix.empty() || !places_in_time(words[i - 1].core)) return std::nullopt;
  return Match{1, month_name(*month_number(w.core, false)), false};
}

}  // namespace briefcast::rules
