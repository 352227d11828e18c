// The closed classes of English: articles, prepositions, conjunctions, pronouns and
// auxiliary verbs. A rule that asks "is the next word a noun?" cannot know every noun, but
// it can know every word that is surely not one, because these classes do not grow.
// Short cue-word lists that several rules share live here too, so that each is kept once.
#pragma once

#include <string_view>

namespace briefcast::text {

// True for a lower-case function word ("over", "than", "would"); case matters, so a
// capitalised "Over" at a sentence start is for the caller to lower first.
bool is_function_word(std::string_view word);

// True for a word that, capitalised after a period, opens the next sentence rather than
// going on with a name ("... Harry S. The next day", "... Group Inc. In 2010"): a function
// word or a sentence adverb, in any case. "May" and "Will" are names as well, and a single
// letter is more often the next initial.
bool opens_sentence(std::string_view word);

// True for a lower-case verb of motion that a direction may follow bare ("moving WNW",
// "heading SW"): the cue that a compass point's capitals are a direction, not letters.
bool is_motion_verb(std::string_view word);

}  // namespace briefcast::text
