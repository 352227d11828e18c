// A growing run of 16-bit mono samples: the first kMemoryFrames (about 48 s at 22050 Hz) in
// memory, the rest in an anonymous temporary file, so that a briefing hours long costs disk,
// not memory, and a short one never touches the disk.
// Synthesis appends; the final writer streams it back.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <span>
#include <vector>

namespace briefcast {

class PcmSpool {
 public:
  PcmSpool();
  ~PcmSpool();
  PcmSpool(const PcmSpool&) = delete;
  PcmSpool& operator=(const PcmSpool&) = delete;

  // Throw Error (Stage::kAssemble) when the spool outgrows memory and no temporary file can
  // be made or written.
  void append(std::span<const std::int16_t> samples);
  void append_silence(std::int64_t frames);
  std::int64_t frames() const { return frames_; }

  // Streams every sample, in order, in blocks of at most kBlockFrames.
  static constexpr std::size_t kBlockFrames = 16384;
  void read_all(const std::function<void(std::span<const std::int16_t>)>& consume) const;

  // Samples held in memory before the spool moves to a file: 2 MiB. Measured on a batch:
  // larger buffers cost more in fresh page faults than they save in file writes.
  static constexpr std::size_t kMemoryFrames = std::size_t{1} << 20;

 private:
  void spill_to_file();

  std::vector<std::int16_t> memory_;
  std::FILE* file_ = nullptr;  // null while everything fits in memory_
  std::int64_t frames_ = 0;
};

// Frames of silence for a pause of `ms` milliseconds at `sample_rate_hz`.
std::int64_t ms_to_frames(int ms, int sample_rate_hz);

}  // namespace briefcast
