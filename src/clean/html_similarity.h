// html_similarity: comparing two texts by their words, case-folded: word 3-gram sets and their
// containment, and plain word overlap (for headlines).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace briefcast {

using ShingleSet = std::unordered_set<std::string>;

// Lower-cased word 3-grams of `text` (its single words when it has fewer than three).
ShingleSet shingles(std::string_view text);

// Share of `part`'s shingles found in `whole`; 0 when `part` is empty.
double containment(const ShingleSet& part, const ShingleSet& whole);

// Words of `a` found in `b`, over the word count of the longer of the two; 0 when either is empty.
double word_overlap(std::string_view a, std::string_view b);

}  // namespace briefcast
