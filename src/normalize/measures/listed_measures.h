// A glued measure and a singular noun in a list of such items ("2km swim, 60km ride and 15km
// run"): the measure sizes the noun. Read by measure.cpp. Internal to src/normalize.
#pragma once

#include <cstddef>

#include "normalize/match.h"

namespace briefcast::rules {

bool listed_measure_sizes_noun(const Words& words, std::size_t i);

}  // namespace briefcast::rules
