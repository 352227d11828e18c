// Reading WAVs back: the header, chapters and tags of a briefing WAV, and its samples, for
// `join`, the audio summary and tests. Any WAV may arrive here (join takes files it did not
// write), so each is checked by riff_layout before libsndfile sees it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "assemble/pcm_spool.h"
#include "model/article.h"

namespace briefcast {

// What a WAV holds, as read back through libsndfile.
struct WavInfo {
  int sample_rate_hz = 0;
  int channels = 0;
  std::int64_t frames = 0;
  std::vector<Chapter> chapters;  // from cue points and their labels, in frame order
  std::string title;              // INFO INAM, empty when absent
  std::string comment;            // INFO ICMT, empty when absent
};

// Reads the header, cues, labels and tags of `path`. Throws Error (Stage::kInput).
WavInfo read_wav_info(const std::string& path);

// Streams the samples of `path` into `spool` as 16-bit mono (converting, and averaging the
// channels, as needed). Throws Error (Stage::kInput).
void append_wav_samples(const std::string& path, PcmSpool& spool);

}  // namespace briefcast
