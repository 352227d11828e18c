#include "normalize/text_util.h"

#include <algorithm>

namespace briefcast::text {

namespace {

bool is_prefix_punct(std::string_view s, std::size_t i, std::size_t& length) {
  // U+2019 opens a word too: "’90s", where a right quote stands for the dropped figures.
  static constexpr std::string_view kMulti[] = {"\u201c", "\u2018", "\u2019", "\u00ab", "\u00bf", "\u00a1"};
  char c = s[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '`') {
    length = 1;
    return true;
  }
  for (std::string_view m : kMulti) {
    if (s.substr(i, m.size()) == m) {
      length = m.size();
      return true;
    }
  }
  return false;
}

bool is_suffix_punct(std::string_view s, std::size_t end, std::size_t& length) {
  static constexpr std::string_view kMulti[] = {"\u201d", "\u2019", "\u00bb", "\u2026"};
  char c = s[end - 1];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '`' || c == '.' || c == ',' || c == ';' ||
      c == ':' || c == '!' || c == '?' || c == '*') {
    length = 1;
    return true;
  }
  for (std::string_view m : kMulti) {
    if (end >= m.size() && s.substr(end - m.size(), m.size()) == m) {
      length = m.size();
      return true;
    }
  }
  return false;
}

}  // namespace

namespace {

unsigned char byte_at(std::string_view s, std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; }

}  // namespace

char subscript_digit(std::string_view s, std::size_t k, std::size_t& width) {
  width = 3;
  // U+2080 to U+2089: E2 82 80 to E2 82 89.
  unsigned char last = byte_at(s, k + 2);
  if (byte_at(s, k) == 0xE2 && byte_at(s, k + 1) == 0x82 && last >= 0x80 && last <= 0x89) {
    return static_cast<char>('0' + (last - 0x80));
  }
  return '\0';
}

char superscript_digit(std::string_view s, std::size_t k, std::size_t& width) {
  // One, two and three are Latin-1 (C2 B9, C2 B2, C2 B3); the rest U+2070, U+2074 to U+2079.
  width = 2;
  if (byte_at(s, k) == 0xC2) {
    unsigned char c = byte_at(s, k + 1);
    return c == 0xB9 ? '1' : c == 0xB2 ? '2' : c == 0xB3 ? '3' : '\0';
  }
  width = 3;
  if (byte_at(s, k) != 0xE2 || byte_at(s, k + 1) != 0x81) return '\0';
  unsigned char c = byte_at(s, k + 2);
  if (c == 0xB0) return '0';
  if (c >= 0xB4 && c <= 0xB9) return static_cast<char>('4' + (c - 0xB4));
  if (c == 0xBB) return '-';
  return '\0';
}

std::size_t digit_run_end(std::string_view s, std::size_t from, std::size_t limit) {
  const std::size_t stop = std::min(limit, s.size());
  while (from < stop && is_digit(s[from])) ++from;
  return from;
}

ThousandsGroups thousands_groups(std::string_view s, std::size_t from, char mark) {
  ThousandsGroups groups{from, 0};
  while (groups.end + 3 < s.size() && s[groups.end] == mark && digit_run_end(s, groups.end + 1) == groups.end + 4) {
    groups.end += 4;
    ++groups.count;
  }
  return groups;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

std::optional<std::string> with_decimal_point(std::string_view figure, std::size_t max_before, std::size_t min_after,
                                              std::size_t max_after) {
  std::size_t comma = figure.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > max_before) return std::nullopt;
  std::string_view before = figure.substr(0, comma);
  std::string_view after = figure.substr(comma + 1);
  if (after.size() < min_after || after.size() > max_after || !all_digits(before) || !all_digits(after)) {
    return std::nullopt;
  }
  std::string out(figure);
  out[comma] = '.';
  return out;
}

