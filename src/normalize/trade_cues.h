// Words of trades that rules of more than one class key on: a line about welding reads "180 A"
// as amps (measures), "316L" as a steel's grade (codes), "Ar" as argon (measures) and "sch" as a
// pipe's schedule (words). One list, so the classes agree on what a welding line is.
#pragma once

#include <string_view>

namespace briefcast::rules {

// "weld", "welding", "welder", "TIG", "MIG", "MMA": a word of welding, in any case.
bool tells_of_welding(std::string_view core);

}  // namespace briefcast::rules
