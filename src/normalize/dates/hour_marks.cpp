// "07h30", "9h15", "21h00": the 24-hour clock as France, Belgium, Switzerland, Quebec and much
// of Africa write it, an "h" for the colon. eSpeak NG said the letter ("seven H thirty"); with
// its colon ("07:30") the clock rules read it as any time of day. A lone "5h" stays hours, and
// an "h" between other figures ("2h305") is no clock.
#include <string>

#include "normalize/text_util.h"
#include "normalize/typeset_text.h"

namespace briefcast::rules {

namespace {

// Where a word may start: the line's start, a space or an opening bracket.
bool opens_word(std::string_view line, std::size_t k) { return k == 0 || line[k - 1] == ' ' || line[k - 1] == '('; }

// The reading "HhMM" at k: its length, 0 when there is none.
std::size_t hour_mark_at(std::string_view line, std::size_t k) {
  std::size_t hours = text::digit_run_end(line, k) - k;
  std::size_t h = k + hours;
  if (hours < 1 || hours > 2 || h >= line.size() || line[h] != 'h') return 0;
  if (text::digit_run_end(line, h + 1) != h + 3) return 0;
  std::size_t end = h + 3;
  if (end < line.size() && (text::is_alnum(line[end]) || line[end] == '\'')) return 0;
  int hour = std::stoi(std::string(line.substr(k, hours)));
  int minute = (line[h + 1] - '0') * 10 + (line[h + 2] - '0');
  return hour <= 23 && minute <= 59 ? end - k : 0;
}

}  // namespace

std::string hour_mark_clocks(std::string line) {
  if (line.find('h') == std::string::npos) return line;
  for (std::size_t k = 0; k < line.size(); ++k) {
    if (!text::is_digit(line[k]) || !opens_word(line, k)) continue;
    std::size_t length = hour_mark_at(line, k);
    if (length == 0) continue;
    line[k + length - 3] = ':';
    k += length - 1;
  }
  return line;
}

}  // namespace briefcast::rules
