// Mono sample-rate conversion through libsamplerate, streamed block by block, for podcast
// hosts that want 44.1 or 48 kHz. Total output length is exactly
// round(input_frames * output_rate / input_rate), so chapter offsets scale predictably.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

namespace briefcast {

class Resampler {
 public:
  // Throws Error (Stage::kAssemble) for rates libsamplerate cannot convert between.
  Resampler(int input_rate_hz, int output_rate_hz);
  ~Resampler();
  Resampler(const Resampler&) = delete;
  Resampler& operator=(const Resampler&) = delete;

  // Appends converted samples to `out`.
  void process(const float* in, std::size_t count, std::vector<float>& out);
  // Drains the converter and pads or trims so the total is `expected_output_frames()`.
  void flush(std::vector<float>& out);

  std::int64_t expected_output_frames() const;

 private:
  void run(const float* in, std::size_t count, bool end, std::vector<float>& out);

  struct State;
  std::unique_ptr<State> state_;
  double ratio_;
  int input_rate_ = 0;
  int output_rate_ = 0;
  std::int64_t input_frames_ = 0;
  std::int64_t output_frames_ = 0;
};

// A frame offset at `from_rate_hz` moved to `to_rate_hz`, rounded to the nearest frame.
std::int64_t rescale_frames(std::int64_t frames, int from_rate_hz, int to_rate_hz);

}  // namespace briefcast
