// A typeface's size on its leading, as typesetters write it: "set in 10/13 pt Minion", "9/12pt",
// "11/14 point". The slashed figures had been read as a month and a day ("October thirteenth
// pt"), but a pair before a unit or a measure word is never a date. Said as typesetters say it:
// "ten on thirteen point". The leading is never less than the size, so a top over a smaller
// bottom is left to the other rules.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_point_word(std::string_view w) { return text::is_one_of(w, {"pt", "pts", "point", "points"}); }

// "10/13" -> "ten on thirteen": a size of one or two figures on a leading no smaller.
std::optional<std::string> size_on_leading(std::string_view pair) {
  auto figures = text::figure_pair(pair, '/', 2);
  if (!figures || figures->left[0] == '0' || figures->right[0] == '0') return std::nullopt;
  int size = std::stoi(std::string(figures->left));
  int leading = std::stoi(std::string(figures->right));
  if (size < 4 || leading < size) return std::nullopt;
  return cardinal_words(figures->left) + " on " + cardinal_words(figures->right) + " point";
}

}  // namespace

std::optional<Match> match_type_size(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.size() < 3 || !text::is_digit(w.core[0])) return std::nullopt;
  // "9/12pt": the unit glued to the pair.
  std::size_t end = w.core.find_first_not_of("0123456789/");
  if (end != std::string_view::npos) {
    auto said = is_point_word(w.core.substr(end)) ? size_on_leading(w.core.substr(0, end)) : std::nullopt;
    return said ? std::optional<Match>(Match{1, *said, false}) : std::nullopt;
  }
  if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() || !is_point_word(words[i + 1].core)) {
    return std::nullopt;
  }
  // "10/13 pt. Minion": with words after it, the period is the abbreviation's.
  auto said = size_on_leading(w.core);
  if (!said) return std::nullopt;
  bool abbreviated = words[i + 1].core == "pt" && text::has_period(words[i + 1]) && i + 2 < words.size();
  return Match{2, *said, abbreviated};
}

}  // namespace briefcast::rules
