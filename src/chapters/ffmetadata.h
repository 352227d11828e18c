// FFmpeg's metadata file (";FFMETADATA1"): the briefing's tags and one [CHAPTER] per chapter,
// always with TIMEBASE=1/1000 because ffmpeg versions disagree on the unit without it.
//   ffmpeg -i briefing.wav -i briefing.ffmeta -map_metadata 1 -map_chapters 1 briefing.m4b
// Pure: returns the text.
#pragma once

#include <string>
#include <vector>

#include "model/audio_tags.h"
#include "model/article.h"

namespace briefcast {

std::string make_ffmetadata(const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags);

// Backslash before the characters the format reserves: '=', ';', '#', '\' and newline.
std::string escape_ffmetadata(const std::string& text);

}  // namespace briefcast
