// Geological and archaeological time after a figure (geological_ages.cpp), read in
// context_units.cpp's order. Internal to src/normalize/measures.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/match.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// "a 66-Ma-old crater" -> "sixty-six-million-year-old crater": the age joined before "old".
std::optional<Match> joined_age(const Words& words, std::size_t i);

// "66 Ma" -> "sixty six million years ago", "8.6 Myr" -> "eight point six million years": the
// age unit after the figure at i, whose words are `figure` and which takes `n` words.
std::optional<Match> years_ago(const Words& words, std::size_t i, const std::string& figure, std::size_t n);

// "3350-3120 cal BC" -> "thirty three fifty to thirty one twenty cal": a calibrated date.
std::optional<Match> calibrated_date(const Words& words, std::size_t i);

}  // namespace briefcast::rules
