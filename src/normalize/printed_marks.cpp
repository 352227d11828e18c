#include "normalize/printed_marks.h"

#include <string_view>

#include "normalize/text_util.h"

namespace briefcast::rules {

// "as the groups combined.4 And then": a note number printed as a superscript comes out as
// figures glued after a sentence's period; a reader does not say it. Only one or two figures
// after a word of three or more lower-case letters, before a capital or the line's end, so
// "v.2", "No.1" and decimals stay.
std::string without_note_numbers(std::string s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    out.push_back(s[i]);
    if (s[i] == '.' && i >= 3 && text::is_lower(s[i - 1]) && text::is_lower(s[i - 2]) && text::is_lower(s[i - 3])) {
      std::size_t j = i + 1;
      while (j < s.size() && j < i + 3 && text::is_digit(s[j])) ++j;
      bool figures = j > i + 1 && (j == s.size() || !text::is_digit(s[j]));
      bool before_capital = j == s.size() || (s[j] == ' ' && j + 1 < s.size() && text::is_upper(s[j + 1]));
      // Inside an address the period is a separator ("me.12@site.com", "site.net/a.12",
      // "www.news.co.12"): the word holds an "@", a "/" or another period.
      std::size_t start = s.rfind(' ', i);
      start = start == std::string::npos ? 0 : start + 1;
      std::string_view token(s.data() + start, j - start);
      std::size_t end = s.find(' ', j);
      std::string_view rest(s.data() + j, (end == std::string::npos ? s.size() : end) - j);
      bool address = token.substr(0, i - start).find('.') != std::string_view::npos ||
                     token.find_first_of("@/") != std::string_view::npos || rest.find_first_of("@/.") != std::string_view::npos;
      if (figures && before_capital && !address) {
        i = j;
        continue;
      }
    }
    ++i;
  }
  return out;
}

// "a .45-caliber pistol", "a .22 caliber rifle": a caliber is written with a leading point
// but said as a whole number ("forty-five-caliber"), so the point goes.
std::string without_caliber_points(std::string s) {
  std::size_t at = 0;
  while ((at = s.find('.', at)) != std::string::npos) {
    std::size_t j = at + 1;
    while (j < s.size() && text::is_digit(s[j])) ++j;
    bool starts_word = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(';
    std::string_view rest = std::string_view(s).substr(j);
    bool caliber = !rest.empty() && (rest[0] == '-' || rest[0] == ' ') && text::starts_with(rest.substr(1), "calib");
    if (starts_word && (j - at == 3 || j - at == 4) && caliber) {
      s.erase(at, 1);
    } else {
      ++at;
    }
  }
  return s;
}

}  // namespace briefcast::rules
