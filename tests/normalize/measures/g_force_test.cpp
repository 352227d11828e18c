// A figure with "g" among words of acceleration is a multiple of gravity, not grams.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GForce, AccelerationSaysG) {
  EXPECT_EQ(normalize_text("Peak ground acceleration reached 1.2g in the valley."),
            "Peak ground acceleration reached one point two g in the valley.");
  EXPECT_EQ(normalize_text("Fighter pilots can pull 9 G in a tight turn."),
            "Fighter pilots can pull nine g in a tight turn.");
}

TEST(GForce, MassesKeepGrams) {
  EXPECT_EQ(normalize_text("Each bar holds 0.5g of salt."), "Each bar holds zero point five grams of salt.");
}

TEST(GForce, ARidesOrAFlightsLoad) {
  EXPECT_TRUE(normalize_text("The wooden coaster pulls 3.8 g in its valley.").find("three point eight g") != std::string::npos);
  // A mass on the same ride's menu stays grams.
  EXPECT_TRUE(normalize_text("The ride's snack bar sells a cookie with 9 g of fat.").find("nine grams of fat") != std::string::npos);
  // A network's generation beside a launch stays as written.
  EXPECT_TRUE(normalize_text("The carrier launched 5G service in ten cities.").find("five G") != std::string::npos);
}


// A line whose subject is acceleration reads every figure in g on it as g, however far it
// stands from the cue; a mass beside food or a drug stays grams.
TEST(GForce, LineOfAccelerationSaysGFarFromCue) {
  EXPECT_EQ(normalize_text("The new code sets a design PGA of 0.35g for the coastal zone over a 2,475-year period, "
                           "against the old figure of 0.28g."),
            "The new code sets a design P.G.A of zero point three five g for the coastal zone over a "
            "two thousand four hundred seventy five year period, against the old figure of zero point two eight g.");
  EXPECT_EQ(normalize_text("Seismic retrofits were finished at the clinic, where staff weighed 2.5g of sugar per dose."),
            "Seismic retrofits were finished at the clinic, where staff weighed two point five grams of sugar per dose.");
  EXPECT_EQ(normalize_text("The recipe needs 15g of butter and 40g of flour."),
            "The recipe needs fifteen grams of butter and forty grams of flour.");
}

}  // namespace briefcast
