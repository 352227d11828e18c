// A month and a year written with a slash: "best before 12/2026", "sold between 01/2023 and
// 06/2024", "exp. 3/2027". Read as a fraction ("twelve two thousand twenty sixths") they
// made no sense; they are said "December twenty twenty-six". A single-figure month needs a
// year that is not a round hundred ("1/2000" is a shutter speed), and a law's or an issue's
// number ("Law 3/2024", "Decree 12/2023", "Issue 3/2020") keeps its figures.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool numbers_a_text(std::string_view w) {
  return text::is_one_of_lowered(w, {"law", "laws", "act", "decree", "regulation", "directive", "resolution", "decision",
                                     "case", "no", "number", "ordinance", "bill", "order", "circular", "notice", "rule",
                                     "article", "section", "opinion", "judgment", "ruling", "reg", "dir", "issue", "issues", "vol", "volume",
                                     "nr", "ausgabe", "heft", "week", "wk", "kw", "kalenderwoche"});
}

}  // namespace

std::optional<Match> match_month_year(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::size_t slash = core.find('/');
  if (!w.prefix.empty() || (slash != 1 && slash != 2) || core.size() != slash + 5) return std::nullopt;
  std::string_view month = core.substr(0, slash);
  std::string_view year = core.substr(slash + 1);
  if (!text::all_digits(month) || !text::all_digits(year)) return std::nullopt;
  int m = std::stoi(std::string(month));
  int y = std::stoi(std::string(year));
  if (m < 1 || m > 12 || y < 1900 || y > 2099) return std::nullopt;
  if (month.size() == 1 && y % 100 == 0) return std::nullopt;
  bool share = w.suffix.empty() && i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"of", "sec", "s", "second"});
  bool numbered = i > 0 && numbers_a_text(words[i - 1].core);
  if (share || numbered) return std::nullopt;
  return Match{1, month_name(m) + " " + year_words(year), false};
}

}  // namespace briefcast::rules
