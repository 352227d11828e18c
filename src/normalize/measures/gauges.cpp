// A figure and "G" or "g" that is a gauge: a needle's, a wire's, a gun's or a piercing's ("a
// 21G needle", "16g labrets", "stretched to 00g"), said "twenty-one-gauge"; elsewhere the
// letter stays a gram or a network's generation ("5G"). Part of the letter units
// (letter_units.cpp tries it in its turn).
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// What is sized by its gauge: a needle, a wire, a shotgun, a piercing.
bool is_gauge_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"needle", "needles", "cannula", "cannulas", "cannulae", "catheter", "catheters",
                                     "venflon", "butterfly", "spinal", "hypodermic", "wire", "wires", "shotgun",
                                     "shotguns", "piercing", "piercings", "earring", "earrings"});
}

// A word of what is sized by gauge, anywhere near: the piercer's jewellery and the body's
// places for it, a stretched lobe, a needle, a wire.
bool tells_of_gauges(std::string_view w) {
  return is_gauge_noun(w) || text::is_one_of_lowered(w, {"piercer", "pierced", "labret", "labrets", "septum", "helix",
                                                         "tragus", "lobe", "lobes", "stretched", "barbell",
                                                         "barbells", "plugs", "tunnels", "gauges"});
}

// "labrets", "needles", "jewellery": a thing made to a gauge, which one before it sizes.
bool is_gauged_thing(std::string_view w) {
  return tells_of_gauges(w) || text::is_one_of_lowered(w, {"jewelry", "jewellery", "ring", "rings", "hoop", "hoops",
                                                           "stud", "studs", "plug", "tunnel", "taper", "tapers",
                                                           "spacer", "spacers", "bar", "bars"});
}

// A word of gauges in the eight words before word i: the thing the figure after it sizes.
bool gauge_named_before(const Words& words, std::size_t i) {
  for (std::size_t k = i >= 8 ? i - 8 : 0; k < i; ++k) {
    if (tells_of_gauges(words[k].core)) return true;
  }
  return false;
}

// "16", "00", "000": a gauge's figure as a piercer or an electrician says it ("double-oh").
std::optional<std::string> gauge_figure(std::string_view figure) {
  if (figure == "00") return std::string("double-oh");
  if (figure == "000") return std::string("triple-oh");
  if (figure.size() > 2 || !text::all_digits(figure) || (figure.size() == 2 && figure[0] == '0')) return std::nullopt;
  if (figure.size() == 2 && figure > "34") return std::nullopt;
  return cardinal_words(figure);
}

// "a 21G needle", "21 G cannula", "a 12G shotgun": a needle's, a wire's or a gun's gauge; "5G"
// stays a network's generation, as a gauge is a figure of two digits. A "g" or "G" after a
// gauge's figure is the gauge, no gram, before a thing made to one ("16g labrets", one
// adjective) or after the thing it sizes ("stretched to 00g", "sixteen gauge").
std::optional<Match> gauge(const Words& words, std::size_t i) {
  std::string_view figure;
  std::size_t count = unit_letters_after(words, i, "G", figure);
  if (count == 0) count = unit_letters_after(words, i, "g", figure);
  auto said = count == 0 ? std::nullopt : gauge_figure(figure);
  if (!said) return std::nullopt;
  std::size_t n = i + count;
  bool capital = words[n - 1].core.back() == 'G';
  bool two = figure.size() == 2 && figure >= "10";
  bool sized = capital && two && words[n - 1].suffix.empty() && n < words.size() &&
               (is_gauge_noun(words[n].core) ||
                (words[n].suffix.empty() && n + 1 < words.size() && is_gauge_noun(words[n + 1].core)));
  if (sized) return Match{count, text::hyphenated(*said + " gauge"), false};
  // "16g of sugar": an amount of a thing is grams, whatever the line; a spaced "g" is left to them too.
  // "14g per metre" is a weight per a length, no gauge.
  bool of = words[n - 1].suffix.empty() && n < words.size() && text::is_one_of(words[n].core, {"of", "per"});
  if (of || (!capital && count != 1)) return std::nullopt;
  bool before_noun = words[n - 1].suffix.empty() && n < words.size() && words[n].prefix.empty() &&
                     !words[n].core.empty() && text::is_lower(words[n].core[0]) && text::all_alpha(words[n].core) &&
                     !text::is_function_word(words[n].core) && !text::ends_with(words[n].core, "ly") &&
                     !is_not_noun(words[n].core) && !is_time_or_count_word(words[n].core);
  // Before a noun the gauge sizes only a thing made to one ("16g labrets"); "3g cocaine" in a
  // line that names needles too is still grams of it.
  if (before_noun) {
    if (!is_gauged_thing(words[n].core)) return std::nullopt;
    return Match{count, text::hyphenated(*said + " gauge"), false};
  }
  // Standing alone, it is a gauge after the thing it sizes ("the needle, 18g,", "stretched to
  // 00g"); a cue only after it ("moved 20g through tunnels") tells nothing of that figure.
  if (!gauge_named_before(words, i)) return std::nullopt;
  return Match{count, *said + " gauge", false};
}

}  // namespace

std::optional<Match> match_gauge(const Words& words, std::size_t i) { return gauge(words, i); }

}  // namespace briefcast::rules
