// EBU R 128 measurement of interleaved float audio: integrated loudness (LUFS) and true peak
// (dBTP), through libebur128. Feed every block, then read the results.
#pragma once

#include <cstddef>
#include <memory>
#include <span>

namespace briefcast {

class LoudnessMeter {
 public:
  // Throws Error (Stage::kAssemble) for an unsupported layout.
  LoudnessMeter(int channels, int sample_rate_hz);
  ~LoudnessMeter();
  LoudnessMeter(const LoudnessMeter&) = delete;
  LoudnessMeter& operator=(const LoudnessMeter&) = delete;

  // `interleaved` holds whole frames of `channels` samples in [-1, 1].
  void add(std::span<const float> interleaved);

  // Integrated loudness; -inf (as a very low number) for silence.
  double integrated_lufs() const;
  // Highest true peak over all channels, in dB relative to full scale.
  double true_peak_dbtp() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
  int channels_;
};

}  // namespace briefcast
