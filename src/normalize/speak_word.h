// The reading of one word on its own (speak_word.cpp), for the driver and for the rules that
// read a piece of a word. Internal to src/normalize.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace briefcast::rules {

// Every single-word rule in order; `allow_pieces` adds the fallback (a plain word as written or
// as its acronym, anything else piece by piece).
std::string speak_word(std::string_view core, bool allow_pieces = true);
// The first single-word rule that applies to `core`, or nothing.
std::optional<std::string> speak_known(std::string_view core);

}  // namespace briefcast::rules
