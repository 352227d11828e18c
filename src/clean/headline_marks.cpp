#include "clean/headline_marks.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "clean/boilerplate_lexicon.h"
#include "clean/metadata_lines.h"
#include "clean/unicode_text.h"

namespace briefcast {

// The last character of `text` that is not a closing quote, bracket or space.
char32_t final_mark(std::string_view text) {
  return last_code_point_except(text, [](char32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB ||
           is_space(cp);
  });
}

bool ends_with_ellipsis(std::string_view text) {
  const char32_t last = final_mark(text);
  return last == 0x2026 || (text.size() >= 3 && text.substr(text.size() - 3) == "...");
}

bool is_attribution_line(std::string_view text) {
  return text.substr(0, 3) == "\xE2\x80\x94" || text.substr(0, 3) == "\xE2\x80\x93";
}

bool opens_quoted_sentence(std::string_view text) {
  // Double quotation marks and guillemets, as they open and close a quote in the page's languages.
  constexpr std::array<std::string_view, 8> kQuotes = {"\"",         "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
                                                       "\xC2\xAB",   "\xC2\xBB",     "\xE2\x80\x98", "\xE2\x80\x99"};
  auto quote_at = [&](std::size_t pos) {
    for (const std::string_view quote : kQuotes) {
      if (text.substr(pos, quote.size()) == quote) return true;
    }
    return false;
  };
  if (text.empty() || !quote_at(0)) return false;
  for (std::size_t pos = 1; pos + 1 < text.size(); ++pos) {
    if ((text[pos] == '.' || text[pos] == ',') && quote_at(pos + 1)) return true;
  }
  return false;
}

bool is_metadata_line(const TextBlock& block) {
  return looks_like_byline(block.text) || looks_like_dateline(block.text) || is_credit(block);
}

bool same_line(std::string_view a, std::string_view b) { return to_lower(collapse_whitespace(a)) == to_lower(collapse_whitespace(b)); }

bool says_phrase_twice(std::string_view text) {
  const std::string lower = to_lower(text);
  const auto words = word_tokens(lower);
  if (words.size() < 2 || words.size() % 2 != 0) return false;
  const std::size_t half = words.size() / 2;
  return std::equal(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(half),
                    words.begin() + static_cast<std::ptrdiff_t>(half));
}

bool holds_web_address(std::string_view text) {
  return text.find("http://") != std::string_view::npos || text.find("https://") != std::string_view::npos;
}

bool carries_metadata(const TextBlock& block) {
  if (is_metadata_line(block)) return true;
  const auto tokens = word_tokens(block.text);
  if (tokens.empty() || tokens.size() > 20) return false;
  static const std::unordered_set<std::string> kLeads = {
      "by", "von", "por", "par", "di", "door", "autor", "author", "published", "posted", "updated",
      "veröffentlicht", "stand", "aktualisiert", "publié", "publicado", "pubblicato", "written"};
  if (kLeads.count(to_lower(tokens[0])) > 0) return true;
  return mentions_date(block.text);
}

// Post navigation ("← Older post", "Next story →") names another article. Guillemets are
// arrows only when unpaired: a line quoted in them (»Quote«, «Quote», Name: «Quote») is a title.
bool has_navigation_arrow(std::string_view text) {
  constexpr std::array<std::string_view, 6> kArrows = {"\xE2\x86\x90", "\xE2\x86\x92", "\xC2\xAB",
                                                       "\xC2\xBB",     "\xE2\x80\xB9", "\xE2\x80\xBA"};
  const bool left = text.find("\xC2\xAB") != std::string_view::npos;
  const bool right = text.find("\xC2\xBB") != std::string_view::npos;
  const bool quoted = left && right;
  for (const std::string_view arrow : kArrows) {
    const bool at_start = text.substr(0, arrow.size()) == arrow;
    const bool at_end = text.size() >= arrow.size() && text.substr(text.size() - arrow.size()) == arrow;
    if (!at_start && !at_end) continue;
    if (quoted && (arrow == "\xC2\xAB" || arrow == "\xC2\xBB")) continue;
    return true;
  }
  return false;
}

// A line that opens with an ampersand or a conjunction in lower case ("& Jo Roe, Editor", "and 6
// more") goes on from the line above it (a second name of a byline, the rest of a list); a title
// starts on its own.
bool continues_line_above(std::string_view text) {
  if (text.substr(0, 2) == "& ") return true;
  for (const std::string_view word : {"and ", "und ", "or ", "oder ", "et ", "y "}) {
    if (text.substr(0, word.size()) == word) return true;
  }
  return false;
}

bool all_capitals(std::string_view text) {
  std::size_t upper = 0;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 4;
}

// A field of a fact box: one word as its name, a colon, a value of a few words ("Language:
// English", "Pages: 448").
bool is_field(std::string_view text) {
  constexpr std::size_t kMaxValueWords = 3;
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view name = text.substr(0, colon);
  if (name.find(' ') != std::string_view::npos || word_tokens(name).empty()) return false;
  const std::size_t value_words = word_tokens(text.substr(colon + 2)).size();
  return value_words >= 1 && value_words <= kMaxValueWords;
}

// A field with another field within two lines is one of a fact box's (a product's or a book's
// data sheet), not a title, however title-short ("Avengers: Endgame" alone stays a candidate).
bool in_fact_box(const std::vector<TextBlock>& blocks, std::size_t i) {
  if (!is_field(blocks[i].text)) return false;
  for (std::size_t j = i > 2 ? i - 2 : 0; j <= i + 2 && j < blocks.size(); ++j) {
    if (j != i && is_field(blocks[j].text)) return true;
  }
  return false;
}

}  // namespace briefcast
