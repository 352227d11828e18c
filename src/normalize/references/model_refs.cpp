// A watch's or a maker's model number after its abbreviated name: "Cal. 3235" (the calibre, a
// movement's number) and "Ref. 6263" (a reference): said "calibre thirty two thirty five", as
// the trade reads four figures of a model, in pairs. "Cal." was said "kal", and the figures
// as a count ("three thousand two hundred thirty five").
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/references/references.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

std::optional<Match> match_model_ref(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || !w.prefix.empty() || i + 1 >= words.size() || !text::is_one_of_lowered(w.core, {"cal", "ref"})) {
    return std::nullopt;
  }
  const Word& next = words[i + 1];
  std::string_view figure = next.core;
  if (!next.prefix.empty() || figure.size() < 3 || figure.size() > 5 || !text::all_digits(figure) || figure[0] == '0') {
    return std::nullopt;
  }
  bool capital = text::is_upper(w.core[0]);
  std::string name = text::lower(w.core) == "cal" ? (capital ? "Calibre" : "calibre") : (capital ? "Reference" : "reference");
  std::string said = figure.size() == 4 ? paired_digit_words(figure) : speak_word(figure);
  return Match{2, name + " " + said, false};
}

}  // namespace briefcast::rules
