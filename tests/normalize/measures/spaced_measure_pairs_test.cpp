// Two measures slashed, each with its unit written apart from its figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SpacedMeasurePairs, OneQuantityInTwoUnitsIsAChoice) {
  EXPECT_EQ(normalize_text("The patch is 20,480 KB/20 MB in size."),
            "The patch is twenty thousand four hundred eighty kilobytes or twenty megabytes in size.");
  EXPECT_EQ(normalize_text("The trail runs 16 km/10 mi."), "The trail runs sixteen kilometers or ten miles.");
  EXPECT_EQ(normalize_text("Add 450 g/1 lb of flour."), "Add four hundred fifty grams or one pound of flour.");
}

TEST(SpacedMeasurePairs, TwoKindsAreTwoFacts) {
  EXPECT_EQ(normalize_text("The store holds 250 MW/1,000 MWh."),
            "The store holds two hundred fifty megawatts and one thousand megawatt hours.");
}

TEST(SpacedMeasurePairs, AMassOverAVolumeIsAConcentration) {
  EXPECT_EQ(normalize_text("The syrup has 5 mg/10 ml."), "The syrup has five milligrams per ten milliliters.");
  // A quantity over a round figure of another kind is a rate.
  EXPECT_EQ(normalize_text("The van uses 9.5 L/100 km."), "The van uses nine point five liters per one hundred kilometers.");
}

TEST(SpacedMeasurePairs, BeforeANounEachIsAnAdjective) {
  EXPECT_EQ(normalize_text("a 16 km/10 mi loop"), "a sixteen-kilometer or ten-mile loop");
  EXPECT_EQ(normalize_text("The mast is 3 m/10 ft tall."), "The mast is three meters or ten feet tall.");
}

TEST(SpacedMeasurePairs, SpeedsOfALineAreDownAndUp) {
  EXPECT_EQ(normalize_text("It tested at 80 Mbps/20 Mbps."),
            "It tested at eighty megabits per second down and twenty up.");
}

}  // namespace briefcast