namespace {

// Where the first piece of `line` ends (its length), `line` being longer than `max_bytes`.
std::size_t piece_end(std::string_view line, std::size_t max_bytes) {
  const std::string_view head = line.substr(0, max_bytes);
  std::size_t best = std::string_view::npos;
  for (const std::string_view end : {". ", "! ", "? "}) {
    const std::size_t at = head.rfind(end);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) best = at;
  }
  if (best != std::string_view::npos && best > 0) return best + 1;
  const std::size_t space = head.rfind(' ');
  if (space != std::string_view::npos && space > 0) return space;
  const std::size_t next = line.find(' ', max_bytes);
  return next == std::string_view::npos ? line.size() : next;
}

}  // namespace

std::vector<std::string_view> bounded_pieces(std::string_view line, std::size_t max_bytes) {
  std::vector<std::string_view> pieces;
  while (line.size() > max_bytes) {
    const std::size_t end = piece_end(line, max_bytes);
    pieces.push_back(line.substr(0, end));
    line.remove_prefix(end);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  }
  if (!line.empty() || pieces.empty()) pieces.push_back(line);
  return pieces;
}

namespace {
thread_local LineCues* active_cues = nullptr;
}  // namespace

LineCues::LineCues(const std::vector<Word>& words) : words_(&words), outer_(active_cues) { active_cues = this; }

LineCues::~LineCues() { active_cues = outer_; }

std::optional<bool> LineCues::known(const std::vector<Word>& words, bool (*cue)(std::string_view core)) {
  if (active_cues == nullptr || active_cues->words_ != &words) return std::nullopt;
  for (const auto& [asked, answer] : active_cues->answers_) {
    if (asked == cue) return answer;
  }
  return std::nullopt;
}

void LineCues::remember(const std::vector<Word>& words, bool (*cue)(std::string_view core), bool answer) {
  if (active_cues != nullptr && active_cues->words_ == &words) active_cues->answers_.emplace_back(cue, answer);
}

std::optional<bool> LineCues::known(const std::vector<Word>& words, Fact fact) {
  if (active_cues == nullptr || active_cues->words_ != &words) return std::nullopt;
  for (const auto& [asked, answer] : active_cues->facts_) {
    if (asked == fact) return answer;
  }
  return std::nullopt;
}

void LineCues::remember(const std::vector<Word>& words, Fact fact, bool answer) {
  if (active_cues != nullptr && active_cues->words_ == &words) active_cues->facts_.emplace_back(fact, answer);
}

bool line_fact(const std::vector<Word>& words, LineCues::Fact fact) {
  if (auto answer = LineCues::known(words, fact)) return *answer;
  bool holds = fact(words);
  LineCues::remember(words, fact, holds);
  return holds;
}

bool any_word(const std::vector<Word>& words, bool (*cue)(std::string_view core)) {
  if (auto answer = LineCues::known(words, cue)) return *answer;
  bool found = std::any_of(words.begin(), words.end(), [cue](const Word& w) { return cue(w.core); });
  LineCues::remember(words, cue, found);
  return found;
}

bool any_word_near(const std::vector<Word>& words, std::size_t i, std::size_t span, bool (*cue)(std::string_view core)) {
  for (std::size_t k = i > span ? i - span : 0; k < words.size() && k <= i + span; ++k) {
    if (cue(words[k].core)) return true;
  }
  return false;
}

bool all_alpha(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_alpha(c)) return false;
  }
  return true;
}

bool is_letters_word(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-' || s.find("--") != std::string_view::npos) return false;
  for (char c : s) {
    if (!is_alpha(c) && c != '-') return false;
  }
  return true;
}

std::optional<FigurePair> figure_pair(std::string_view s, char mark, std::size_t max_digits) {
  const std::size_t at = s.find(mark);
  if (at == std::string_view::npos || at == 0 || at > max_digits || s.size() - at - 1 == 0 ||
      s.size() - at - 1 > max_digits) {
    return std::nullopt;
  }
  FigurePair pair{s.substr(0, at), s.substr(at + 1)};
  if (!all_digits(pair.left) || !all_digits(pair.right)) return std::nullopt;
  return pair;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = s.find(separator, start);
    if (end == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, end - start));
    start = end + 1;
  }
}

