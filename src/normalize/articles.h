// The indefinite article, chosen in one place. Rules that put words for a written form can
// change its first sound ("an FY2031" -> "fiscal year", "a 8" -> "eight"), and rules that
// build a phrase need the article for a word of their own ("half an inch", "a week"). The
// choice goes by the first sound of the word said, read from its spelling where that is plain.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace briefcast::rules {

// Whether the said word `word` opens with a vowel sound: "eight", "hour", "F" (a capital read
// as its letter's name) do; "one", "unit", "hundred" do not. Nullopt where the spelling leaves
// it open ("umbrella" or "union"), and for a word that opens with no letter.
std::optional<bool> opens_with_vowel_sound(std::string_view word);

// "an hour", "a week", "an eighth": `word` with the article its sound takes ("a" where the
// sound is open).
std::string with_indefinite_article(std::string_view word);

// "an FY2031 surplus" -> "a fiscal year ...": the article ending `out` made to agree with the
// first sound of `spoken`, the words a rule put for the `written` form, where the two open with
// different sounds. A writer's choice the spelling cannot judge is kept.
void agree_article(std::string& out, std::string_view written, std::string_view spoken);

// "a 8% cut" -> "an eight percent cut", "an 0-2 count" -> "a zero-two count": in the words said
// for a whole line, each article before a number said in words, or a comparison sign said in
// words ("at least"), agrees with that word's first sound. The writer chose for the figure, whose
// reading ("an 11" for "eleven", "a 0" for "oh") may differ from the words said.
std::string agreed_before_numbers(std::string spoken);

}  // namespace briefcast::rules
