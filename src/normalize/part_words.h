// The short words that name a part of a law, a contract or a set of rules, written with a point
// ("Art. 5", "regs. 3", "para. 4(b)", "s. 12(1)"): one list for the bracket reading
// (references/legal_sections.cpp) and for saying the word whole (words/trade_abbreviations.cpp).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/text_util.h"

namespace briefcast::rules {

struct PartWord {
  std::string_view written;  // lower case; a capitalised spelling is said capitalised
  std::string_view spoken;
  // Said whole wherever it labels a figure. "s.", "ss." and "Sec." are too many other things
  // (a shilling, a second, a Secretary) to say so outside a part's bracketed number.
  bool said_alone;
};

inline constexpr std::array<PartWord, 12> kShortPartWords = {{
    {"s", "section", false},         {"ss", "sections", false},       {"sec", "section", false},
    {"sect", "section", true},       {"art", "article", true},        {"arts", "articles", true},
    {"cl", "clause", true},          {"reg", "regulation", true},     {"regs", "regulations", true},
    {"para", "paragraph", true},     {"paras", "paragraphs", true},   {"pt", "part", true},
}};

// The row for a short part word, written in lower case or capitalised ("Arts", "arts").
inline const PartWord* short_part_word(std::string_view written) {
  for (const PartWord& row : kShortPartWords) {
    bool capitalised = !written.empty() && text::is_upper(written[0]) && written.size() == row.written.size() &&
                       static_cast<char>(written[0] - 'A' + 'a') == row.written[0] &&
                       written.substr(1) == row.written.substr(1);
    if (written == row.written || capitalised) return &row;
  }
  return nullptr;
}

// The part word said whole, capitalised as it was written ("Arts" -> "Articles").
inline std::string spoken_part_word(std::string_view written, const PartWord& row) {
  std::string spoken(row.spoken);
  if (!written.empty() && text::is_upper(written[0])) spoken[0] = static_cast<char>(spoken[0] - 'a' + 'A');
  return spoken;
}

}  // namespace briefcast::rules
