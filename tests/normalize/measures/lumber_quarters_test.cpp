// Hardwood thickness in quarters of an inch ("4/4 oak").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LumberQuarters, QuartersBeforeAWordOfTheTimberTrade) {
  EXPECT_EQ(normalize_text("The mill sells 4/4 cherry by the board foot."), "The mill sells four-quarter cherry by the board foot.");
  EXPECT_EQ(normalize_text("A stack of 6/4 rough poplar lumber sat outside."),
            "A stack of six-quarter rough poplar lumber sat outside.");
}

TEST(LumberQuarters, ScoresAndTimeSignaturesStay) {
  EXPECT_EQ(normalize_text("He went 4/4 from the line.").find("quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("The hymn is in 12/4 time.").find("quarter"), std::string::npos);
  // A trade word far off, but none right after the figure.
  EXPECT_EQ(normalize_text("She shot 8/4 before the oak trees.").find("eight-quarter"), std::string::npos);
}

}  // namespace briefcast
