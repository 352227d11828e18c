// A CUE sheet: one TRACK per chapter with an INDEX 01 at its start, in CD frames (75 per
// second). mpv and foobar2000 navigate a briefing by it. Pure: returns the text.
#pragma once

#include <string>
#include <vector>

#include "model/article.h"

namespace briefcast {

struct CueSheetConfig {
  std::string audio_file_name;  // as the FILE line names it, relative to the sheet: "briefing.wav"
  std::string title;            // the briefing's title, empty to leave out
  std::string performer;        // empty to leave out
};

// The CUE format numbers tracks 01..99; later chapters are left out of the sheet.
inline constexpr std::size_t kMaxCueTracks = 99;

std::string make_cue_sheet(const std::vector<Chapter>& chapters, int sample_rate_hz, const CueSheetConfig& config);

// "mm:ss:ff" for a frame offset; minutes grow past 99 rather than wrap.
std::string format_cue_time(std::int64_t frames, int sample_rate_hz);

}  // namespace briefcast
