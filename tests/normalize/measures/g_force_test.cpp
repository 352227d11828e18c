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


// A decimal figure in g far from the cue reads as another beside it on the line does; a whole
// figure in g ("a 40g bar") and a figure before "of" stay grams however the line begins.
TEST(GForce, ASecondDecimalFollowsTheCuedOne) {
  EXPECT_EQ(normalize_text("The new code sets a design PGA of 0.35g for the coastal zone over a 2,475-year period, "
                           "against the old figure of 0.28g."),
            "The new code sets a design P.G.A of zero point three five g for the coastal zone over a "
            "two thousand four hundred seventy five year period, against the old figure of zero point two eight g.");
  EXPECT_EQ(normalize_text("The recipe needs 15g of butter and 40g of flour."),
            "The recipe needs fifteen grams of butter and forty grams of flour.");
  // No decimal in g beside a cue: grams, however the line begins (the cue is far from the figure).
  EXPECT_NE(normalize_text("The PGA Tour said that, as a thank-you to volunteers at next week's event in Ohio, each of "
                           "them would be handed a 40g bag of sweets.")
                .find("forty-gram"),
            std::string::npos);
  EXPECT_NE(normalize_text("Economists flagged an acceleration in food prices this spring, and shoppers in most "
                           "towns now pay more for a 250g pack of rice.")
                .find("two-hundred-fifty-gram"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Volunteers who finished the centrifuge trial at the base were later served, once the morning briefing had ended, a breakfast "
                           "with 45g of muesli and fruit.")
                .find("forty five g "),
            std::string::npos);
  // Beside the cue, "of" after the figure makes it a mass; a whole capital G before a noun a network.
  EXPECT_EQ(normalize_text("Amid the acceleration in thefts, officers seized 35g of resin.").find("five g "),
            std::string::npos);
  EXPECT_EQ(normalize_text("The acceleration of the 6G trial pleased the regulator.").find("six g"), std::string::npos);
  EXPECT_EQ(normalize_text("The acceleration in costs means a 750g bag of pasta is dearer.").find("fifty g"),
            std::string::npos);
  EXPECT_NE(normalize_text("The capsule's acceleration stayed under the 7g limit.").find("seven g limit"),
            std::string::npos);
  // A decimal in g sizing a noun stays a mass even after a cued one.
  EXPECT_EQ(normalize_text("A PGA of 0.42g was recorded; later, across town at the county fair, stalls sold cheap and "
                           "rather plain 1.5g silver charms.")
                .find("one point five g "),
            std::string::npos);
}

}  // namespace briefcast
