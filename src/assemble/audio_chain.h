// What happens to the briefing's samples between the spool and the encoder, in order:
// one gain (loudness), a peak limiter, resampling, and mono-to-stereo duplication. Limiting
// before resampling lets loudness be planned at the synthesis rate, where passes are cheap;
// band-limited resampling keeps the true peak and loudness the planning measured. The chain
// is deterministic, so a measuring pass over it predicts the written file exactly.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>

#include "assemble/pcm_spool.h"

namespace briefcast {

struct ChainConfig {
  int input_rate_hz = 22050;
  int output_rate_hz = 22050;
  int output_channels = 1;                 // 1, or 2 (the mono signal in both)
  double gain_db = 0.0;
  std::optional<double> ceiling_dbfs;      // sample ceiling of the limiter; none: no limiter
};

// Receives interleaved float frames in [-1, 1], `output_channels` samples each.
using FrameConsumer = std::function<void(std::span<const float>)>;

// Streams `spool` (16-bit mono) through the chain into `consume`, in blocks. Returns the
// number of frames produced: rescale_frames(spool.frames(), input, output rate).
std::int64_t run_chain(const PcmSpool& spool, const ChainConfig& config, const FrameConsumer& consume);

// A frame source the writers pull from: calling it streams the whole briefing to a consumer.
using FrameSource = std::function<void(const FrameConsumer&)>;

}  // namespace briefcast
