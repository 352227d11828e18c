#include "assemble/pcm16.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Pcm16, RoundsHalfAwayFromZeroAndClips) {
  std::vector<std::int16_t> out = {9, 9, 9, 9, 9, 9, 9, 9, 9, 9};  // longer than the input: resized
  to_pcm16(std::vector<float>{0.0f, 2.5f / 32768, -2.5f / 32768, 2.4f / 32768, 1.0f, -1.0f, 3.0f, -3.0f}, out);
  EXPECT_EQ(out, (std::vector<std::int16_t>{0, 3, -3, 2, 32767, -32768, 32767, -32768}));
}

TEST(Pcm16, SixteenBitSamplesComeBackBitForBit) {
  std::vector<float> floats;
  for (int s = -32768; s <= 32767; ++s) floats.push_back(static_cast<float>(s) / 32768.0f);
  std::vector<std::int16_t> out;
  to_pcm16(floats, out);
  ASSERT_EQ(out.size(), 65536u);
  for (std::size_t i = 0; i < out.size(); ++i) ASSERT_EQ(out[i], static_cast<int>(i) - 32768) << i;
}

}  // namespace briefcast
