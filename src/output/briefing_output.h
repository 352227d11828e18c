// The last step of `build`: from the rendered briefing (samples in a spool, chapters in
// frames) to every file the user asked for: the audio in the format its extension names,
// chapter sidecars and captions. Each file is written atomically.
#pragma once

#include <string>
#include <vector>

#include "assemble/audio_tags.h"
#include "assemble/pcm_spool.h"
#include "model/article.h"
#include "output/chapter_sidecars.h"

namespace briefcast {

struct OutputConfig {
  std::string audio_path;                      // .wav
  std::vector<ChapterFormat> chapter_formats;  // sidecars beside the audio, none by default
};

struct OutputReport {
  std::vector<std::string> written;  // every path written, the audio first
  std::int64_t frames = 0;           // audio frames written
  int sample_rate_hz = 0;            // of the audio written
};

// `spool` holds mono samples at `sample_rate_hz`; chapters are frames into it.
// Throws Error (Stage::kOutput or kUsage); the audio is written before any sidecar.
OutputReport write_briefing_outputs(const OutputConfig& config, const std::vector<Chapter>& chapters,
                                    const PcmSpool& spool, int sample_rate_hz, const AudioTags& tags);

}  // namespace briefcast
