// Loudness for the whole briefing: measure it once, choose one gain that reaches the target
// (EBU R 128 integrated loudness), and keep the true peak at or below the limit, with a
// limiter catching the few speech peaks the gain would push over. Per-segment normalization
// would make the volume uneven, so there is exactly one gain.
#pragma once

#include <optional>

#include "assemble/audio_chain.h"
#include "assemble/pcm_spool.h"

namespace briefcast {

struct LoudnessConfig {
  bool enabled = true;
  std::optional<double> target_lufs;  // unset: kMonoTargetLufs or kStereoTargetLufs
  double max_true_peak_dbtp = -1.0;
};

// Apple's podcast guidance and AES TD1004: -16 LUFS stereo, -19 LUFS mono.
inline constexpr double kMonoTargetLufs = -19.0;
inline constexpr double kStereoTargetLufs = -16.0;

double default_target_lufs(int channels);

struct LoudnessReport {
  double input_lufs = 0;        // the spool as synthesized, mono
  double target_lufs = 0;
  double output_lufs = 0;       // what the written audio will measure (planned at the synthesis rate)
  double output_true_peak_dbtp = 0;  // NaN when loudness is off (not measured)
  int passes = 0;               // measuring passes over the spool
};

struct LoudnessPlan {
  ChainConfig chain;
  LoudnessReport report;
};

// Returns `base` with its gain and limiter ceiling chosen so the chain's output meets
// `config`. Reads the spool a few times (each pass streams it from disk: memory stays flat).
// With loudness disabled, returns `base` unchanged (and a report with only the input measure).
LoudnessPlan plan_loudness(const PcmSpool& spool, const ChainConfig& base, const LoudnessConfig& config);

}  // namespace briefcast
