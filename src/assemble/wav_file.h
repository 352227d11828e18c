// The briefing WAV: 16-bit PCM mono with a RIFF `cue ` point at the first frame of each
// chapter, a `LIST/adtl` label per cue holding the chapter title, and the briefing's title in
// `LIST/INFO`. Written in one pass (cues must precede the samples) and atomically.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "assemble/pcm_spool.h"
#include "model/article.h"
#include "synth/synthesizer.h"

namespace briefcast {

struct WavTags {
  std::string title;   // INFO INAM
  std::string artist;  // INFO IART
  std::string date;    // INFO ICRD, "2026-11-27"
  std::string comment; // INFO ICMT
};

// Writes `audio` to `path` with one cue + label per chapter. Chapter start frames must be
// within the audio. Throws Error (Stage::kOutput) and leaves no file behind on failure.
void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const WavTags& tags, const PcmSpool& audio);

// The same, with samples produced while the file is written: `produce` is called once and
// streams every sample into the sink it is given. For audio whose chapter starts are known
// before it is made (a one-article file), so no spool is needed. `chapters` must be non-empty
// only if at least one sample follows.
void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const WavTags& tags, const std::function<void(const PcmSink&)>& produce);

// What a WAV holds, as read back through libsndfile (for `join` and for tests).
struct WavInfo {
  int sample_rate_hz = 0;
  int channels = 0;
  std::int64_t frames = 0;
  std::vector<Chapter> chapters;  // from cue points and their labels, in frame order
  std::string title;              // INFO INAM, empty when absent
  std::string comment;            // INFO ICMT, empty when absent
};

// Reads the header, cues, labels and title of `path`. Throws Error (Stage::kInput).
WavInfo read_wav_info(const std::string& path);

// Streams the samples of a 16-bit-compatible mono WAV into `spool` (converting as needed).
void append_wav_samples(const std::string& path, PcmSpool& spool);

}  // namespace briefcast
