// A look-ahead peak limiter for mono float audio: lets a briefing be raised to its loudness
// target while no sample exceeds the ceiling. The gain falls smoothly over the look-ahead
// before a peak (never a step) and recovers with a slower release. Output lags input by
// exactly `lookahead_frames`; flush() returns the tail, so the total length is unchanged.
#pragma once

#include <cstddef>
#include <deque>
#include <vector>

namespace briefcast {

struct LimiterConfig {
  double ceiling = 1.0;          // linear sample ceiling, (0, 1]
  int lookahead_frames = 110;    // 5 ms at 22050 Hz
  int release_frames = 1100;     // time constant of the recovery, 50 ms at 22050 Hz
};

class PeakLimiter {
 public:
  explicit PeakLimiter(const LimiterConfig& config);

  // Appends the limited samples that are ready (input delayed by the look-ahead) to `out`.
  void process(const float* in, std::size_t count, std::vector<float>& out);
  // Appends the last `lookahead_frames` samples.
  void flush(std::vector<float>& out);

 private:
  void push(double sample, bool real, std::vector<float>& out);

  LimiterConfig config_;
  std::size_t window_;                                // look-ahead + 1
  std::deque<double> delay_;                          // samples not yet output
  std::deque<std::pair<std::size_t, double>> minima_; // sliding minimum of needed gains
  std::deque<double> held_;                           // last window_ windowed minima
  double held_sum_ = 0;
  double gain_ = 1.0;
  double release_step_;
  std::size_t index_ = 0;
  std::size_t pending_real_ = 0;                      // real samples still inside the delay
};

}  // namespace briefcast
