// What a rule of the normalizer returns. The rules live one source file each, grouped by
// semiotic class in the sub-directories (numbers/, measures/, money/, dates/, codes/,
// references/, sport/, words/), each declared in that directory's header. Two kinds of rule:
//  - match_*: look at the words from position i on, and when a class applies, say how many
//    words it consumed and what they say ("Jan. 5, 2010" spans three words);
//  - speak_*: the spoken form of one word's core (its text without outer punctuation), or
//    nothing when the class does not apply.
// Internal to src/normalize; the public API is normalizer.h. Every rule runs in time linear
// in the text it looks at and never recurses on its own output.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "normalize/text_util.h"

namespace briefcast::rules {

using text::Word;
using Words = std::vector<Word>;

struct Match {
  std::size_t count = 1;    // words consumed, from position i
  std::string spoken;       // replaces the consumed words' cores
  bool eat_period = false;  // the last word's period belonged to an abbreviation
  bool eat_mark = false;    // the last word's closing quote was a mark of the figure (a minute's '),
                            // or its "!!", "?!" a chess annotator's mark of the move
};

}  // namespace briefcast::rules
