// The starred top grade of British exams: "A*" is "A star", a grade above "A", and "A*-C" is
// the band "A star to C", "A*/A" the pair "A star or A" (without this the star reads as a footnote mark and is dropped);
// "A/7" pairs a letter grade with its number; a listed building's "Grade II*" is "Grade two star". Also two report terms: "1H" (first half) and
// "Q/Q" (quarter on quarter).
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

bool is_grade_letter(char c) { return c >= 'A' && c <= 'G'; }

// "Grade II*", "grade II*-listed": England's listed buildings have a starred grade between
// Grade I and Grade II; the star is part of the grade ("Grade two star"), not a footnote mark
// to drop, which made it the lower grade.
std::optional<Match> starred_listing(const Words& words, std::size_t i) {
  if (!text::iequals(words[i].core, "grade") || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  const Word& next = words[i + 1];
  std::string_view core = next.core;
  std::size_t star = core.find('*');
  std::string_view numeral = core.substr(0, star);
  std::string_view tail = star == std::string_view::npos ? std::string_view() : core.substr(star + 1);
  bool starred = star == std::string_view::npos ? text::starts_with(next.suffix, "*") : tail.empty() || tail[0] == '-';
  if (!next.prefix.empty() || !starred || !text::is_one_of(numeral, {"I", "II", "III"})) return std::nullopt;
  std::string said = std::string(words[i].core) + " " + cardinal_words(std::to_string(numeral.size())) + " star";
  // "II*-listed": the word joined after the star follows it ("Grade two star listed").
  if (!tail.empty()) said += " " + std::string(tail.substr(1));
  return Match{2, said, false};
}

}  // namespace

std::optional<Match> match_grade(const Words& words, std::size_t i) {
  if (auto listing = starred_listing(words, i)) return listing;
  const Word& w = words[i];
  // "an A/7", "grade 4/C": a letter grade and its number on the nine-to-one scale, either one.
  if (w.core.size() == 3 && w.core[1] == '/' && i > 0) {
    char a = w.core[0];
    char b = w.core[2];
    bool letter_number = is_grade_letter(a) && b >= '1' && b <= '9';
    bool number_letter = a >= '1' && a <= '9' && is_grade_letter(b);
    std::string before = text::lower(words[i - 1].core);
    if ((letter_number || number_letter) && text::is_one_of(before, {"a", "an", "at", "grade", "grades", "the"})) {
      std::string said = letter_number ? std::string(1, a) + " or " + cardinal_words(std::string(1, b))
                                       : cardinal_words(std::string(1, a)) + " or " + std::string(1, b);
      return Match{1, said, false};
    }
  }
  // "1H loss", "2H profit": a half of the financial year.
  if ((w.core == "1H" || w.core == "2H") && i + 1 < words.size() && w.suffix.empty()) {
    return Match{1, w.core[0] == '1' ? "first half" : "second half", false};
  }
  // "fell 16% Q/Q": quarter on quarter.
  if (w.core == "Q/Q" || w.core == "q/q") return Match{1, "quarter on quarter", false};
  // "A*": the star is split off as trailing punctuation.
  if (w.core == "A" && !w.suffix.empty() && w.suffix[0] == '*') return Match{1, "A star", false};
  std::string_view core = w.core;
  if (core == "A*s") return Match{1, "A stars", false};
  // "A*/A", "A*/B": two grades offered together, "A star or A".
  if (core.size() == 4 && text::starts_with(core, "A*/") && is_grade_letter(core[3])) {
    return Match{1, "A star or " + std::string(1, core[3]), false};
  }
  // "A*-C", "A*–A": a band of grades.
  if (core.size() >= 4 && text::starts_with(core, "A*")) {
    std::string_view rest = core.substr(2);
    std::string_view dash = text::starts_with(rest, "\u2013") ? rest.substr(0, 3) : rest.substr(0, 1);
    if (dash != "-" && dash != "\u2013") return std::nullopt;
    rest.remove_prefix(dash.size());
    if (rest.size() == 1 && is_grade_letter(rest[0])) return Match{1, "A star to " + std::string(rest), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
