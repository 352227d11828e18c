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

// A label for a page that shows no headline: the saved file's or the URL's name
// ("council-backs-bridge.txt" -> "council backs bridge"), which people and sites usually make
// from the headline. Never the first paragraph, which would then be spoken twice.
std::string title_from_source(std::string_view path) {
  path = path.substr(0, path.find_first_of("?#"));
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  if (const auto slash = path.find_last_of('/'); slash != std::string_view::npos) path.remove_prefix(slash + 1);
  if (const auto dot = path.find_last_of('.'); dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  std::string title;
  bool letters = false;
  for (const char c : path) {
    const bool separator = c == '-' || c == '_' || c == '+' || c == ' ' || c == '.';
    if (separator) {
      if (!title.empty() && title.back() != ' ') title.push_back(' ');
      continue;
    }
    letters = letters || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    title.push_back(c);
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return letters ? title : "Untitled story";
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
    Article article = clean_html(utf8, source_path, config.html);
    if (article.title.empty()) article.title = title_from_source(source_path);
    return article;
  }
  const std::string utf8 = decode_to_utf8(page);
  if (auto plain = read_plain_article(utf8, source_path)) return *std::move(plain);
  Article article = clean_copied_text(utf8, source_path, config.text);
  if (article.title.empty()) article.title = title_from_source(source_path);
  return article;
}

}  // namespace briefcast
