// A road bike's wheel and tyre size.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TyreSizes, RimByWidthWithItsLetter) {
  EXPECT_EQ(normalize_text("It takes 700x35c gravel tyres."), "It takes seven hundred by thirty five C gravel tyres.");
  EXPECT_EQ(normalize_text("the frame clears 650 x 42c rubber"), "the frame clears six hundred fifty by forty two C rubber");
  EXPECT_EQ(normalize_text("a 700c wheel"), "a seven hundred C wheel");
}

TEST(TyreSizes, OtherFiguresWithACKeepTheirReading) {
  EXPECT_EQ(normalize_text("It costs 700c."), "It costs seven hundred cents.");
}

}  // namespace briefcast
