// The only file that includes libebur128.
#include "assemble/loudness_meter.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "model/error.h"

namespace briefcast {

struct LoudnessMeter::State {
  ebur128_state* handle = nullptr;
  ~State() {
    if (handle != nullptr) ebur128_destroy(&handle);
  }
};

LoudnessMeter::LoudnessMeter(int channels, int sample_rate_hz, bool measure_true_peak)
    : state_(std::make_unique<State>()), channels_(channels), measure_true_peak_(measure_true_peak) {
  if (channels < 1 || sample_rate_hz < 1) throw Error(Stage::kAssemble, "", "loudness meter: bad audio layout");
  state_->handle = ebur128_init(static_cast<unsigned>(channels), static_cast<unsigned long>(sample_rate_hz),
                                measure_true_peak ? EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK : EBUR128_MODE_I);
  if (state_->handle == nullptr) throw Error(Stage::kAssemble, "", "loudness meter: cannot initialize libebur128");
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::add(std::span<const float> interleaved) {
  std::size_t frames = interleaved.size() / static_cast<std::size_t>(channels_);
  if (frames == 0) return;
  if (ebur128_add_frames_float(state_->handle, interleaved.data(), frames) != EBUR128_SUCCESS) {
    throw Error(Stage::kAssemble, "", "loudness meter: cannot add audio");
  }
}

double LoudnessMeter::integrated_lufs() const {
  double lufs = 0;
  if (ebur128_loudness_global(state_->handle, &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs)) {
    return -std::numeric_limits<double>::infinity();
  }
  return lufs;
}

double LoudnessMeter::true_peak_dbtp() const {
  if (!measure_true_peak_) return std::numeric_limits<double>::quiet_NaN();
  double peak = 0;
  for (int c = 0; c < channels_; ++c) {
    double channel_peak = 0;
    if (ebur128_true_peak(state_->handle, static_cast<unsigned>(c), &channel_peak) == EBUR128_SUCCESS) {
      peak = std::max(peak, channel_peak);
    }
  }
  return peak > 0 ? 20.0 * std::log10(peak) : -std::numeric_limits<double>::infinity();
}

}  // namespace briefcast
