#include "clean/credit_forms.h"

#include <algorithm>
#include <array>

#include "clean/author_lines.h"
#include "clean/text_blocks.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// "Jane Roe/Agency": a person's name before the slash (two to four capitalised words), a short
// capitalised name after it, nothing else. A headline's "AC/DC" or "Paris/Berlin" has no
// person's name before its slash.
bool is_name_slash_credit(std::string_view line) {
  constexpr std::size_t kMaxSourceWords = 4;
  const std::size_t slash = line.find('/');
  if (slash == std::string_view::npos || line.find('/', slash + 1) != std::string_view::npos) return false;
  const std::string_view name = line.substr(0, slash);
  const std::string_view source = line.substr(slash + 1);
  if (name.empty() || source.empty() || name.back() == ' ' || source.front() == ' ') return false;
  const auto words = word_tokens(source);
  if (words.empty() || words.size() > kMaxSourceWords || !is_capitalised(source)) return false;
  return looks_like_person_name(name);
}

// "... back to the coast [Agency via Space Office]": the bracket closes the line, holds one to six
// words with no digit (a footnote has one), each capitalised but for the joiners of a credit;
// the caption before it describes the picture in a sentence's words but ends none. A title with
// a tag after it ("Book title [Review]") is shorter than a caption.
bool ends_with_bracketed_source(std::string_view line) {
  constexpr std::size_t kMaxSourceWords = 6;
  constexpr std::size_t kMinCaptionWords = 8;
  constexpr std::array<std::string_view, 4> kJoiners = {"via", "and", "for", "of"};
  if (line.size() < 3 || line.back() != ']') return false;
  const std::size_t open = line.rfind('[');
  if (open == std::string_view::npos || open == 0) return false;
  const std::string_view source = line.substr(open + 1, line.size() - open - 2);
  if (std::any_of(source.begin(), source.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const auto words = word_tokens(source);
  if (words.empty() || words.size() > kMaxSourceWords) return false;
  // word_tokens lower-cases nothing: capitals are tested on the words as printed.
  for (const auto word : words) {
    const bool joiner = std::find(kJoiners.begin(), kJoiners.end(), word) != kJoiners.end();
    if (!joiner && !is_capitalised(word)) return false;
  }
  const std::string_view caption = line.substr(0, open);
  return word_tokens(caption).size() >= kMinCaptionWords && !ends_with_sentence_punctuation(caption);
}

}  // namespace

bool has_credit_form(std::string_view line) { return is_name_slash_credit(line) || ends_with_bracketed_source(line); }

}  // namespace briefcast
