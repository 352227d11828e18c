// What a finished audio file holds, read back for `publish`: its exact duration and its
// chapters. WAV through libsndfile (RIFF cue/labl, as join reads it); every other format
// (MP3 ID3 CHAP, MP4 chapter tracks, Vorbis-comment chapters) through FFmpeg's libavformat,
// loaded on demand like the MP4 writer, so the answers are the ones ffprobe gives.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/article.h"

namespace briefcast {

struct AudioSummary {
  std::int64_t duration_ms = 0;
  // Chapters in milliseconds: start_frame and frame_count count at 1000 per second.
  std::vector<Chapter> chapters;
  std::string title;  // the file's own title tag; empty when it has none
};

inline constexpr int kProbeMillisecondRate = 1000;

// Throws Error (Stage::kInput, naming `path`) when the file cannot be read as audio.
AudioSummary probe_audio(const std::string& path);

}  // namespace briefcast
