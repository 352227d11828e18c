// The codes of cosmetics, among their words:
//  - "from 1N to 8W": a shade named by its depth and its undertone's letter (N neutral, W warm,
//    C cool), said "eight W"; read as a unit it was "eight watts".
//  - "SPF 50+/PA++++": a sun cream's two ratings, the slash between them a pause, and the
//    pluses of the UVA grade each said ("fifty plus, P A plus plus plus plus"); the slash was
//    read aloud.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

// "8W", "1N", "3.5C", "10NW": one or two figures (a half allowed) and the undertone's letters.
std::optional<Match> shade(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0 || digits > 3 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view figure = core.substr(0, digits);
  std::string_view tone = core.substr(digits);
  if (!text::is_one_of(tone, {"N", "W", "C", "NW", "NC", "WN", "CN", "Y", "R", "P", "O"})) return std::nullopt;
  if (!text::all_digits(figure) && !(figure.size() == 3 && figure[1] == '.' && figure[2] == '5')) return std::nullopt;
  if (!text::any_word_near(words, i, kWindow, tells_of_cosmetics)) return std::nullopt;
  std::string letters;
  for (char c : tone) letters += std::string(letters.empty() ? "" : " ") + c;
  return Match{1, speak_word(figure) + " " + letters, false};
}

// "PA++++", "PA+++": the grade's letters and a "plus" for each of its marks.
std::optional<std::string> uva_grade(std::string_view core) {
  if (!text::starts_with(core, "PA") || core.size() < 3 || core.size() > 6) return std::nullopt;
  std::string said = "P.A";
  for (char c : core.substr(2)) {
    if (c != '+') return std::nullopt;
    said += " plus";
  }
  return said;
}

// "50+/PA++++", "30/PA+++": the SPF's figure, a plus when it is written, then the grade.
std::optional<Match> sun_ratings(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty()) return std::nullopt;
  if (auto grade = uva_grade(core)) return Match{1, *grade, false};
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 3) return std::nullopt;
  std::string_view spf = core.substr(0, slash);
  bool plus = spf.back() == '+';
  if (plus) spf.remove_suffix(1);
  auto grade = uva_grade(core.substr(slash + 1));
  if (spf.empty() || !text::all_digits(spf) || !grade) return std::nullopt;
  return Match{1, cardinal_words(spf) + (plus ? " plus, " : ", ") + *grade, false};
}

}  // namespace

std::optional<Match> match_shade_code(const Words& words, std::size_t i) {
  if (auto code = shade(words, i)) return code;
  return sun_ratings(words, i);
}

}  // namespace briefcast::rules
