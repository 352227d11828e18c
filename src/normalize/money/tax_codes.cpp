// A UK tax code after the word "code": "tax code 1257L", "the code S1257L", "an emergency code
// 1257L X", "K475". Its figures are said in pairs and its letters spelt, as payroll staff say
// them ("twelve fifty seven L"); the measure rule read "1257L" as litres.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

std::optional<Match> match_tax_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto is_code = [&words](std::size_t k) { return words[k].suffix.empty() && text::is_one_of_lowered(words[k].core, {"code", "codes"}); };
  // "tax code 1257L", "her code is 1185L".
  bool after_code = i > 0 && (is_code(i - 1) || (i > 1 && is_code(i - 2) && words[i - 1].suffix.empty() &&
                                                   text::is_one_of(words[i - 1].core, {"is", "was", "of", "to", "from", "becomes"})));
  if (!after_code || !w.prefix.empty() || w.core.size() < 4 || w.core.size() > 7) return std::nullopt;
  std::string_view core = w.core;
  // "S1257L", "C1257L": Scotland's and Wales's codes open with their letter; "K475" is a code
  // that adds to pay.
  std::string said;
  if (core[0] == 'S' || core[0] == 'C' || core[0] == 'K') {
    said = std::string(1, core[0]) + " ";
    core.remove_prefix(1);
  }
  std::size_t digits = text::digit_run_end(core, 0);
  std::string_view letters = core.substr(digits);
  bool k_code = !said.empty() && said[0] == 'K';
  if (digits < 3 || digits > 4 || core[0] == '0' || (letters.empty() && !k_code) || letters.size() > 1) return std::nullopt;
  if (!letters.empty() && !text::is_one_of(letters, {"L", "M", "N", "T", "X"})) return std::nullopt;
  std::string_view figures = core.substr(0, digits);
  said += digits == 4 ? paired_digit_words(figures) : cardinal_words(figures);
  if (!letters.empty()) said += " " + std::string(letters);
  return Match{1, said, false};
}

}  // namespace briefcast::rules
