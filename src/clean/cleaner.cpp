#include "clean/cleaner.h"

#include <array>

#include "io/charset.h"
#include "clean/plain_article.h"

namespace briefcast {

namespace {

// How far into the page the sniffer looks for markup.
constexpr std::size_t kSniffBytes = 4096;

bool contains_ci(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    std::size_t j = 0;
    while (j < needle.size()) {
      char c = haystack[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != needle[j]) break;
      ++j;
    }
    if (j == needle.size()) return true;
  }
  return false;
}

}  // namespace

bool looks_like_html(std::string_view page) {
  if (page.substr(0, 3) == "\xEF\xBB\xBF") page.remove_prefix(3);
  const std::string_view head = page.substr(0, kSniffBytes);
  // Markup starts with a tag; copied text that merely mentions one does not.
  std::size_t first = 0;
  while (first < head.size() && (head[first] == ' ' || head[first] == '\n' || head[first] == '\r' || head[first] == '\t')) {
    ++first;
  }
  if (first >= head.size() || head[first] != '<') return false;
  constexpr std::array<std::string_view, 10> kTags = {"<!doctype html", "<html", "<head", "<body", "<meta", "<div",
                                                      "<p>", "<p ", "<article", "<title"};
  for (const auto tag : kTags) {
    if (contains_ci(head, tag)) return true;
  }
  return false;
}

Article clean_article(std::string_view page, const std::string& source_path, const CleanConfig& config) {
  const bool html = config.force_html || (!config.force_text && looks_like_html(page));
  if (html) {
    const std::string utf8 = decode_to_utf8(page, declared_html_charset(page));
    return clean_html(utf8, source_path, config.html);
  }
  const std::string utf8 = decode_to_utf8(page);
  if (auto plain = read_plain_article(utf8, source_path)) return *std::move(plain);
  return clean_copied_text(utf8, source_path, config.text);
}

}  // namespace briefcast
