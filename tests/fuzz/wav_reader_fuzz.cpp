// Fuzz target: the WAV reader `join` uses (read_wav_info, append_wav_samples) on any bytes,
// through an in-memory file. It returns what it found or throws briefcast::Error, and never
// hangs: riff_layout refuses the chunk lists libsndfile spins on.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "assemble/pcm_spool.h"
#include "assemble/wav_reader.h"
#include "fuzz_check.h"
#include "model/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using briefcast::fuzz::check;
  // One memfd per process, rewritten for each input: no disk traffic.
  static const int fd = memfd_create("fuzz-wav", 0);
  check(fd >= 0, "memfd_create works");
  static const std::string path = "/proc/self/fd/" + std::to_string(fd);
  check(ftruncate(fd, 0) == 0 && lseek(fd, 0, SEEK_SET) == 0, "the memfd resets");
  check(pwrite(fd, data, size, 0) == static_cast<ssize_t>(size), "the memfd takes the input");

  try {
    const briefcast::WavInfo info = briefcast::read_wav_info(path);
    for (std::size_t i = 1; i < info.chapters.size(); ++i) {
      check(info.chapters[i - 1].start_frame <= info.chapters[i].start_frame, "chapters are in frame order");
    }
    if (info.frames <= 1 << 20) {
      briefcast::PcmSpool spool;
      briefcast::append_wav_samples(path, spool);
    }
  } catch (const briefcast::Error&) {
    // Not a WAV, or one libsndfile refuses: the expected answer to most inputs.
  }
  return 0;
}
