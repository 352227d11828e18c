// A lens's power in dioptres: "a -0.25D lens", "+2.50D in each eye". The sign was dropped and
// the point said "dot" ("zero dot twenty five D"), which inverts a prescription. A figure with
// a sign or a point and a capital D, with a word of eyes near, is dioptres ("minus zero point
// two five dioptres"); "3D" and "2.5D games" keep their letter.
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_eye_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"lens", "lenses", "glasses", "spectacles", "prescription", "eye", "eyes",
                                        "sight", "myopia", "astigmatism", "optician", "optometrist", "contacts",
                                        "contact", "reading", "vision", "cylinder", "sphere"});
}

}  // namespace

std::optional<Match> match_dioptre(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.back() != 'D') return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  std::string sign;
  if (figure[0] == '-' || figure[0] == '+') {
    sign = figure[0] == '-' ? "minus " : "plus ";
    figure.remove_prefix(1);
  } else if (text::starts_with(figure, "\u2212")) {
    sign = "minus ";
    figure.remove_prefix(3);
  }
  auto number = text::parse_number(figure);
  if (!number || number->negative || figure.empty() || !text::is_digit(figure[0]) || figure.size() > 6) return std::nullopt;
  if ((sign.empty() && !number->has_point) || !text::any_word_near(words, i, 8, is_eye_word)) return std::nullopt;
  bool one = !number->has_point && number->integer == "1";
  bool adjective = is_adjectival(words, i, 1);
  std::string said = sign + number_words(*number) + (adjective || one ? " dioptre" : " dioptres");
  return Match{1, adjective ? text::hyphenated(said) : said, false};
}

}  // namespace briefcast::rules
