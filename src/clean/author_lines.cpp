#include "clean/author_lines.h"

#include <algorithm>
#include <array>

#include "clean/text_blocks.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// What may stand beside the name on its line: a date, a time, "updated on" (a few words).
constexpr std::size_t kMaxStampWords = 6;
constexpr std::size_t kMaxStampLength = 40;
// An author's note is a sentence or two; a longer paragraph that opens with the name is the
// article talking about its author (an interview, a column about oneself).
constexpr std::size_t kMaxNoteLength = 400;
// Where an author's note stands: among the body's last paragraphs.
constexpr std::size_t kNoteWindow = 2;

std::vector<std::string> lower_words(std::string_view text) {
  const std::string lower = to_lower(text);
  std::vector<std::string> out;
  for (const auto word : word_tokens(lower)) out.emplace_back(word);
  return out;
}

// Whether the paragraph's words start with the name's words, case-folded.
bool opens_with(const std::vector<std::string>& words, const std::vector<std::string>& name) {
  return !name.empty() && words.size() >= name.size() && std::equal(name.begin(), name.end(), words.begin());
}

std::size_t opening_name_words(std::string_view paragraph, const std::vector<std::string>& names) {
  const std::vector<std::string> words = lower_words(paragraph);
  for (const auto& name : names) {
    const std::vector<std::string> name_words = lower_words(name);
    if (opens_with(words, name_words)) return name_words.size();
  }
  return 0;
}

bool is_author_note(std::string_view paragraph, const std::vector<std::string>& names) {
  const std::size_t name_words = opening_name_words(paragraph, names);
  return name_words > 0 && word_tokens(paragraph).size() > name_words && ends_with_sentence_punctuation(paragraph) &&
         code_point_count(paragraph) <= kMaxNoteLength;
}

// A note that goes on from the name printed over it ("is a partner of the firm ..."): it opens
// with a lower-case Latin letter, a sentence or two long.
bool continues_name(std::string_view paragraph) {
  if (paragraph.empty() || !ends_with_sentence_punctuation(paragraph) || code_point_count(paragraph) > kMaxNoteLength) {
    return false;
  }
  std::size_t pos = 0;
  const char32_t first = next_code_point(paragraph, pos);
  return (first >= 'a' && first <= 'z') || (first >= 0xDF && first <= 0xFF && first != 0xF7);
}

// The label over an author's box: "Author", "Über die Autorin", "About the author".
bool is_author_label(std::string_view paragraph) {
  constexpr std::array<std::string_view, 16> kLabels = {
      "author",   "the author",   "about the author", "autor",       "autorin",   "der autor",
      "die autorin", "über den autor", "über die autorin", "zum autor", "zur autorin", "l auteur",
      "l autrice",   "el autor",    "la autora",       "sobre el autor"};
  return std::find(kLabels.begin(), kLabels.end(), word_phrase(paragraph)) != kLabels.end();
}

}  // namespace

// Whether the first letter of `word` changes when lower-cased: a capital.
bool is_capitalised(std::string_view word) {
  std::size_t pos = 0;
  const char32_t first = next_code_point(word, pos);
  const std::string lower = to_lower(word.substr(0, pos));
  std::size_t lower_pos = 0;
  return next_code_point(lower, lower_pos) != first;
}

std::vector<std::string> byline_person_names(std::string_view byline) {
  // Every joiner becomes a comma: "A, B and C", "A & B", "A und B", "A y B", "A et B".
  std::string text;
  text.reserve(byline.size());
  std::size_t pos = 0;
  while (pos < byline.size()) {
    std::size_t joined = 0;
    for (const std::string_view joiner : {" and ", " & ", " und ", " y ", " et ", " e ", ";"}) {
      if (byline.substr(pos, joiner.size()) == joiner) joined = joiner.size();
    }
    if (joined > 0) {
      text.push_back(',');
      pos += joined;
    } else {
      text.push_back(byline[pos++]);
    }
  }
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string name = collapse_whitespace(std::string_view(text).substr(start, end - start));
    if (word_tokens(name).size() >= 2) names.push_back(std::move(name));
    start = end + 1;
  }
  return names;
}

bool looks_like_person_name(std::string_view line) {
  constexpr std::size_t kMinWords = 2;
  constexpr std::size_t kMaxWords = 4;
  constexpr std::size_t kMaxLength = 40;
  if (line.empty() || code_point_count(line) > kMaxLength || ends_with_sentence_punctuation(line)) return false;
  if (std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const auto words = word_tokens(line);
  if (words.size() < kMinWords || words.size() > kMaxWords) return false;
  return std::all_of(words.begin(), words.end(), is_capitalised);
}

bool is_author_name_line(std::string_view paragraph, const std::vector<std::string>& names) {
  if (ends_with_sentence_punctuation(paragraph)) return false;
  const std::size_t name_words = opening_name_words(paragraph, names);
  if (name_words == 0) return false;
  const std::size_t words = word_tokens(paragraph).size();
  const std::size_t length = code_point_count(paragraph);
  std::size_t name_length = 0;
  for (const auto& name : names) name_length = std::max(name_length, code_point_count(name));
  return words - name_words <= kMaxStampWords && length <= name_length + kMaxStampLength;
}

std::size_t drop_author_lines(std::vector<std::string>& paragraphs, std::string_view byline) {
  const std::vector<std::string> names = byline_person_names(byline);
  if (names.empty()) return 0;
  std::vector<char> drop(paragraphs.size(), 0);
  // The author's box at the end: the note, and the name printed over it. A name alone is kept:
  // at the end it is a signature (a letter's, a statement's), at the top some pages' own byline.
  const std::size_t n = paragraphs.size();
  for (std::size_t i = n > kNoteWindow ? n - kNoteWindow : 0; i < n; ++i) {
    const bool named = i > 0 && is_author_name_line(paragraphs[i - 1], names);
    if (!is_author_note(paragraphs[i], names) && !(named && continues_name(paragraphs[i]))) continue;
    drop[i] = 1;
    if (!named) continue;
    drop[i - 1] = 1;
    if (i > 1 && is_author_label(paragraphs[i - 2])) drop[i - 2] = 1;
  }
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < n; ++i) {
    if (!drop[i]) kept.push_back(std::move(paragraphs[i]));
  }
  paragraphs = std::move(kept);
  return n - paragraphs.size();
}

bool drop_opening_author_note(std::vector<std::string>& paragraphs, std::string_view name_line) {
  constexpr std::size_t kMinLeft = 2;
  if (paragraphs.size() < kMinLeft + 1 || !looks_like_person_name(name_line)) return false;
  if (!is_author_note(paragraphs.front(), {std::string(name_line)})) return false;
  paragraphs.erase(paragraphs.begin());
  return true;
}

}  // namespace briefcast
