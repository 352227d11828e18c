// The only file that includes libsamplerate.
#include "assemble/resampler.h"

#include <samplerate.h>

#include <algorithm>

#include "model/error.h"

namespace briefcast {

struct Resampler::State {
  SRC_STATE* handle = nullptr;
  std::vector<float> scratch;
  ~State() {
    if (handle != nullptr) src_delete(handle);
  }
};

std::int64_t rescale_frames(std::int64_t frames, int from_rate_hz, int to_rate_hz) {
  if (from_rate_hz <= 0 || from_rate_hz == to_rate_hz) return frames;
  return (frames * to_rate_hz + from_rate_hz / 2) / from_rate_hz;
}

Resampler::Resampler(int input_rate_hz, int output_rate_hz)
    : state_(std::make_unique<State>()),
      ratio_(static_cast<double>(output_rate_hz) / static_cast<double>(std::max(input_rate_hz, 1))) {
  if (input_rate_hz <= 0 || output_rate_hz <= 0 || src_is_valid_ratio(ratio_) == 0) {
    throw Error(Stage::kAssemble, "", "cannot resample from " + std::to_string(input_rate_hz) + " to " +
                                          std::to_string(output_rate_hz) + " Hz");
  }
  int error = 0;
  state_->handle = src_new(SRC_SINC_MEDIUM_QUALITY, 1, &error);
  if (state_->handle == nullptr) throw Error(Stage::kAssemble, "", std::string("resampler: ") + src_strerror(error));
  input_rate_ = input_rate_hz;
  output_rate_ = output_rate_hz;
}

Resampler::~Resampler() = default;

std::int64_t Resampler::expected_output_frames() const {
  return rescale_frames(input_frames_, input_rate_, output_rate_);
}

void Resampler::run(const float* in, std::size_t count, bool end, std::vector<float>& out) {
  std::vector<float>& scratch = state_->scratch;
  scratch.resize(static_cast<std::size_t>(static_cast<double>(count) * ratio_) + 4096);
  SRC_DATA data{};
  data.data_in = in;
  data.input_frames = static_cast<long>(count);
  data.src_ratio = ratio_;
  data.end_of_input = end ? 1 : 0;
  for (;;) {
    data.data_out = scratch.data();
    data.output_frames = static_cast<long>(scratch.size());
    int error = src_process(state_->handle, &data);
    if (error != 0) throw Error(Stage::kAssemble, "", std::string("resampler: ") + src_strerror(error));
    auto made = static_cast<std::size_t>(data.output_frames_gen);
    // Never emit more than the exact total, so the tail can be trimmed without lookback.
    std::int64_t room = expected_output_frames() - output_frames_;
    std::size_t keep = end ? std::min<std::size_t>(made, static_cast<std::size_t>(std::max<std::int64_t>(room, 0))) : made;
    out.insert(out.end(), scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(keep));
    output_frames_ += static_cast<std::int64_t>(keep);
    data.data_in += data.input_frames_used;
    data.input_frames -= data.input_frames_used;
    if (data.input_frames == 0 && (!end || made == 0)) break;
  }
}

void Resampler::process(const float* in, std::size_t count, std::vector<float>& out) {
  input_frames_ += static_cast<std::int64_t>(count);
  run(in, count, false, out);
}

void Resampler::flush(std::vector<float>& out) {
  static const float kNoInput = 0.0f;  // libsamplerate rejects a null input pointer
  run(&kNoInput, 0, true, out);
  // A few frames short is possible at the very end; pad with silence to the exact length.
  while (output_frames_ < expected_output_frames()) {
    out.push_back(0.0f);
    ++output_frames_;
  }
}

}  // namespace briefcast
