// A print job's inks per side, front over back, as printers write them: "4/4 CMYK", "4/0
// colour", "printed 1/1", "a 5/5 setup" in a line about presses. Said "four over four", as
// printers say it; "four out of four" was heard as a score, "four and four" as a sum.
// One matcher for the whole class, placed before the slashed counts and dates in
// rule_order.cpp, so every reading of inks comes from here.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// A word naming the inks, or the press that prints them, right after the pair ("a 4/4 press").
bool is_ink_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"cmyk", "colour", "colours", "color", "colors", "process", "spot", "pantone",
                                     "full-colour", "full-color", "print", "printed", "printing", "press", "presses"});
}

// A word of the print trade within a sentence's reach. Not "press" or "pages", which news
// uses far more for a press release and a website ("voted 3/2, the firm said in a press release").
bool tells_of_printing(std::string_view w) {
  return text::is_one_of_lowered(w, {"print", "printed", "printing", "printer", "printers", "sheetfed", "offset",
                                     "litho", "lithographic", "cmyk", "inks", "ink", "duplex", "flexo", "flexographic",
                                     "colours", "colors", "leaflets", "flyers", "brochures", "catalog", "catalogue",
                                     "web-offset"});
}

// One figure of up to six inks each side: "4/4", "4/0", "1/1".
bool is_ink_pair(std::string_view core) {
  return core.size() == 3 && core[1] == '/' && core[0] >= '0' && core[0] <= '6' && core[2] >= '0' &&
         core[2] <= '6';
}

// Right beside the inks' word ("4/0 colour") or after "printed": any pair.
bool beside_ink_word(const Words& words, std::size_t i) {
  bool after = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"printed", "print"});
  bool before = words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                is_ink_word(words[i + 1].core);
  return after || before;
}

// Further off in a printing line: the back has no more inks than the front, which has one or
// more, so a time signature's "3/2" or a share stays as it was.
bool in_printing_line(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  return i > 0 && words[i - 1].suffix.empty() && core[0] >= '1' && core[2] <= core[0] &&
         text::any_word_near(words, i, 12, tells_of_printing);
}

}  // namespace

std::optional<Match> match_print_inks(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !is_ink_pair(w.core)) return std::nullopt;
  if (!beside_ink_word(words, i) && !in_printing_line(words, i)) return std::nullopt;
  return Match{1, cardinal_words(w.core.substr(0, 1)) + " over " + cardinal_words(w.core.substr(2)), false};
}

}  // namespace briefcast::rules
