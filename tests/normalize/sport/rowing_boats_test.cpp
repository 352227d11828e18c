// Rowing's boat classes ("M2-", "W1x", "LM2x", "W8+") said as the boats' names.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RowingBoats, ClassesAreSaidAsTheBoatsNames) {
  EXPECT_EQ(normalize_text("Ireland took silver in the LW2x."), "Ireland took silver in the lightweight women's double sculls.");
  EXPECT_EQ(normalize_text("The M4- crew led at halfway."), "The men's four crew led at halfway.");
  EXPECT_EQ(normalize_text("She stroked the W8+ to gold."), "She stroked the women's eight to gold.");
  EXPECT_EQ(normalize_text("the M1x repechage"), "the men's single sculls repechage");
  EXPECT_EQ(normalize_text("a Mix2x final"), "a mixed double sculls final");
}

TEST(RowingBoats, OtherLettersAndFiguresAreLeftAlone) {
  EXPECT_EQ(normalize_text("Take the M4 to Bristol."), "Take the M four to Bristol.");
  EXPECT_EQ(normalize_text("the W3x plan"), "the W three x plan");
}

}  // namespace briefcast
