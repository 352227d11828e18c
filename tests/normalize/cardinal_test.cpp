// Numbers made plural nouns.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PluralNumber, SmallNumbersAsNouns) {
  EXPECT_EQ(normalize_text("the under-12s team"), "the under twelves team");
  EXPECT_EQ(normalize_text("the over-6s"), "the over sixes");
  EXPECT_EQ(normalize_text("100s of fans"), "hundreds of fans");
  EXPECT_EQ(normalize_text("the 32ers"), "the thirty twoers");
  EXPECT_EQ(normalize_text("the 55ers"), "the fifty fivers");
  EXPECT_EQ(normalize_text("in the 90s"), "in the nineties");
}

}  // namespace briefcast
