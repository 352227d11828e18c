// The order in which the normalizer tries its multi-word rules at a word. The first rule that
// matches consumes the words, so a rule that knows a narrower case must come before a broader
// one that would also take its figures: "port 8080" is a port before it is a number, "0161 496
// 0000" a telephone before it is three numbers. The order is the one place where two classes
// meet; each rule itself is in the directory of its class.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "normalize/match.h"

namespace briefcast::rules {

using Matcher = std::optional<Match> (*)(const Words& words, std::size_t i);

// Every multi-word rule, most specific first.
std::span<const Matcher> matchers_in_order();

}  // namespace briefcast::rules
