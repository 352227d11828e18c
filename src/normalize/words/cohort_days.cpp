// The days of an app's or a game's cohort metrics, listed with slashes: "D1/D7/D30 retention"
// -> "day one, day seven and day thirty retention". Each "D" is the day after install a
// cohort is measured on; read as written it was "D one slash D seven slash D thirty". Taken
// only beside a word of those metrics, so a grade list ("D1/D2") or a road stays.
#include <vector>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_cohort_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"retention", "retained", "retain", "cohort", "cohorts", "churn", "roas", "ltv",
                                     "arpdau", "arpu", "dau", "installs", "payers"});
}

}  // namespace

std::optional<Match> match_cohort_days(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core[0] != 'D' || core.find('/') == std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> parts = text::split(core, '/');
  std::vector<std::string> days;
  for (std::string_view part : parts) {
    std::string_view figure = part.substr(1);
    if (part.size() < 2 || part[0] != 'D' || figure.size() > 3 || !text::all_digits(figure) || figure[0] == '0') {
      return std::nullopt;
    }
    days.push_back("day " + cardinal_words(figure));
  }
  if (!text::any_word_near(words, i, 3, is_cohort_word)) return std::nullopt;
  std::string said;
  for (std::size_t k = 0; k < days.size(); ++k) {
    if (k > 0) said += k + 1 == days.size() ? " and " : ", ";
    said += days[k];
  }
  return Match{1, said, false};
}

}  // namespace briefcast::rules
