// A lone capital "N" after a figure is the newton where the words nearest it tell of a force:
// a strength, a pull, a puncture or impact a thing is rated to resist ("a 1,600 N puncture
// test", "jackets rated 800 N", "a 350 N plastron"). eSpeak NG said the letter, and the measure
// was lost. Elsewhere the letter is a compass point ("Route 50 N"), a grade or a label, so with
// no word of force near, or a degree before it, it stays as written.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words that name a force in no other sense, and the protective kit rated by the force it
// withstands: enough on their own.
bool names_a_force(std::string_view w) {
  return text::is_one_of_lowered(
      w, {"puncture", "penetration", "tensile", "thrust", "compression", "compressive", "shear", "clamping",
          "newton", "newtons", "plastron", "plastrons", "underplastron", "breeches", "bib", "stab", "anchorage",
          "withstand", "withstands"});
}

// Words of a force that news uses in other senses too ("gale force", "the impact was felt"):
// a force only beside a word of rating or testing.
bool tells_of_force(std::string_view w) {
  return text::is_one_of_lowered(
      w, {"force", "forces", "strength", "strengths", "pull", "pulls", "pulling", "push", "breaks", "snaps", "load",
          "loads", "loading", "breaking", "grip", "bite", "tension", "impact", "impacts", "resistance", "resistant",
          "resist", "traction", "anchor", "anchors"});
}

bool tells_of_rating(std::string_view w) {
  return text::is_one_of_lowered(w, {"rated", "rating", "ratings", "test", "tests", "tested", "testing", "holds",
                                     "hold", "certified", "withstood",
                                     // a part's failure under a load ("handles crack at loads of 50 N")
                                     "crack", "cracks", "cracked", "fail", "fails", "failed", "failure", "snap",
                                     "snapped", "buckle", "buckled"});
}

bool is_latitude_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"latitude", "longitude", "parallel", "lat", "north", "south", "route", "highway",
                                     "road", "street", "avenue", "interstate"});
}

// "52 N, 4 W": a position, the latitude's letter followed by a longitude's figure and letter.
bool coordinate_follows(const Words& words, std::size_t n) {
  if (n + 2 >= words.size() || !text::parse_plain_figure(words[n + 1].core)) return false;
  return text::is_one_of(words[n + 2].core, {"W", "E"});
}

}  // namespace

std::optional<Match> match_force_unit(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || words[i + 1].core != "N" || !words[i + 1].prefix.empty() || !words[i].suffix.empty() ||
      !words[i].prefix.empty()) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  // "a pull of 140 N", "a grip force of 90 N": a word of force right before "of" and the figure
  // names what is measured, with no rating beside it.
  // Not before a noun: "the bite of 40 N sharks" has no force in N.
  bool force_of = i >= 2 && words[i - 1].core == "of" && words[i - 2].suffix.empty() &&
                  tells_of_force(words[i - 2].core) && !plain_noun_after(words, i + 1);
  bool force = force_of || text::any_word_near(words, i, 6, names_a_force) ||
               (text::any_word_near(words, i, 6, tells_of_force) && text::any_word_near(words, i, 6, tells_of_rating));
  // "10,000 N Korean troops", "3 N Atlantic storms": a capitalised word right after the letter
  // makes it the compass point of a name, never the unit.
  bool name_follows = i + 2 < words.size() && words[i + 1].suffix.empty() && words[i + 2].prefix.empty() &&
                      text::is_capitalized(words[i + 2].core);
  if (!number || !force || name_follows || text::any_word_near(words, i, 4, is_latitude_word) ||
      coordinate_follows(words, i + 1)) {
    return std::nullopt;
  }
  std::string figure = number_words(*number, false);
  // "350 N plastron": a noun right after the unit is what the force rates.
  if (is_adjectival(words, i, 2) || plain_noun_after(words, i + 1)) return Match{2, text::hyphenated(figure + " newton"), false};
  bool one = !number->has_point && number->integer == "1";
  return Match{2, figure + (one ? " newton" : " newtons"), false};
}

}  // namespace briefcast::rules
