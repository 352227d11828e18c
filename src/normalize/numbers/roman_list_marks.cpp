// Lower-case Roman numerals that mark the items of a list or a document's parts ("(i) and
// (ii)", "paragraph (iv)"), said as their numbers; a lone one-letter mark may be a letter.
#include <algorithm>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

bool may_be_letter(std::string_view s) { return s.size() == 1 && lower_roman_value(s).has_value(); }

// "(i) and (ii)", "(iv)": a small numeral in lower case between brackets marks an item of a
// list, said as its number ("one and two"); eSpeak NG had said "roman two". A lone "(i)",
// "(v)" or "(x)" may be a letter ("(a) to (x)"), and "(iv)" alone may be a drip ("fluids (iv)"),
// so a mark counts beside another mark of a different number, one of the two longer than a
// letter; or when it opens the line or follows a word of a document's parts ("paragraph (iv)").
bool is_list_mark(const Word& w) {
  if (w.prefix != "(" || w.suffix.empty() || w.suffix[0] != ')' || w.core.empty() || w.core.size() > 4) return false;
  return lower_roman_value(w.core).has_value();
}

namespace {

bool after_a_part_word(const Words& words, std::size_t i) {
  return i == 0 || (words[i - 1].suffix.empty() &&
                    text::is_one_of_lowered(words[i - 1].core, {"paragraph", "para", "clause", "subsection", "section",
                                                                "item", "point", "rule", "article", "sub-paragraph",
                                                                "subparagraph", "condition", "limb", "criterion"}));
}

}  // namespace

std::optional<Match> match_roman_list_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!is_list_mark(w)) return std::nullopt;
  bool other = !may_be_letter(w.core) && after_a_part_word(words, i);
  for (std::size_t k = i > 8 ? i - 8 : 0; !other && k < std::min(words.size(), i + 9); ++k) {
    other = k != i && is_list_mark(words[k]) && words[k].core != w.core &&
            (!may_be_letter(w.core) || !may_be_letter(words[k].core));
  }
  if (!other) return std::nullopt;
  return Match{1, cardinal_words(std::to_string(*lower_roman_value(w.core))), false};
}

}  // namespace briefcast::rules
