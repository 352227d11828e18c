// How capitals are read: shouted headlines and datelines keep their words, runs of capital
// words inside prose are emphasis, and short capitals elsewhere are spelled as initialisms.
// Internal to src/normalize.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "normalize/match.h"

namespace briefcast::rules {

// A headline or dateline in capitals: two or more all-capital words, most of the line's words.
bool is_shouted(const Words& words, std::size_t from);
// The words of runs of three or more capital words inside an ordinary line ("so WOMEN CAN TALK").
std::vector<bool> shouted_runs(const Words& words);
// The words of names in capitals in a byline ("By Alexandra Jaffe and MEG KINNARD").
std::vector<bool> byline_names(const Words& words);
// How many words the capitals of a wire dateline span ("NEW YORK, N.Y. (AP) —"); 0 for none.
std::size_t dateline_words(const Words& words);
// The spoken line with its initialisms written so eSpeak NG spells them ("FDIC" -> "F.D.I.C").
std::string spell_capitals(const std::string& spoken);

}  // namespace briefcast::rules
