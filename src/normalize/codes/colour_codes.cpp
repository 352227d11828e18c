// A printer's colour by its number in a matching system after "Pantone" or "PMS": "Pantone 186
// C and 2995 C", "PMS 7621". The number is a name said in pairs as a model's is ("one eighty
// six", "twenty nine ninety five"), its finish letter after it ("C", "U"); four figures were a
// count ("two thousand nine hundred ninety five").
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_colour_system(std::string_view w) { return text::is_one_of(w, {"Pantone", "PANTONE", "PMS"}); }

// "Pantone" within the six words before word i, the list of its colours between.
bool after_colour_system(const Words& words, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 6; --k) {
    if (is_colour_system(words[k - 1].core)) return true;
  }
  return false;
}

}  // namespace

std::optional<Match> match_colour_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::size_t end = text::digit_run_end(core, 0);
  if (!w.prefix.empty() || end < 3 || end > 4 || core[0] == '0') return std::nullopt;
  std::string_view finish = core.substr(end);
  if (!finish.empty() && !text::is_one_of(finish, {"C", "U", "M", "CP", "UP"})) return std::nullopt;
  if (!after_colour_system(words, i)) return std::nullopt;
  std::string said = paired_digit_words(core.substr(0, end));
  if (!finish.empty()) said += " " + spelled_letters(finish);
  return Match{1, said, false};
}

}  // namespace briefcast::rules
