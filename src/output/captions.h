// Sentence-timed captions (`--captions FILE.vtt` or `.srt`): one cue per spoken headline or
// sentence, from where eSpeak NG said its first word to the end of its audio, showing the
// written text.
#pragma once

#include <string>
#include <vector>

#include "chapters/timed_text.h"
#include "pipeline/briefing.h"

namespace briefcast {

enum class CaptionFormat { kWebVtt, kSrt };

// By extension: ".vtt" or ".srt". Throws Error (Stage::kUsage) for anything else.
CaptionFormat caption_format_for_path(const std::string& path);

// The cues, in order, times in milliseconds; segments with no audio are left out.
std::vector<TimedText> caption_cues(const std::vector<SpokenSegment>& segments, int sample_rate_hz);

std::string make_captions(CaptionFormat format, const std::vector<SpokenSegment>& segments, int sample_rate_hz);

}  // namespace briefcast
