// The starred top grade of British exams: "A*" is "A star", a grade above "A",
// and "A*-C" is the band "A star to C". Without this the star reads as a
// footnote mark and is dropped, and "an A* or A grade" becomes "an A or A
// grade".
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_grade_letter(char c) { return c >= 'A' && c <= 'G'; }

} // namespace

std::optional<Match> match_grade(const Words &words, std::size_t i) {
  const Word &w = words[i];
  // "A*": the star is split off as trailing punctuation.
  if (w.core == "A" && !w.suffix.empty() && w.suffix[0] == '*')
    return Match{1, "A star", false};
  std::string_view core = w.core;
  if (core == "A*s")
    return Match{1, "A stars", false};
  // "A*-C", "A*–A": a band of grades.
  if (core.size() >= 4 && text::starts_with(core, "A*")) {
    std::string_view rest = core.substr(2);
    std::string_view dash = text::starts_with(rest, "\u2013")
                                ? rest.substr(0, 3)
                                : rest.substr(0, 1);
    if (dash != "-" && dash != "\u2013")
      return std::nullopt;
    rest.remove_prefix(dash.size());
    if (rest.size() == 1 && is_grade_letter(rest[0]))
      return Match{1, "A star to " + std::string(rest), false};
  }
  return std::nullopt;
}

} // namespace briefcast::rules
