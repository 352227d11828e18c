// A lens's power in dioptres: "a -0.25D lens", "+2.50D in each eye", "from −6.00 D to +4.00 D".
// The sign was dropped and the point said "dot" ("zero dot twenty five D"), which inverts a
// prescription. A figure with a sign or a point and a capital D, joined or spaced, with a word
// of eyes near, is dioptres ("minus zero point two five dioptres"); "3D" and "2.5D games" keep
// their letter. A prescription is written in quarters with two decimals; its closing zeros are
// printed, not said ("−6.00" is "minus six", "0.50" "zero point five").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words only of lenses and their fitting: beside them even an unsigned "1.5 D" is a power.
bool is_lens_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"lens", "lenses", "spectacles", "spectacle", "prescription", "prescriptions",
                                        "myopia", "astigmatism", "optician", "opticians", "optometrist",
                                        "optometrists", "ophthalmologist", "cylinder", "cylinders", "sphere", "spheres",
                                        "toric", "varifocal", "varifocals", "bifocal", "bifocals", "dioptre",
                                        "dioptres", "diopter", "diopters", "sph", "cyl", "presbyopia", "hyperopia"});
}

// Words of eyes that other trades use too ("reading", "vision", "contact"): enough for a
// joined "2.5D", not for a spaced letter that may begin a word of its own.
bool is_eye_word(std::string_view core) {
  return is_lens_word(core) ||
         text::is_one_of_lowered(core, {"glasses", "eye", "eyes", "sight", "contacts", "contact", "reading", "vision"});
}

// The figure of a power, its sign split off: "−6.00" -> "minus ", "6.00".
std::string_view split_sign(std::string_view figure, std::string& sign) {
  if (!figure.empty() && (figure[0] == '-' || figure[0] == '+')) {
    sign = figure[0] == '-' ? "minus " : "plus ";
    figure.remove_prefix(1);
  } else if (text::starts_with(figure, "\u2212")) {
    sign = "minus ";
    figure.remove_prefix(3);
  }
  return figure;
}

// "6.00" -> "6", "0.50" -> "0.5": the power without its printed closing zeros.
text::NumberLiteral without_closing_zeros(text::NumberLiteral number) {
  while (!number.decimals.empty() && number.decimals.back() == '0') number.decimals.pop_back();
  number.has_point = !number.decimals.empty();
  return number;
}

// "in 0.25 D steps", "+1.00 D lenses": a plural noun right after the power, each of that power.
bool sizes_plural(const Words& words, std::size_t last) {
  std::size_t n = last + 1;
  return n < words.size() && words[last].suffix.empty() && words[n].prefix.empty() &&
         has_plural_shape(words[n].core) && !is_verb_in_s(words[n].core) && !text::is_function_word(words[n].core);
}

}  // namespace

std::optional<Match> match_dioptre(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t count = 1;
  if (core.size() >= 3 && core.back() == 'D') {
    core.remove_suffix(1);
  } else if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].core == "D" &&
             words[i + 1].prefix.empty()) {
    count = 2;
  } else {
    return std::nullopt;
  }
  std::string sign;
  std::string_view figure = split_sign(core, sign);
  auto number = text::parse_number(figure);
  if (!number || number->negative || figure.empty() || !text::is_digit(figure[0]) || figure.size() > 6) return std::nullopt;
  if ((sign.empty() && !number->has_point) || !text::any_word_near(words, i, 12, is_eye_word)) return std::nullopt;
  if (count == 2 && sign.empty() && !text::any_word_near(words, i, 8, is_lens_word)) return std::nullopt;
  text::NumberLiteral power = without_closing_zeros(*number);
  std::string said = sign + number_words(power);
  bool one = !power.has_point && power.integer == "1";
  bool adjective = is_adjectival(words, i, count) || sizes_plural(words, i + count - 1);
  said += adjective || one ? " dioptre" : " dioptres";
  return Match{count, adjective ? text::hyphenated(said) : said, false};
}

}  // namespace briefcast::rules
