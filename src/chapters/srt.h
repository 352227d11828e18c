// SubRip (.srt) captions: numbered cues "HH:MM:SS,mmm --> HH:MM:SS,mmm" and their text.
// Pure: returns the text.
#pragma once

#include <string>
#include <vector>

#include "chapters/timed_text.h"

namespace briefcast {

std::string make_srt(const std::vector<TimedText>& cues);

}  // namespace briefcast
