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

TEST(PcmSpool, MillisecondsToFrames) {
  EXPECT_EQ(ms_to_frames(1000, 22050), 22050);
  EXPECT_EQ(ms_to_frames(350, 22050), 7717);
  EXPECT_EQ(ms_to_frames(-5, 22050), 0);
}

}  // namespace briefcast
