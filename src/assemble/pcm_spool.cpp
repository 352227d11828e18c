#include "assemble/pcm_spool.h"

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <string>
#include <vector>

#include "model/error.h"

namespace briefcast {

namespace {
Error spool_error(const std::string& what) {
  return Error(Stage::kAssemble, "", "temporary audio file: " + what + ": " + std::strerror(errno));
}
}  // namespace

PcmSpool::PcmSpool() = default;

PcmSpool::~PcmSpool() {
  if (file_ != nullptr) std::fclose(file_);
}

void PcmSpool::spill_to_file() {
  file_ = std::tmpfile();
  if (file_ == nullptr) throw spool_error("cannot create");
  if (std::fwrite(memory_.data(), sizeof(std::int16_t), memory_.size(), file_) != memory_.size()) {
    throw spool_error("cannot write");
  }
  std::vector<std::int16_t>().swap(memory_);  // give the memory back
}

void PcmSpool::append(std::span<const std::int16_t> samples) {
  if (samples.empty()) return;
  if (file_ == nullptr && memory_.size() + samples.size() > kMemoryFrames) spill_to_file();
  if (file_ == nullptr) {
    // Reserved whole at once: growing by reallocation would copy, and map fresh pages, again
    // and again. Only the pages touched count against memory.
    if (memory_.capacity() == 0) memory_.reserve(kMemoryFrames);
    memory_.insert(memory_.end(), samples.begin(), samples.end());
  } else if (std::fwrite(samples.data(), sizeof(std::int16_t), samples.size(), file_) != samples.size()) {
    throw spool_error("cannot write");
  }
  frames_ += static_cast<std::int64_t>(samples.size());
}

void PcmSpool::append_silence(std::int64_t frames) {
  static const std::vector<std::int16_t> zeros(kBlockFrames, 0);
  while (frames > 0) {
    auto n = static_cast<std::size_t>(std::min<std::int64_t>(frames, static_cast<std::int64_t>(kBlockFrames)));
    append(std::span<const std::int16_t>(zeros.data(), n));
    frames -= static_cast<std::int64_t>(n);
  }
}

void PcmSpool::read_all(const std::function<void(std::span<const std::int16_t>)>& consume) const {
  if (file_ == nullptr) {
    for (std::size_t at = 0; at < memory_.size(); at += kBlockFrames) {
      consume(std::span<const std::int16_t>(memory_.data() + at, std::min(kBlockFrames, memory_.size() - at)));
    }
    return;
  }
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) throw spool_error("cannot rewind");
  std::vector<std::int16_t> block(kBlockFrames);
  std::int64_t remaining = frames_;
  while (remaining > 0) {
    std::size_t want = static_cast<std::size_t>(std::min<std::int64_t>(remaining, static_cast<std::int64_t>(kBlockFrames)));
    std::size_t got = std::fread(block.data(), sizeof(std::int16_t), want, file_);
    if (got != want) throw spool_error("cannot read back");
    consume(std::span<const std::int16_t>(block.data(), got));
    remaining -= static_cast<std::int64_t>(got);
  }
  std::fseek(file_, 0, SEEK_END);  // later appends go after what is there
}

std::int64_t ms_to_frames(int ms, int sample_rate_hz) {
  if (ms <= 0) return 0;
  return static_cast<std::int64_t>(ms) * sample_rate_hz / 1000;
}

}  // namespace briefcast
