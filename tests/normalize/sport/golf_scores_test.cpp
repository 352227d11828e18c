// A golfer's score against par written with a sign.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GolfScores, SignedScoresBesideGolfWords) {
  EXPECT_EQ(normalize_text("Kim moved to -11 with a birdie at the 15th."),
            "Kim moved to eleven under with a birdie at the fifteenth.");
  EXPECT_EQ(normalize_text("a bogey left him at +2 for the round"), "a bogey left him at two over for the round");
}

TEST(GolfScores, SignsElsewhereStay) {
  EXPECT_EQ(normalize_text("the low was -9 overnight"), "the low was minus nine overnight");
}

}  // namespace briefcast
