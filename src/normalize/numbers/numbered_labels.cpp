// "the No. 12B bus", "lot #2231B", "flat No.4A": after a number sign, a figure with one or two
// capitals is a label, said as the figure and its letters ("number twelve B"). The letters are
// never a scale or a unit there: "12B" had been "twelve billion", and "#2231B" "hash ...". The
// sign glued to its figure is speak_number_sign's (cardinal.cpp), which says the label here.
#include "normalize/rules.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kMaxFigures = 6;
constexpr std::size_t kMaxLetters = 2;

// "No", "No." (capitalised: a lower-case "no." is as often the word) and "#" alone.
bool is_number_sign(const Word& w) {
  if (w.core == "#") return w.suffix.empty();
  return w.core == "No" && (w.suffix.empty() || (text::has_period(w) && w.suffix.size() == 1));
}

}  // namespace

std::optional<std::string> speak_lettered_figure(std::string_view core) {
  std::size_t figures = 0;
  while (figures < core.size() && text::is_digit(core[figures])) ++figures;
  std::size_t letters = core.size() - figures;
  if (figures == 0 || figures > kMaxFigures || letters == 0 || letters > kMaxLetters) return std::nullopt;
  std::string spoken = cardinal_words(core.substr(0, figures));
  for (char c : core.substr(figures)) {
    if (!text::is_upper(c)) return std::nullopt;
    spoken += ' ';
    spoken += c;
  }
  return stressed_letter_a(spoken);
}

std::optional<Match> match_numbered_label(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !is_number_sign(words[i]) || !words[i + 1].prefix.empty()) return std::nullopt;
  auto said = speak_lettered_figure(words[i + 1].core);
  if (!said) return std::nullopt;
  return Match{2, "number " + *said, false};
}

}  // namespace briefcast::rules