bool is_dash_word(std::string_view raw) { return raw == "-" || raw == "--" || raw == "\u2013" || raw == "\u2014"; }

std::optional<DashSides> split_at_range_dash(std::string_view core) {
  constexpr std::string_view kEnDash = "\u2013";
  std::size_t at = core.find('-');
  std::size_t width = 1;
  if (at == std::string_view::npos) {
    at = core.find(kEnDash);
    width = kEnDash.size();
  }
  if (at == std::string_view::npos) return std::nullopt;
  return DashSides{core.substr(0, at), core.substr(at + width)};
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (word == w) return true;
  }
  return false;
}

bool is_one_of_lowered(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (w.size() != word.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < w.size() && same; ++i) {
      const char c = is_upper(word[i]) ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
      same = c == w[i];
    }
    if (same) return true;
  }
  return false;
}

bool all_upper(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_upper(c)) return false;
  }
  return true;
}

bool is_capitals_word(std::string_view s) { return s.size() >= 2 && all_upper(s); }

bool has_capital_vowel(std::string_view s) { return s.find_first_of("AEIOUY") != std::string_view::npos; }

bool is_capitalized(std::string_view s) { return !s.empty() && is_upper(s[0]); }

namespace {

// The code point of a two-byte UTF-8 letter at the start of s, or 0.
unsigned two_byte_letter(std::string_view s) {
  if (s.size() < 2) return 0;
  auto lead = static_cast<unsigned char>(s[0]);
  auto trail = static_cast<unsigned char>(s[1]);
  if (lead < 0xc3 || lead > 0xc5 || (trail & 0xc0) != 0x80) return 0;
  return ((lead & 0x1fu) << 6) | (trail & 0x3fu);
}

// "É", "Æ", "Ø" (Latin-1, but not the sign "×"), "Ł", "Ś", "Ž" (Latin Extended-A, where capitals
// and small letters alternate, the parity changing at U+0138 and U+0178).
bool latin_capital(unsigned c) {
  if (c >= 0xc0 && c <= 0xde) return c != 0xd7;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14a && c <= 0x177) return c % 2 == 0;
  return c == 0x178 || (c >= 0x179 && c <= 0x17e && c % 2 == 1);
}

}  // namespace

bool is_name_word(std::string_view s) {
  if (s.empty()) return false;
  bool ascii_capital = is_upper(s[0]);
  if (!ascii_capital && !latin_capital(two_byte_letter(s))) return false;
  // The rest: ASCII letters and the bytes of letters beyond ASCII (never punctuation or digits).
  for (char c : s.substr(ascii_capital ? 1 : 2)) {
    if (!is_alpha(c) && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = is_upper(a[i]) ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    char y = is_upper(b[i]) ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  return true;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_possessive(std::string_view word) {
  return word.size() > 2 && (ends_with(word, "'s") || ends_with(word, "\u2019s"));
}

bool is_determiner(std::string_view word) {
  return is_one_of_lowered(word, {"per", "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "your",
                                  "my", "each", "every"});
}

std::string_view drop_final_period(std::string_view s) {
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

std::string hyphenated(std::string spoken) {
  std::replace(spoken.begin(), spoken.end(), ' ', '-');
  return spoken;
}

std::string as_word(std::string_view capitals) {
  std::string out = lower(capitals);
  if (!out.empty()) out[0] = capitals[0];
  return out;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator, std::string_view last) {
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k > 0) out += k + 1 == parts.size() ? last : separator;
    out += parts[k];
  }
  return out;
}

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size()) break;
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    std::string_view raw = text.substr(start, i - start);
    std::size_t begin = 0;
    std::size_t end = raw.size();
    std::size_t length = 0;
    while (begin < end && is_prefix_punct(raw, begin, length)) begin += length;
    while (end > begin && is_suffix_punct(raw, end, length)) end -= length;
    // "401(k)", "drug(s)", "(un)likely", "(555)123-4567": a bracket that pairs with one inside
    // the word belongs to the word, not to the punctuation around it.
    auto opens = static_cast<std::size_t>(std::count(raw.begin() + static_cast<std::ptrdiff_t>(begin), raw.begin() + static_cast<std::ptrdiff_t>(end), '('));
    auto closes = static_cast<std::size_t>(std::count(raw.begin() + static_cast<std::ptrdiff_t>(begin), raw.begin() + static_cast<std::ptrdiff_t>(end), ')'));
    while (opens > closes && end < raw.size() && raw[end] == ')') {
      ++end;
      ++closes;
    }
    while (closes > opens && begin > 0 && raw[begin - 1] == '(') {
      --begin;
      ++opens;
    }
    words.push_back({raw, raw.substr(0, begin), raw.substr(begin, end - begin), raw.substr(end)});
  }
  return words;
}

