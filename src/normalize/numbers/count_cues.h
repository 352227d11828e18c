// The words that tell a count in millions from a length in meters after a lower-case "m":
// "3.2m users" is a count, "a 7.6m wall" a length, and "the list stood at 7.6m" whichever the
// other words of the line speak of. Kept apart from the rule that reads the figures
// (count_scale.cpp) because they are vocabulary, not reading. Internal to src/normalize.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "normalize/match.h"

namespace briefcast::rules {

// The currency a figure is in, named right after it: "3m shekels", "a 3m euro fine", "2m won".
bool names_currency_after_figure(std::string_view word);
// "two", "twelve", "fifty": a count in words of the things that follow ("two 50 kg bags",
// "twelve CEOs").
bool is_small_count_word(std::string_view word);
// Things counted in millions, currencies named in the plural among them: "users", "euros".
bool is_counted_noun(std::string_view word);
// A lower-case plural ("users") or an initialism's plural ("TEUs"): the shape of things counted.
bool is_plural_noun(std::string_view word);
// A word of a line about lengths, heights and distances ("tall", "dive", "metres").
bool is_length_cue(std::string_view word);
// What the words of the line say a lower-case "m" is: +1 million, -1 meters, 0 nothing.
int line_says_million(const Words& words, std::size_t i);
// Another metric length joined to the figure ("2m and 70cm"), or the thing measured a few words
// before it ("fences set at 1.35m"): a lower-case "m" there is meters.
bool length_beside(const Words& words, std::size_t i);
// A race named by its distance ("100M freestyle", "the 400M hurdles").
bool is_race_word(std::string_view word);
// A unit a length in meters could stand beside ("ft", "mm", "s"), or no unit at all.
bool is_length_or_time_unit(std::string_view symbol);
// Plural things a length is given for ("8m waves", "the 100m heats", "10m yachts").
bool is_measured_thing(std::string_view word);
// A unit named in full ("metres", "litres"): after a lower-case "m" it is what is counted.
bool is_unit_name(std::string_view word);
// "Room 301M", "Gate 12 C", "at Line 4B": the figure at i right after a capitalised noun inside
// the line, or after a noun that names things by labels, is that thing's label.
bool labelled_figure(const Words& words, std::size_t i);
// A whole figure in "m" right after a verb of covering ground only a body does ("swam 800m"),
// or after "over" a few words from a greyhound's trap and its number, in a line of no sums: a
// race's distance, not a count. `count` is the words the figure and its "m" take.
bool race_distance_before(const Words& words, std::size_t i, std::size_t count);
// A figure a plural subject counted changes to or by ("weddings fell to 2.04m"); a `whole`
// figure only for things counted by the million or a trade's tallies (counted_subjects.cpp).
bool counted_subject_changes_to(const Words& words, std::size_t i, bool whole);

// "5.5 m of an estimated 28 m drivers", "1.2m of its 4m members": after a part's scale at j,
// "of", up to three words of a determiner or an estimate, then the whole's figure: its index.
// A part of a whole is said in the whole's scale, which count_scale.cpp reads there.
std::optional<std::size_t> whole_after_part(const Words& words, std::size_t j);
// "densities of 1.5m per acre", "2.4m a hectare": after the scale at j, a rate per an area. No
// one measures meters per acre, so a lower-case "m" before it is million.
bool per_area_follows(const Words& words, std::size_t j);
// A participle of things counted and its preposition after the figure ("3.2m affected by"): no noun follows.
bool participle_clause_follows(const Words& words, std::size_t j);

// "from 40k to 125k copies": the figure at i with its "k" joined by "to" or "and" to a figure
// plainly in thousands (past a race's kilometers), so thousands too.
bool spans_to_thousands(const Words& words, std::size_t i);
// "the 5k and 10k races": a whole figure of up to two places (or a hundred) with "k" before
// races (or runs after a small count, "three 10k runs") is a race's kilometers, no count of thousands.
bool race_distance_in_k(const text::NumberLiteral& number, const Words& words, std::size_t noun_at);

}  // namespace briefcast::rules
