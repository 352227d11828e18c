// A steel's grade, a figure with a letter for its low carbon ("316L", "904L", "304L"), before
// the word of the metal: said by its digits and the letter ("three sixteen L", "nine oh four
// L"), as the trade says it. The unit rules read the "L" as liters ("nine hundred four liters
// steel").
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_metal_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"steel", "stainless", "stainless-steel", "alloy", "grade"});
}

}  // namespace

std::optional<Match> match_material_grade(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 4 || core.back() != 'L' || !words[i].prefix.empty() || !text::all_digits(core.substr(0, 3)) ||
      core[0] == '0') {
    return std::nullopt;
  }
  // The metal named right after the grade ("316L stainless"), or the grade's own word before it.
  bool after = words[i].suffix.empty() && i + 1 < words.size() && is_metal_word(words[i + 1].core);
  bool before = i > 0 && words[i - 1].suffix.empty() && is_metal_word(words[i - 1].core);
  if (!after && !before) return std::nullopt;
  return Match{1, paired_digit_words(core.substr(0, 3)) + " L", false};
}

}  // namespace briefcast::rules
