// Text shown over a stretch of the briefing (a chapter title or a caption), in milliseconds,
// plus the clock formats the sidecar writers share. Pure functions, no I/O.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/article.h"

namespace briefcast {

struct TimedText {
  std::int64_t start_ms = 0;
  std::int64_t end_ms = 0;
  std::string text;
};

// Frames at `sample_rate_hz` to milliseconds, rounded to the nearest.
std::int64_t frames_to_ms(std::int64_t frames, int sample_rate_hz);

// One entry per chapter, from its first frame to the first frame of the next.
std::vector<TimedText> chapters_to_timed_text(const std::vector<Chapter>& chapters, int sample_rate_hz);

// "HH:MM:SS.mmm" (WebVTT) or, with ',' as `fraction_separator`, "HH:MM:SS,mmm" (SubRip).
// Hours grow past 99 rather than wrap.
std::string format_clock_ms(std::int64_t ms, char fraction_separator = '.');

// Text on one line: line breaks and other control characters become single spaces, and runs
// of spaces collapse, so a title can never end a cue or a header line early.
std::string one_line(const std::string& text);

}  // namespace briefcast
