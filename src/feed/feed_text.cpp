#include "feed/feed_text.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "model/utf8.h"

namespace briefcast {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The named references that show up in headlines; others are left as written.
constexpr std::array<std::pair<std::string_view, std::uint32_t>, 20> kNamed = {{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"eacute", 0xE9}, {"euro", 0x20AC},
    {"pound", 0xA3},   {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122}, {"middot", 0xB7},
}};

// Decodes the reference at text[pos] == '&'; returns the characters consumed (0: not one).
std::size_t decode_reference(std::string_view text, std::size_t pos, std::string& out) {
  const std::size_t semicolon = text.find(';', pos);
  if (semicolon == std::string_view::npos || semicolon - pos > 12) return 0;
  const std::string_view name = text.substr(pos + 1, semicolon - pos - 1);
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    std::uint32_t cp = 0;
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (const char c : digits) {
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0) return 0;
      cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
      if (cp > 0x10FFFF) cp = 0x110000;
    }
    append_utf8(out, cp == 0 ? kReplacementCharacter : static_cast<char32_t>(cp));  // NUL is not text
    return semicolon - pos + 1;
  }
  for (const auto& [entity, cp] : kNamed) {
    if (entity == name) {
      append_utf8(out, static_cast<char32_t>(cp));
      return semicolon - pos + 1;
    }
  }
  return 0;
}

// Tags that separate words ("<p>", "<br/>"); inline ones ("<b>", "<a ...>") join their text.
bool is_block_tag(std::string_view tag) {
  if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
  std::string name;
  for (const char c : tag) {
    if (!std::isalnum(static_cast<unsigned char>(c))) break;
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  static constexpr std::array<std::string_view, 16> kBlock = {"br", "p",  "div", "li", "ul", "ol", "h1", "h2",
                                                              "h3", "h4", "h5",  "h6", "tr", "td", "blockquote", "hr"};
  for (const std::string_view block : kBlock) {
    if (name == block) return true;
  }
  return name.empty();  // comments and declarations
}

}  // namespace

std::string trim_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string plain_text_of_html(std::string_view html) {
  std::string text;
  text.reserve(html.size());
  for (std::size_t pos = 0; pos < html.size(); ++pos) {
    const char c = html[pos];
    if (c == '<') {
      const std::size_t close = html.find('>', pos);
      // A lone '<' ("a < b") is text, not a tag.
      if (close != std::string_view::npos && pos + 1 < html.size() &&
          (std::isalpha(static_cast<unsigned char>(html[pos + 1])) || html[pos + 1] == '/' || html[pos + 1] == '!')) {
        if (is_block_tag(html.substr(pos + 1, close - pos - 1))) text.push_back(' ');
        pos = close;
        continue;
      }
    }
    if (c == '&') {
      if (const std::size_t used = decode_reference(html, pos, text); used > 0) {
        pos += used - 1;
        continue;
      }
    }
    text.push_back(c);
  }
  // U+00A0 is a space to the ear.
  std::string spaced;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text.compare(pos, 2, "\xC2\xA0") == 0) {
      spaced.push_back(' ');
      ++pos;
    } else {
      spaced.push_back(text[pos]);
    }
  }
  return trim_text(spaced);
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out.push_back(c);
  }
  return out;
}

}  // namespace briefcast
