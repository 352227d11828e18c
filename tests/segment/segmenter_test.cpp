#include "segment/segmenter.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Segmenter, SplitsPlainSentences) {
  auto s = split_sentences("One fish. Two fish! Red fish?");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "Two fish!");
}

}  // namespace briefcast
