// Diving's dive numbers, as the sheets and diving copy write them: the group, the somersault
// count in figures and the position as a letter ("109C" a forward four-and-a-half somersaults
// tucked, "5253B"), said as commentators say them, "one oh nine C". Left alone a three-figure
// code with "C" was read as degrees Celsius. Only a code of a dive number's shape, and only in a
// line with a word of competitive diving, since "109C" is also a room, a bus route or a temperature.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// Words only a line about competitive diving uses: "springboard", "synchro", "synchronised",
// "DD", and the phrases "degree of difficulty" and "dive list". Not "platform", "dive", "divers",
// "pike" or "tuck": a railway, a market, the police and a fish share them.
bool tells_of_competitive_diving(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k].core;
    if (w == "DD" || text::is_one_of_lowered(w, {"springboard", "springboards", "synchro", "synchronised",
                                                 "synchronized"})) {
      return true;
    }
    bool after_dive = k > 0 && words[k - 1].suffix.empty() && text::is_one_of_lowered(words[k - 1].core, {"dive"});
    if (after_dive && text::is_one_of_lowered(w, {"list", "lists"})) return true;
    bool degree = k + 2 < words.size() && text::is_one_of_lowered(w, {"degree"}) &&
                  text::is_one_of_lowered(words[k + 1].core, {"of"}) &&
                  text::is_one_of_lowered(words[k + 2].core, {"difficulty"});
    if (degree) return true;
  }
  return false;
}

// The shape of a dive number, then its position A to D. Groups 1 to 4 (forward, back,
// reverse, inward) are three figures, the second 0 or 1 (flying or not), the third the half
// somersaults, 1 to 9 ("109C", "305B", "412C"); group 5, twisting, is four, 5 then the
// direction 1 to 4, the half somersaults and the half twists, 1 to 9 ("5253B"); group 6,
// armstand, is 6, the direction 1 to 4 and the half somersaults, then half twists when there are
// four ("612B", "6243D"). "150C", "200C", "1000C" and "6030C" have no such shape.
bool is_dive_number(std::string_view core) {
  if (core.size() < 4 || core.size() > 5) return false;
  char position = core.back();
  std::string_view figures = core.substr(0, core.size() - 1);
  if (position < 'A' || position > 'D' || !text::all_digits(figures)) return false;
  auto in = [](char c, char low, char high) { return c >= low && c <= high; };
  if (figures[0] == '5' || figures[0] == '6') {
    bool twists = figures.size() == 4 && in(figures[3], '1', '9');
    return (figures[0] == '6' || twists) && in(figures[1], '1', '4') && in(figures[2], '1', '9') &&
           (figures.size() == 3 || twists);
  }
  return figures.size() == 3 && in(figures[0], '1', '4') && in(figures[1], '0', '1') && in(figures[2], '1', '9');
}

// "In the diving, her 207C scored 90": the word "diving" is a weaker cue, as markets, police and
// scuba copy dive too; with it the code is a dive only where no noun follows that it would name
// or size ("the 105B rupee deal", "a 112A breaker", "the 109C temperature").
bool diving_beside_bare_code(const Words& words, std::size_t i) {
  bool noun_after = plain_noun_after(words, i) &&
                    !(i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"dive", "dives"}));
  return !noun_after && text::any_word(words, [](std::string_view w) { return text::iequals(w, "diving"); });
}

}  // namespace

std::optional<Match> match_dive_number(const Words& words, std::size_t i) {
  if (!is_dive_number(words[i].core) || !(tells_of_competitive_diving(words) || diving_beside_bare_code(words, i))) {
    return std::nullopt;
  }
  std::string_view core = words[i].core;
  // Each figure said, as the number is read off a dive sheet: "one oh nine C".
  return Match{1, digit_words(core.substr(0, core.size() - 1), "oh") + " " + std::string(1, core.back()), false};
}

}  // namespace briefcast::rules
