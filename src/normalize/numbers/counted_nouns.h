// The nouns of people and of things that come whole, which the news counts: "1277 voters",
// "3.2m users", "25.000 visitors", "a train 1200 passengers rode". Several rules decide that a
// figure is a count because such a noun follows it; they share this core and each adds only the
// nouns its own reading allows (units for a four-figure count, currencies for thousands parted
// off with points, online tallies for millions). Internal to src/normalize.
#pragma once

#include <string_view>

namespace briefcast::rules {

// A plural of people, animals or whole things: "residents", "cattle", "homes", "tickets".
bool is_counted_thing(std::string_view word);
// A plural of attempts a player's tally counts: "kicks", "passes", "putts".
bool is_attempt(std::string_view word);

}  // namespace briefcast::rules
