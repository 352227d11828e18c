// Figures with a letter after them, joined by a dash into a range.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LetteredRanges, SameLettersOnBothSides) {
  EXPECT_EQ(normalize_text("Tall sizes 8T\u201318T arrive in May."), "Tall sizes eight T to eighteen T arrive in May.");
  EXPECT_EQ(normalize_text("Suits come in 36R-46R."), "Suits come in thirty six R to forty six R.");
}

TEST(LetteredRanges, TeethBesideADriveWord) {
  EXPECT_EQ(normalize_text("It pairs an 11\u201342T cassette with the crank."),
            "It pairs an eleven to forty two tooth cassette with the crank.");
  EXPECT_EQ(normalize_text("a 9-46T cassette"), "a nine to forty six tooth cassette");
  EXPECT_EQ(normalize_text("Fit a 36T chainring for hills."), "Fit a thirty six tooth chainring for hills.");
  // No drive word: the letter stays.
  EXPECT_EQ(normalize_text("Sizes run 12\u201320T for teens."), "Sizes run twelve to twenty T for teens.");
}

TEST(LetteredRanges, UnitsScoresAndMixedLettersAreLeft) {
  EXPECT_EQ(normalize_text("The pack takes 5-12V inputs.").find(" V"), std::string::npos);
  EXPECT_EQ(normalize_text("A 450W-550W supply").find(" W "), std::string::npos);
  EXPECT_EQ(normalize_text("They won 3-2T at home.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("sizes 6P-16T").find(" to "), std::string::npos);
}

}  // namespace briefcast
