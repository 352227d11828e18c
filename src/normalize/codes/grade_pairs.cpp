// A grade in one system and its match in another, a spaced slash between them: "ABEC 5 / P5",
// "PEGI 12 / ESRB T", "EN 3 / ISO 4". Each side is a system's capitals with its grade, or a
// grade code ("P5"); the slash offers the second name of the same grade, said "or" (it was
// read "slash"). A bare pair ("24 / 7", "A1 / M1") has no system's name on the left and stays.
#include "normalize/codes/codes.h"
#include "normalize/match.h"

namespace briefcast::rules {

namespace {

// "ABEC", "PEGI", "ESRB": a rating system's capitals.
bool is_system_name(const Word& w) {
  return w.prefix.empty() && w.suffix.empty() && w.core.size() >= 2 && w.core.size() <= 5 && text::all_upper(w.core) &&
         text::all_alpha(w.core);
}

// "5", "12", "T", "AO", "P4": a grade within a system; short figures, capitals or both.
bool is_grade(std::string_view s) {
  if (s.empty() || s.size() > 3) return false;
  if (text::all_digits(s)) return s[0] != '0';
  return text::is_upper(s[0]) && s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+") == std::string_view::npos;
}

// "P5", "A2": a grade code, capitals then figures.
bool is_grade_code(std::string_view s) {
  std::size_t letters = 0;
  while (letters < s.size() && text::is_upper(s[letters])) ++letters;
  return letters >= 1 && letters <= 2 && letters < s.size() && s.size() - letters <= 2 && text::all_digits(s.substr(letters));
}

}  // namespace

std::optional<Match> match_grade_pair(const Words& words, std::size_t i) {
  if (words[i].core != "/" || !words[i].prefix.empty() || !words[i].suffix.empty() || i < 2 || i + 1 >= words.size()) {
    return std::nullopt;
  }
  const Word& grade = words[i - 1];
  // The first grade holds a figure: capitals on both sides ("GS KFT / FTO SM") are a table's heads.
  bool figured = grade.core.find_first_of("0123456789") != std::string_view::npos;
  if (!grade.prefix.empty() || !grade.suffix.empty() || !is_grade(grade.core) || !figured ||
      !is_system_name(words[i - 2])) {
    return std::nullopt;
  }
  const Word& next = words[i + 1];
  if (!next.prefix.empty()) return std::nullopt;
  bool code = is_grade_code(next.core);
  bool named = is_system_name(next) && i + 2 < words.size() && words[i + 2].prefix.empty() && is_grade(words[i + 2].core);
  if (!code && !named) return std::nullopt;
  return Match{1, "or", false};
}

}  // namespace briefcast::rules
