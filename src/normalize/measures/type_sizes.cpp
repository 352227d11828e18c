// A typeface's size on its leading, as typesetters write it: "set in 10/13 pt Minion", "9/12pt",
// "11/14 point". The slashed figures had been read as a month and a day ("October thirteenth
// pt"), but a pair before a unit or a measure word is never a date. Said as typesetters say it:
// "ten on thirteen point". The leading is never less than the size, so a top over a smaller
// bottom is left to the other rules. Half and tenth sizes are set too ("9.5/11 pt", "8.5/10.4
// pt"): "nine point five on eleven point", never a share of eleven.
// A print job's inks per side ("4/4 CMYK") are read earlier, by print_inks.cpp.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_point_word(std::string_view w) { return text::is_one_of(w, {"pt", "pts", "point", "points"}); }

// "9.5": one or two figures, one decimal at most, as tenths of a point (0 when no size).
int tenths(std::string_view s) {
  std::size_t point = s.find('.');
  std::string_view whole = s.substr(0, point);
  if (whole.empty() || whole.size() > 2 || whole[0] == '0' || !text::all_digits(whole)) return 0;
  int value = std::stoi(std::string(whole)) * 10;
  if (point == std::string_view::npos) return value;
  if (s.size() != point + 2 || !text::is_digit(s[point + 1])) return 0;
  return value + (s[point + 1] - '0');
}

// "10/13" -> "ten on thirteen": a size of one or two figures on a leading no smaller.
std::optional<std::string> size_on_leading(std::string_view pair) {
  std::size_t slash = pair.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view left = pair.substr(0, slash);
  std::string_view right = pair.substr(slash + 1);
  int size = tenths(left);
  int leading = tenths(right);
  if (size < 40 || leading < size) return std::nullopt;
  auto said = [](std::string_view figure) { return number_words(*text::parse_plain_figure(figure), false); };
  return said(left) + " on " + said(right) + " point";
}

}  // namespace

std::optional<Match> match_type_size(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.size() < 3 || !text::is_digit(w.core[0])) return std::nullopt;
  // "9/12pt": the unit glued to the pair.
  std::size_t end = w.core.find_first_not_of("0123456789/.");
  if (end != std::string_view::npos) {
    auto said = is_point_word(w.core.substr(end)) ? size_on_leading(w.core.substr(0, end)) : std::nullopt;
    return said ? std::optional<Match>(Match{1, *said, false}) : std::nullopt;
  }
  if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() || !is_point_word(words[i + 1].core)) {
    return std::nullopt;
  }
  // "10/13 pt. Minion": with words after it, the period is the abbreviation's.
  auto said = size_on_leading(w.core);
  if (!said) return std::nullopt;
  bool abbreviated = words[i + 1].core == "pt" && text::has_period(words[i + 1]) && i + 2 < words.size();
  return Match{2, *said, abbreviated};
}

}  // namespace briefcast::rules
