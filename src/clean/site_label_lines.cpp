#include "clean/site_label_lines.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// Separators a page sets between a section and its site's name.
constexpr std::array<std::string_view, 6> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ",
                                                         " :: "};

// The two sides of the line's only separator; nothing when it has none or more than one (a
// breadcrumb trail is furniture's business).
std::optional<std::pair<std::string_view, std::string_view>> two_sides(std::string_view line) {
  std::optional<std::pair<std::string_view, std::string_view>> sides;
  for (const std::string_view sep : kSeparators) {
    const std::size_t pos = line.find(sep);
    if (pos == std::string_view::npos) continue;
    if (sides || line.find(sep, pos + 1) != std::string_view::npos) return std::nullopt;
    sides.emplace(line.substr(0, pos), line.substr(pos + sep.size()));
  }
  return sides;
}

bool shown_alone(const std::vector<std::string>& lines, std::size_t self, std::string_view name) {
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (j != self && lines[j] == name) return true;
  }
  return false;
}

}  // namespace

bool is_site_label_line(const std::vector<std::string>& lines, std::size_t i, const SiteLabelConfig& config) {
  const auto sides = two_sides(lines[i]);
  if (!sides) return false;
  // The site's name may stand on either side ("Site | Section", "Section | Site").
  for (const auto& [label, site] : {*sides, std::pair{sides->second, sides->first}}) {
    const std::size_t label_words = word_tokens(label).size();
    const std::size_t site_words = word_tokens(site).size();
    if (label_words == 0 || label_words > config.label_words || site_words == 0 || site_words > config.site_words) {
      continue;
    }
    if (shown_alone(lines, i, site)) return true;
  }
  return false;
}

}  // namespace briefcast
