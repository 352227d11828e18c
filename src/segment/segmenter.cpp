// Sentence splitting is rule-based rather than ICU's BreakIterator: ICU's sentence rules
// break after any period followed by a capital unless the word is in its small suppression
// list, so news text breaks after "Gen.", "Sen.", "U.S. officials"-style abbreviations and
// initials ("J. R. R. Tolkien"), and it cannot tell "in the U.S. The" from "U.S. Navy".
// The rules here know news abbreviations, treat some as ambiguous (they end a sentence only
// before a typical sentence opener), and keep quotes and brackets whole. Linear in the text.
#include "segment/segmenter.h"

#include <array>

namespace briefcast {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

// Never end a sentence: titles before a name, and abbreviations that always lead on.
constexpr std::array<std::string_view, 38> kLeading = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
    "Mt", "Ft", "Rev", "Hon", "Adm", "Maj", "Cpl", "Pres", "Supt", "Atty", "Insp", "Det", "Gens",
    "Sens", "Reps", "vs", "e.g", "i.e", "cf", "approx", "Fig", "fig", "Vol", "vol", "pp",
};

// End a sentence only before a word that typically opens one: "the U.S. Navy" runs on,
// "in the U.S. The" ends.
constexpr std::array<std::string_view, 14> kAmbiguous = {
    "St", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "a.m", "p.m", "Ave", "Bros", "No", "Univ",
};

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                                                      "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};

constexpr std::array<std::string_view, 52> kOpeners = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On",
    "At", "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "My",
    "Meanwhile", "However", "After", "When", "While", "If", "As", "For", "So", "Now", "Then",
    "Still", "Yet", "Also", "Some", "Many", "Most", "Officials", "Police", "Critics", "What",
    "Why", "How", "Who", "Earlier", "Later",
};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }

// UTF-8 closing quotes ” and ’ are three bytes: E2 80 9D / E2 80 99.
std::size_t closer_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (is_closer(s[i])) return 1;
  if (s.substr(i, 3) == "\u201d" || s.substr(i, 3) == "\u2019" || s.substr(i, 2) == "\u00bb") {
    return s.substr(i, 2) == "\u00bb" ? 2 : 3;
  }
  return 0;
}

// The word ending just before position `end` (the terminator), back to the last space.
std::string_view word_before(std::string_view s, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && !is_space(s[start - 1])) --start;
  std::string_view word = s.substr(start, end - start);
  // Drop opening quotes and brackets: "(Gen." is still "Gen".
  while (!word.empty() && (word[0] == '"' || word[0] == '(' || word[0] == '[' || word[0] == '\'')) word.remove_prefix(1);
  return word;
}

std::string_view word_at(std::string_view s, std::size_t start) {
  std::size_t end = start;
  while (end < s.size() && !is_space(s[end])) ++end;
  std::string_view word = s.substr(start, end - start);
  while (!word.empty() && !is_alpha(word.back()) && !is_digit(word.back())) word.remove_suffix(1);
  return word;
}

// "U.S", "U.K", "e.g": single letters joined by periods.
bool is_dotted_letters(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    bool letter_slot = i % 2 == 0;
    if (letter_slot ? !is_alpha(word[i]) : word[i] != '.') return false;
  }
  return true;
}

// Whether the period at `dot`, followed by the word at `next`, ends the sentence.
bool period_ends_sentence(std::string_view s, std::size_t dot, std::size_t next) {
  std::string_view word = word_before(s, dot);
  std::string_view following = word_at(s, next);
  if (word.empty()) return true;
  // An initial: "J. R. R. Tolkien", "George W. Bush".
  if (word.size() == 1 && is_upper(word[0])) return false;
  if (contains(kLeading, word)) return false;
  if (contains(kMonths, word)) return !(next < s.size() && is_digit(s[next]));
  bool opener = contains(kOpeners, following);
  if (contains(kAmbiguous, word) || is_dotted_letters(word)) return opener;
  return true;
}

// A sentence may start here: a capital, a figure, an opening quote or bracket, or a
// non-ASCII letter (accented capitals).
bool can_start(std::string_view s, std::size_t i) {
  if (i >= s.size()) return true;
  char c = s[i];
  if (is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c == '$') return true;
  return static_cast<unsigned char>(c) >= 0x80;
}

