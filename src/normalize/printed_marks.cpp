#include "normalize/printed_marks.h"

#include <string_view>

#include "normalize/text_util.h"

namespace briefcast::rules {

// "as the groups combined.4 And then": a note number printed as a superscript comes out as
// figures glued after a sentence's period; a reader does not say it. Only one or two figures
// after a word of three or more lower-case letters, before a capital or the line's end, so
// "v.2", "No.1" and decimals stay.
namespace {

// "endorsement points1 than": a note number glued to a plural word. Only one or two figures
// after five or more lower-case letters that end in a plural "s" (not "ss"), the whole word,
// so codes ("python3", "mp3", "cas9") stay.
bool plural_with_note(std::string_view word, std::size_t& figures) {
  std::size_t end = word.size();
  while (end > 0 && text::is_digit(word[end - 1])) --end;
  figures = word.size() - end;
  if (figures == 0 || figures > 2 || end < 5 || word[end - 1] != 's' || word[end - 2] == 's') return false;
  for (std::size_t k = 0; k < end; ++k) {
    if (!text::is_lower(word[k])) return false;
  }
  return true;
}

std::string without_plural_note_numbers(std::string s) {
  std::string out;
  out.reserve(s.size());
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    std::string_view token(s.data() + start, end - start);
    // Closing punctuation after the figures stays: "results12," -> "results,".
    std::size_t core_end = token.size();
    while (core_end > 0 && std::string_view(".,;:!?)\"'").find(token[core_end - 1]) != std::string_view::npos) --core_end;
    std::size_t figures = 0;
    if (plural_with_note(token.substr(0, core_end), figures)) {
      out.append(token.substr(0, core_end - figures)).append(token.substr(core_end));
    } else {
      out.append(token);
    }
    if (end < s.size()) out.push_back(' ');
    start = end + 1;
  }
  return out;
}

// Whether s[at] opens a note number in square brackets, "[12]", and where it ends.
std::size_t bracketed_note_end(std::string_view s, std::size_t at) {
  std::size_t j = at + 1;
  j = text::digit_run_end(s, j, at + 4);
  if (j == at + 1 || j >= s.size() || s[j] != ']') return 0;
  return j + 1;
}

// Whether the letters ending at s[end - 1] make a plain word, two letters or more opening the
// text or after a space or an opening mark: "Spell[2]", not the code of "sys.argv[1]".
bool plain_word_before(std::string_view s, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && text::is_alpha(s[start - 1])) --start;
  return end - start >= 2 && (start == 0 || std::string_view(" (\"'").find(s[start - 1]) != std::string_view::npos);
}

// "the dark fire.[6]", "in Charms class.[3][4] The", "Spell[2] (Aguamenti)": a reference
// copied from a wiki leaves its note numbers in brackets, glued to the word or the period
// before them. A newsreader skips them; read, they were figures in the sentence ("fire. six").
// Only right after a letter or closing punctuation, and before a space, punctuation or the
// line's end: "[1] Smith, J." opening a list item and "a[2]" inside a formula stay.
std::string without_bracketed_notes(std::string s) {
  if (s.find('[') == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    bool after_mark = i >= 2 && std::string_view(".,;:!?)\"'").find(s[i - 1]) != std::string_view::npos &&
                      (text::is_alpha(s[i - 2]) || s[i - 2] == ')');
    bool glued = s[i] == '[' && (after_mark || plain_word_before(s, i));
    std::size_t end = glued ? bracketed_note_end(s, i) : 0;
    // "[3][4]": the notes that follow at once go with the first.
    while (end > 0 && end < s.size() && s[end] == '[' && bracketed_note_end(s, end) > 0) end = bracketed_note_end(s, end);
    bool closes = end > 0 && (end == s.size() || std::string_view(" .,;:!?)\"'").find(s[end]) != std::string_view::npos);
    if (closes) {
      i = end;
      continue;
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

}  // namespace

std::string without_note_numbers(std::string s) {
  s = without_bracketed_notes(without_plural_note_numbers(std::move(s)));
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    out.push_back(s[i]);
    if (s[i] == '.' && i >= 3 && text::is_lower(s[i - 1]) && text::is_lower(s[i - 2]) && text::is_lower(s[i - 3])) {
      std::size_t j = i + 1;
      j = text::digit_run_end(s, j, i + 3);
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

// "[t]he plan", "bill[ion]": letters an editor put in square brackets inside a word complete it;
// a reader says the word whole ("the plan"), where the brackets split it for eSpeak NG ("t he").
// Only letters inside, touching a letter on at least one side, so "[1]" and "[sic]" stay.
std::string without_editorial_brackets(std::string s) {
  std::size_t at = 0;
  while ((at = s.find('[', at)) != std::string::npos) {
    std::size_t close = at + 1;
    while (close < s.size() && text::is_alpha(s[close])) ++close;
    bool letters = close > at + 1 && close < s.size() && s[close] == ']';
    bool joined = letters && ((at > 0 && text::is_alpha(s[at - 1])) || (close + 1 < s.size() && text::is_alpha(s[close + 1])));
    if (!joined) {
      ++at;
      continue;
    }
    s.erase(close, 1);
    s.erase(at, 1);
  }
  return s;
}

// "a .45-caliber pistol", "a .22 caliber rifle": a caliber is written with a leading point
// but said as a whole number ("forty-five-caliber"), so the point goes.
std::string without_caliber_points(std::string s) {
  std::size_t at = 0;
  while ((at = s.find('.', at)) != std::string::npos) {
    std::size_t j = at + 1;
    j = text::digit_run_end(s, j);
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

// "Apple\u2122", "Google\u00ae": the trade mark signs after a name are print, not words; eSpeak
// NG said "trade mark" and "registered" in the middle of the sentence. Only right after a
// letter, digit or closing mark, so a sign standing alone is left to the other rules.
std::string without_trade_marks(std::string line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t k = 0; k < line.size(); ++k) {
    std::string_view rest(line.data() + k, line.size() - k);
    bool after_word = !out.empty() && (text::is_alnum(out.back()) || out.back() == ')' || out.back() == '"');
    std::size_t width = 0;
    for (std::string_view sign : {"\u2122", "\u00ae", "\u2120"}) {
      if (text::starts_with(rest, sign)) width = sign.size();
    }
    if (width > 0 && after_word) {
      k += width - 1;
      continue;
    }
    out.push_back(line[k]);
  }
  return out;
}

}  // namespace briefcast::rules