std::string_view core_with_period(const Word& word) {
  if (!word.suffix.empty() && word.suffix[0] == '.') {
    return std::string_view(word.core.data(), word.core.size() + 1);
  }
  return word.core;
}

std::size_t number_prefix_length(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits_start = i;
  i = digit_run_end(s, i);
  std::size_t int_len = i - digits_start;
  // Thousands groups: only when the first run is 1-3 digits and every group is exactly three.
  if (int_len >= 1 && int_len <= 3) {
    i = thousands_groups(s, i, ',').end;
    // European grouping with periods, "1.000.000": two groups at least, since "1.000" alone
    // is a decimal in English text.
    if (i == digits_start + int_len) {
      ThousandsGroups points = thousands_groups(s, i, '.');
      if (points.count >= 2 && (points.end == s.size() || s[points.end] != '.')) return points.end;
    }
  }
  if (i < s.size() && s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1])) {
    ++i;
    i = digit_run_end(s, i);
  }
  if (i == digits_start) return 0;
  // A lone sign or lone point is not a number.
  bool any_digit = false;
  for (std::size_t k = digits_start; k < i; ++k) any_digit = any_digit || is_digit(s[k]);
  return any_digit ? i : 0;
}

std::size_t vulgar_fraction_length(std::string_view s) {
  if (byte_at(s, 0) == 0xC2) return byte_at(s, 1) >= 0xBC && byte_at(s, 1) <= 0xBE ? 2 : 0;
  return byte_at(s, 0) == 0xE2 && byte_at(s, 1) == 0x85 && byte_at(s, 2) >= 0x90 && byte_at(s, 2) <= 0x9E ? 3 : 0;
}

bool is_vulgar_figure(std::string_view core) {
  std::size_t digits = digit_run_end(core, 0);
  std::size_t sign = vulgar_fraction_length(core.substr(digits));
  return sign > 0 && digits + sign == core.size();
}

std::optional<NumberLiteral> parse_number(std::string_view s) {
  if (s.empty() || number_prefix_length(s) != s.size()) return std::nullopt;
  NumberLiteral n;
  std::size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    n.negative = s[0] == '-';
    ++i;
  }
  std::size_t points = 0;
  for (char c : s) points += c == '.' ? 1u : 0u;
  bool point_groups = points > 1;  // "1.000.000": the periods separate thousands
  for (; i < s.size(); ++i) {
    if (s[i] == ',' || (s[i] == '.' && point_groups)) {
      n.grouped = true;
    } else if (s[i] == '.') {
      n.has_point = true;
    } else if (n.has_point) {
      n.decimals.push_back(s[i]);
    } else {
      n.integer.push_back(s[i]);
    }
  }
  return n;
}

std::optional<NumberLiteral> parse_plain_figure(std::string_view s) {
  if (s.empty() || !is_digit(s[0])) return std::nullopt;
  auto number = parse_number(s);
  if (!number || number->negative) return std::nullopt;
  return number;
}

}  // namespace briefcast::text
