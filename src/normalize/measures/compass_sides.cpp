// A compass letter as the side or the region of a place, after "the": "the E. boundary", "the
// N side of the church", "rain in the NE.", "the SW and the Midlands". eSpeak NG spelt the
// letters ("the E boundary", "the N E"), or paused after "E." as at a sentence end. Said as
// the direction: "the east boundary", "in the northeast". Only before a noun of a side or at
// the end of the phrase, so "the E. coli" and "the N Line" stay. Two or three letters ("NE",
// "SSW") before such a noun are the direction after any word ("the caldera's NE flank", "strong
// NE winds"), but not after a comma, where "Omaha, NE" is a state.
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 16> kSides = {{{"N", "north"}, {"S", "south"}, {"E", "east"}, {"W", "west"},
                                                {"NE", "northeast"}, {"NW", "northwest"}, {"SE", "southeast"},
                                                {"SW", "southwest"}, {"NNE", "north-northeast"}, {"ENE", "east-northeast"},
                                                {"ESE", "east-southeast"}, {"SSE", "south-southeast"},
                                                {"SSW", "south-southwest"}, {"WSW", "west-southwest"},
                                                {"WNW", "west-northwest"}, {"NNW", "north-northwest"}}};

bool is_side_noun(std::string_view w) {
  return text::is_one_of(w, {"side", "sides", "boundary", "boundaries", "wall", "walls", "bank", "end", "wing", "coast",
                             "face", "slope", "edge", "flank", "corner", "elevation", "entrance", "gate", "stand",
                             "terrace", "border", "shore", "approach", "aisle", "transept", "tower", "front", "ridge",
                             "tip", "portal", "carriageway", "platform", "fence", "line", "perimeter", "quarter",
                             "flanks", "corners", "slopes", "faces", "coasts", "wind", "winds", "breeze", "gales", "swell",
                             "quadrant", "quadrants", "sector", "rim", "shoulder", "limb"});
}

}  // namespace

std::optional<Match> match_compass_side(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || (i > 0 && !words[i - 1].suffix.empty())) return std::nullopt;
  bool determined = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"the", "its", "their"});
  std::string_view core = w.core;
  // "NE flank", "a SW wind": two or three capitals before a side's noun after any word.
  if (!determined) {
    bool capitals = core.size() >= 2 && core.size() <= 3 && text::all_upper(core) && w.suffix.empty();
    if (!capitals || i + 1 >= words.size() || !words[i + 1].prefix.empty() || !is_side_noun(words[i + 1].core)) {
      return std::nullopt;
    }
  }
  std::string joined;
  // "the N.E. corner": the letters written with periods.
  if (core.size() == 3 && core[1] == '.') {
    joined = {core[0], core[2]};
    core = joined;
  }
  auto said = text::said_for(kSides, core);
  if (!said) return std::nullopt;
  bool dotted = text::has_period(w);
  bool last = i + 1 >= words.size();
  const Word* next = last ? nullptr : &words[i + 1];
  bool side_noun = next && (w.suffix.empty() || w.suffix == ".") && next->prefix.empty() && is_side_noun(next->core);
  // "in the NE.", "the SW and the Midlands", "the NE of England": a region, two letters only.
  bool region = core.size() == 2 && (last || (!w.suffix.empty() && w.suffix[0] != '.' && w.suffix[0] != '-') ||
                                     (w.suffix == "." && period_ends_sentence(words, i)) ||
                                     (w.suffix.empty() && text::is_one_of(next->core, {"of", "and", "or", "to", "in", "on", "at",
                                                                                       "this", "today", "tomorrow", "tonight",
                                                                                       "later"})));
  if (!side_noun && !region) return std::nullopt;
  return Match{1, std::string(*said), dotted && side_noun};
}

}  // namespace briefcast::rules
