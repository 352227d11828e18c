// A fabric's denier and a down's fill power among the words of gear.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FabricWeights, DenierAndFillPower) {
  EXPECT_EQ(normalize_text("The tarp uses a 40D silnylon body."), "The tarp uses a forty denier silnylon body.");
  EXPECT_EQ(normalize_text("Her 900FP goose down quilt is warm."),
            "Her nine hundred fill power goose down quilt is warm.");
}

TEST(FabricWeights, ADimensionStaysADimension) {
  EXPECT_EQ(normalize_text("A 3D printed shell was shown.").find("denier"), std::string::npos);
  EXPECT_EQ(normalize_text("The 20D team won the cup.").find("denier"), std::string::npos);
}

TEST(FabricWeights, ClothWeightAndThreadCount) {
  EXPECT_EQ(normalize_text("The shirt is 180 gsm cotton."), "The shirt is one-hundred-eighty-gram cotton.");
  EXPECT_EQ(normalize_text("The 600TC cotton sheets are soft."), "The six-hundred-thread-count cotton sheets are soft.");
  // Paper's weight is grams too (rate_letters.cpp); "TC" away from cloth stays.
  EXPECT_EQ(normalize_text("Print on 120 gsm paper."), "Print on one-hundred-twenty-gram paper.");
  EXPECT_EQ(normalize_text("The 600TC sold out.").find("thread"), std::string::npos);
  EXPECT_EQ(normalize_text("Print it on 150gsm silk with a 300gsm cover.").find("grams"), std::string::npos);
  EXPECT_EQ(normalize_text("Buy 80 gsm sheets."), "Buy eighty-gram sheets.");
}

}  // namespace briefcast
