// EBU R 128 measurement of interleaved float audio: integrated loudness (LUFS) and true peak
// (dBTP), through libebur128. Feed every block, then read the results.
#pragma once

#include <cstddef>
#include <memory>
#include <span>

namespace briefcast {

class LoudnessMeter {
 public:
  // Throws Error (Stage::kAssemble) for an unsupported layout. True peak needs 4x
  // oversampling, several times the cost of loudness alone: leave it out when not needed
  // (true_peak_dbtp() then reports NaN).
  LoudnessMeter(int channels, int sample_rate_hz, bool measure_true_peak = true);
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
  bool measure_true_peak_;
};

}  // namespace briefcast
