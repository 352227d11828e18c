// The closed classes of English: articles, prepositions, conjunctions, pronouns and
// auxiliary verbs. A rule that asks "is the next word a noun?" cannot know every noun, but
// it can know every word that is surely not one, because these classes do not grow.
#pragma once

#include <string_view>

namespace briefcast::text {

// True for a lower-case function word ("over", "than", "would"); case matters, so a
// capitalised "Over" at a sentence start is for the caller to lower first.
bool is_function_word(std::string_view word);

}  // namespace briefcast::text
