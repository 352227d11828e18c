// A growing run of 16-bit mono samples kept in an anonymous temporary file, so that a briefing
// hours long costs disk, not memory: synthesis appends, the final writer streams it back.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <span>

namespace briefcast {

class PcmSpool {
 public:
  // Throws Error (Stage::kAssemble) when no temporary file can be made.
  PcmSpool();
  ~PcmSpool();
  PcmSpool(const PcmSpool&) = delete;
  PcmSpool& operator=(const PcmSpool&) = delete;

  void append(std::span<const std::int16_t> samples);
  void append_silence(std::int64_t frames);
  std::int64_t frames() const { return frames_; }

  // Streams every sample, in order, in blocks of at most kBlockFrames.
  static constexpr std::size_t kBlockFrames = 16384;
  void read_all(const std::function<void(std::span<const std::int16_t>)>& consume) const;

 private:
  std::FILE* file_ = nullptr;
  std::int64_t frames_ = 0;
};

// Frames of silence for a pause of `ms` milliseconds at `sample_rate_hz`.
std::int64_t ms_to_frames(int ms, int sample_rate_hz);

}  // namespace briefcast
