// A time written with minute and second marks, as cycling and skiing results print a gap or a
// stage time: "won by 1'23\"", "+2'05\"". The same shape is a height in feet and inches ("6'2\""),
// but no height has twelve inches or more, or an inch figure with a leading zero: such a figure
// after the mark is seconds. Read as a height it was "one foot twenty three".
#include "normalize/rules.h"

namespace briefcast::rules {

std::optional<Match> match_minute_marks(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix.empty() || w.suffix[0] != '"') return std::nullopt;
  std::string_view core = w.core;
  std::string sign;
  if (!core.empty() && (core[0] == '+' || core[0] == '-')) {
    sign = core[0] == '+' ? "plus " : "minus ";
    core.remove_prefix(1);
  }
  std::size_t mark = core.find('\'');
  if (mark == std::string_view::npos || mark == 0 || mark > 2 || core.size() != mark + 3) return std::nullopt;
  std::string_view minutes = core.substr(0, mark);
  std::string_view seconds = core.substr(mark + 1);
  if (!text::all_digits(minutes) || !text::all_digits(seconds)) return std::nullopt;
  int s = std::stoi(std::string(seconds));
  if (s >= 60 || (s < 12 && seconds[0] != '0')) return std::nullopt;
  int m = std::stoi(std::string(minutes));
  std::string said = sign + integer_words(std::to_string(m), false, false) + (m == 1 ? " minute" : " minutes");
  if (s > 0) said += " " + integer_words(std::to_string(s), false, false) + (s == 1 ? " second" : " seconds");
  Match gap{1, said, false};
  gap.eat_mark = true;  // the second mark belongs to the figure
  return gap;
}

}  // namespace briefcast::rules
