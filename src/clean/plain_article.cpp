#include "clean/plain_article.h"

#include <vector>

namespace briefcast {

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos; }

std::string_view trim(std::string_view s) {
  std::size_t first = s.find_first_not_of(" \t\r\f\v");
  if (first == std::string_view::npos) return {};
  std::size_t last = s.find_last_not_of(" \t\r\f\v");
  return s.substr(first, last - first + 1);
}

// Blocks of consecutive non-blank lines, each block's lines trimmed.
std::vector<std::vector<std::string_view>> split_blocks(std::string_view text) {
  std::vector<std::vector<std::string_view>> blocks;
  bool in_block = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (is_blank(line)) {
      in_block = false;
    } else {
      if (!in_block) blocks.emplace_back();
      blocks.back().push_back(trim(line));
      in_block = true;
    }
    start = end + 1;
  }
  return blocks;
}

// True when `s` ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets.
bool ends_as_sentence(std::string_view s) {
  while (!s.empty()) {
    const unsigned char c = static_cast<unsigned char>(s.back());
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
      continue;
    }
    // Closing quotes ” ’ » (UTF-8) are E2 80 9D, E2 80 99, C2 BB.
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
      continue;
    }
    if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB") {
      s.remove_suffix(2);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '.' || last == '!' || last == '?') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";  // …
}

}  // namespace

std::optional<Article> read_plain_article(std::string_view text, const std::string& source_path,
                                          const PlainArticleConfig& config) {
  auto blocks = split_blocks(text);
  if (blocks.size() < 2) return std::nullopt;
  // The headline: one line of its own that does not read as a sentence of the body.
  const auto& head = blocks.front();
  if (head.size() != 1 || head[0].size() > config.max_title_bytes || head[0].back() == '.') return std::nullopt;

  Article article;
  article.metadata.source_path = source_path;
  article.metadata.input_kind = InputKind::kText;
  article.title = std::string(head[0]);
  for (std::size_t b = 1; b < blocks.size(); ++b) {
    std::string paragraph;
    for (std::string_view line : blocks[b]) {
      // Every line of a wrapped paragraph but the last may end anywhere; the paragraph itself,
      // like a sentence, must end with sentence punctuation. Debris lines never do.
      if (!paragraph.empty()) paragraph.push_back(' ');
      paragraph.append(line);
    }
    if (!ends_as_sentence(paragraph)) return std::nullopt;
    // A one-line block of a few words ending in a period ("Advertisement.") is still prose
    // here; only unpunctuated fragments disqualify.
    article.paragraphs.push_back(std::move(paragraph));
  }
  return article;
}

}  // namespace briefcast