bool ends_with_terminator(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  while (!line.empty()) {
    std::size_t n = 0;
    if (is_closer(line.back())) {
      n = 1;
    } else if (line.size() >= 3 && (line.substr(line.size() - 3) == "\u201d" || line.substr(line.size() - 3) == "\u2019")) {
      n = 3;
    }
    if (n == 0) break;
    line.remove_suffix(n);
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
         (line.size() >= 3 && line.substr(line.size() - 3) == "\u2026");
}

void push_trimmed(std::vector<std::string>& out, std::string_view s) {
  std::string text;
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = !text.empty();
      continue;
    }
    if (space) text.push_back(' ');
    space = false;
    text.push_back(c);
  }
  if (!text.empty()) out.push_back(std::move(text));
}

// Splits one run of text (no line-end breaks inside) into sentences.
void split_run(std::string_view s, std::vector<std::string>& out) {
  // Quotes and brackets that do not pair up in this run are ignored, so that one stray
  // quote cannot swallow the rest of the paragraph.
  std::size_t straight_quotes = 0;
  long curly = 0;
  long round = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    straight_quotes += s[i] == '"' ? 1u : 0u;
    if (s.substr(i, 3) == "\u201c") ++curly;
    if (s.substr(i, 3) == "\u201d") --curly;
    if (s[i] == '(') ++round;
    if (s[i] == ')') --round;
  }
  bool track_straight = straight_quotes % 2 == 0;
  bool track_curly = curly == 0;
  bool track_round = round == 0;

  bool in_straight = false;
  long depth = 0;  // curly quotes and brackets
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"' && track_straight) {
      in_straight = !in_straight;
    } else if (track_curly && s.substr(i, 3) == "\u201c") {
      ++depth;
      i += 3;
      continue;
    } else if (track_curly && s.substr(i, 3) == "\u201d") {
      if (depth > 0) --depth;
      i += 3;
      continue;
    } else if (track_round && (c == '(' || c == '[')) {
      ++depth;
    } else if (track_round && (c == ')' || c == ']')) {
      if (depth > 0) --depth;
    }
    bool ellipsis = s.substr(i, 3) == "\u2026";
    if (c != '.' && c != '!' && c != '?' && !ellipsis) {
      ++i;
      continue;
    }
    // The terminator run: "?!", "...", "…".
    std::size_t end = i;
    while (end < s.size()) {
      if (s[end] == '.' || s[end] == '!' || s[end] == '?') {
        ++end;
      } else if (s.substr(end, 3) == "\u2026") {
        end += 3;
      } else {
        break;
      }
    }
    // Closing quotes and brackets belong to the sentence they close.
    while (std::size_t n = closer_length(s, end)) {
      if (s[end] == '"' && track_straight) in_straight = !in_straight;
      if ((s[end] == ')' || s[end] == ']') && track_round && depth > 0) --depth;
      if (n == 3 && s.substr(end, 3) == "\u201d" && track_curly && depth > 0) --depth;
      end += n;
    }
    std::size_t next = end;
    while (next < s.size() && is_space(s[next])) ++next;
    bool spaced = next > end || next == s.size();
    bool ends = spaced && !in_straight && depth == 0 && can_start(s, next);
    // A lone period may belong to an abbreviation; with a closing quote after it, or as
    // part of "?!" or an ellipsis, it ends the sentence.
    if (ends && s[i] == '.' && end == i + 1) {
      ends = period_ends_sentence(s, i, next);
    }
    if (ends && next < s.size()) {
      push_trimmed(out, s.substr(start, end - start));
      start = end;
    }
    i = end > i ? end : i + 1;
  }
  push_trimmed(out, s.substr(start));
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view paragraph) {
  std::vector<std::string> sentences;
  // Lines first: a line that ends without punctuation is a headline or a list item and
  // stands alone; punctuated lines are joined, since text may be wrapped mid-sentence.
  std::size_t run_start = 0;
  std::size_t line_start = 0;
  while (line_start <= paragraph.size()) {
    std::size_t line_end = paragraph.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = paragraph.size();
    std::string_view line = paragraph.substr(line_start, line_end - line_start);
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank && !ends_with_terminator(line)) {
      split_run(paragraph.substr(run_start, line_end - run_start), sentences);
      run_start = line_end;
    }
    if (line_end == paragraph.size()) break;
    line_start = line_end + 1;
  }
  if (run_start < paragraph.size()) split_run(paragraph.substr(run_start), sentences);
  return sentences;
}

std::vector<Segment> segment_article(const Article& article) {
  std::vector<Segment> segments;
  segments.push_back({SegmentKind::kTitle, article.title, "", 0});
  for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
    for (auto& sentence : split_sentences(article.paragraphs[p])) {
      segments.push_back({SegmentKind::kSentence, std::move(sentence), "", p});
    }
    segments.push_back({SegmentKind::kParagraphEnd, "", "", p});
  }
  return segments;
}

}  // namespace briefcast
