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

}  // namespace briefcast
