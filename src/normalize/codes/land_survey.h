// land_survey.cpp: "NE¼", "T4N", "R3W" in a line about sections -> "northeast quarter",
// "Township four North", "Range three West". Declared apart from codes.h, which every rule
// reads, so the rule order alone needs it.
#pragma once

#include <cstddef>
#include <optional>

#include "normalize/match.h"

namespace briefcast::rules {

std::optional<Match> match_land_survey(const Words& words, std::size_t i);

}  // namespace briefcast::rules
