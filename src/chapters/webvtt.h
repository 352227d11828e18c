// WebVTT: a "WEBVTT" header and one cue per entry. With chapter titles it is a chapter track
// (<track kind="chapters">); with sentences it is a caption track. Pure: returns the text.
#pragma once

#include <string>
#include <vector>

#include "chapters/timed_text.h"

namespace briefcast {

std::string make_webvtt(const std::vector<TimedText>& cues);

// Cue text with '&', '<' and '>' escaped, so that "-->" or markup in a title stays text.
std::string escape_webvtt(const std::string& text);

}  // namespace briefcast
