#include "assemble/peak_limiter.h"

#include <algorithm>
#include <cmath>

namespace briefcast {

// For each sample t the limiter needs a gain r[t] <= ceiling / |x[t]|. It takes
// h[t] = min(r[t..t+L]) and averages h over [t-L, t]; every term of that average already
// includes r[t], so the smoothed gain never lets x[t] pass the ceiling, and it ramps over L
// samples instead of jumping. L is the look-ahead, which is why the output is L samples late.

PeakLimiter::PeakLimiter(const LimiterConfig& config)
    : config_(config),
      window_(static_cast<std::size_t>(std::max(config.lookahead_frames, 1)) + 1),
      release_step_(1.0 - std::exp(-1.0 / std::max(config.release_frames, 1))) {
  for (std::size_t i = 0; i < window_; ++i) {
    held_.push_back(1.0);
    held_sum_ += 1.0;
  }
}

void PeakLimiter::push(double sample, bool real, std::vector<float>& out) {
  const double magnitude = std::fabs(sample);
  const double needed = magnitude > config_.ceiling ? config_.ceiling / magnitude : 1.0;
  while (!minima_.empty() && minima_.back().second >= needed) minima_.pop_back();
  minima_.emplace_back(index_, needed);
  while (minima_.front().first + window_ <= index_) minima_.pop_front();
  delay_.push_back(sample);
  if (real) ++pending_real_;
  ++index_;
  if (delay_.size() < window_) return;

  // The window [index_-window_, index_) is complete: its minimum is h for the oldest sample.
  held_sum_ += minima_.front().second - held_.front();
  held_.pop_front();
  held_.push_back(minima_.front().second);
  const double smoothed = held_sum_ / static_cast<double>(window_);
  gain_ = std::min(smoothed, gain_ + (1.0 - gain_) * release_step_);

  const double oldest = delay_.front();
  delay_.pop_front();
  if (pending_real_ > 0) {
    out.push_back(static_cast<float>(oldest * gain_));
    --pending_real_;
  }
}

void PeakLimiter::process(const float* in, std::size_t count, std::vector<float>& out) {
  for (std::size_t i = 0; i < count; ++i) push(in[i], true, out);
}

void PeakLimiter::flush(std::vector<float>& out) {
  while (pending_real_ > 0) push(0.0, false, out);
}

}  // namespace briefcast
