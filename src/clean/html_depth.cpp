#include "clean/html_depth.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace briefcast {

namespace {

bool is_void_element(const std::string& name) {
  static constexpr std::array<std::string_view, 13> kVoid = {"area", "base", "br",   "col",   "embed",  "hr",   "img",
                                                             "input", "link", "meta", "source", "track", "wbr"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

}  // namespace

std::size_t estimated_nesting_depth(std::string_view html) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  for (std::size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    const bool closing = html[i + 1] == '/';
    const std::size_t name_start = i + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    if (name_end == name_start) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    const std::size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    std::string name(html.substr(name_start, name_end - name_start));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool self_closed = html[tag_end - 1] == '/';
    if (!self_closed && !is_void_element(name)) deepest = std::max(deepest, ++depth);
    i = tag_end;
  }
  return deepest;
}

}  // namespace briefcast
