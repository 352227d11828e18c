#include "assemble/audio_chain.h"

#include <cmath>
#include <memory>
#include <vector>

#include "assemble/peak_limiter.h"
#include "assemble/resampler.h"

namespace briefcast {

namespace {

class Chain {
 public:
  Chain(const ChainConfig& config, const FrameConsumer& consume)
      : config_(config), consume_(consume), gain_(std::pow(10.0, config.gain_db / 20.0)) {
    if (config.output_rate_hz != config.input_rate_hz) {
      resampler_ = std::make_unique<Resampler>(config.input_rate_hz, config.output_rate_hz);
    }
    if (config.ceiling_dbfs) {
      const double rate_scale = static_cast<double>(config.input_rate_hz) / 22050.0;
      LimiterConfig limiter;
      limiter.ceiling = std::pow(10.0, *config.ceiling_dbfs / 20.0);
      limiter.lookahead_frames = static_cast<int>(std::lround(limiter.lookahead_frames * rate_scale));
      limiter.release_frames = static_cast<int>(std::lround(limiter.release_frames * rate_scale));
      limiter_ = std::make_unique<PeakLimiter>(limiter);
    }
  }

  void push(std::span<const std::int16_t> pcm) {
    scaled_.clear();
    for (std::int16_t s : pcm) scaled_.push_back(static_cast<float>(s / 32768.0 * gain_));
    after_gain(scaled_, false);
  }

  void finish() {
    scaled_.clear();
    after_gain(scaled_, true);
  }

  std::int64_t frames() const { return frames_; }

 private:
  void after_gain(const std::vector<float>& in, bool end) {
    const std::vector<float>* block = &in;
    if (limiter_) {
      limited_.clear();
      if (!block->empty()) limiter_->process(block->data(), block->size(), limited_);
      if (end) limiter_->flush(limited_);
      block = &limited_;
    }
    if (resampler_) {
      resampled_.clear();
      if (!block->empty()) resampler_->process(block->data(), block->size(), resampled_);
      if (end) resampler_->flush(resampled_);
      block = &resampled_;
    }
    emit(*block);
  }

  void emit(const std::vector<float>& mono) {
    if (mono.empty()) return;
    frames_ += static_cast<std::int64_t>(mono.size());
    if (config_.output_channels == 1) {
      consume_(mono);
      return;
    }
    const auto channels = static_cast<std::size_t>(config_.output_channels);
    interleaved_.resize(mono.size() * channels);
    for (std::size_t i = 0; i < mono.size(); ++i) {
      for (std::size_t c = 0; c < channels; ++c) interleaved_[i * channels + c] = mono[i];
    }
    consume_(interleaved_);
  }

  ChainConfig config_;
  const FrameConsumer& consume_;
  double gain_;
  std::unique_ptr<Resampler> resampler_;
  std::unique_ptr<PeakLimiter> limiter_;
  std::vector<float> scaled_, resampled_, limited_, interleaved_;
  std::int64_t frames_ = 0;
};

}  // namespace

std::int64_t run_chain(const PcmSpool& spool, const ChainConfig& config, const FrameConsumer& consume) {
  Chain chain(config, consume);
  spool.read_all([&](std::span<const std::int16_t> block) { chain.push(block); });
  chain.finish();
  return chain.frames();
}

}  // namespace briefcast
