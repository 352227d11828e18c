// Number words for the normalizer: cardinals, ordinals, years and digit strings spelled in
// English through ICU's rule-based spellout, so no hand-made number tables live here.
// Every function takes plain ASCII digits (no sign, no separators) and returns lowercase words
// separated by single spaces. Thread-safe: each thread keeps its own ICU formatter.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// Longest digit string spelled as one number (up to the undecillions); longer strings are read
// digit by digit. ICU spells up to 18 digits (its int64 range); longer ones are spelled in
// groups of three with their scale words, as any cardinal is said.
inline constexpr std::size_t kMaxNumberDigits = 36;
// Longest digit string read digit by digit; longer ones are summarised ("a forty digit number")
// so that no input can make the spoken text grow without bound.
inline constexpr std::size_t kMaxReadDigits = 24;

// "123" -> "one hundred twenty three"; `with_and` gives the British "one hundred and twenty three".
std::string cardinal_words(std::string_view digits, bool with_and = false);

// "21" -> "twenty first".
std::string ordinal_words(std::string_view digits);

// "1994" -> "nineteen ninety four", "2005" -> "two thousand five", "1805" -> "eighteen oh five".
std::string year_words(std::string_view digits);

// "007" -> "zero zero seven"; very long strings are summarised.
std::string digit_words(std::string_view digits, std::string_view zero = "zero");

// The word for one digit character '0'..'9'.
std::string_view digit_word(char digit);

// Pairs as on a flight, a road or a model: "1428" -> "fourteen twenty eight", "707" -> "seven oh
// seven" ("Boeing 707", "Route 101", "802.11"). A house number may say its zero as "zero"
// ("708 Main St" -> "seven zero eight"), as address data reads it.
std::string paired_digit_words(std::string_view digits, std::string_view zero = "oh");

// The plural of a spelled number's last word: "nineteen eighty" -> "nineteen eighties",
// "three fifth" -> "three fifths".
std::string pluralize_last_word(std::string words);

}  // namespace briefcast
