#include "assemble/pcm_spool.h"

#include <gtest/gtest.h>

#include <vector>

namespace briefcast {

TEST(PcmSpool, ReadsBackWhatWasAppendedInOrder) {
  PcmSpool spool;
  std::vector<std::int16_t> ramp(40000);
  for (std::size_t i = 0; i < ramp.size(); ++i) ramp[i] = static_cast<std::int16_t>(i % 30000);
  spool.append(ramp);
  spool.append_silence(100);
  EXPECT_EQ(spool.frames(), 40100);
  std::vector<std::int16_t> back;
  spool.read_all([&](std::span<const std::int16_t> block) {
    EXPECT_LE(block.size(), PcmSpool::kBlockFrames);
    back.insert(back.end(), block.begin(), block.end());
  });
  ASSERT_EQ(back.size(), 40100u);
  EXPECT_TRUE(std::equal(ramp.begin(), ramp.end(), back.begin()));
  EXPECT_EQ(back.back(), 0);
}

// Past kMemoryFrames the spool moves to a file; nothing is lost or reordered on the way, and
// appending after a read goes on at the end, in memory and on file alike.
TEST(PcmSpool, KeepsOrderAcrossTheMoveFromMemoryToFile) {
  PcmSpool spool;
  auto value_at = [](std::size_t i) { return static_cast<std::int16_t>((i * 7) % 65536 - 32768); };
  std::vector<std::int16_t> chunk(PcmSpool::kMemoryFrames / 3 + 11);
  std::size_t next = 0;
  auto append_chunk = [&] {
    for (auto& sample : chunk) sample = value_at(next++);
    spool.append(chunk);
  };
  auto check_all = [&] {
    std::size_t i = 0;
    bool same = true;
    spool.read_all([&](std::span<const std::int16_t> block) {
      for (std::int16_t sample : block) same = same && sample == value_at(i++);
    });
    EXPECT_EQ(i, next);
    EXPECT_TRUE(same);
  };
  append_chunk();
  check_all();  // in memory
  append_chunk();
  append_chunk();
  append_chunk();  // past kMemoryFrames: on file
  check_all();
  append_chunk();
  check_all();
  EXPECT_EQ(spool.frames(), static_cast<std::int64_t>(next));
}

TEST(PcmSpool, MillisecondsToFrames) {
  EXPECT_EQ(ms_to_frames(1000, 22050), 22050);
  EXPECT_EQ(ms_to_frames(350, 22050), 7717);
  EXPECT_EQ(ms_to_frames(-5, 22050), 0);
}

}  // namespace briefcast
