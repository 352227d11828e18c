// Two quantities of different units joined by a slash.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(UnitPairs, TwoSpecsBeforeANounAreAdjectivesInARow) {
  EXPECT_EQ(normalize_text("The farm adds a 250MW/1,000MWh store."),
            "The farm adds a two-hundred-fifty-megawatt, one-thousand-megawatt-hour store.");
  EXPECT_EQ(normalize_text("It ships with a 36V/10Ah pack."), "It ships with a thirty-six-volt, ten-amp-hour pack.");
  EXPECT_EQ(normalize_text("The label sells 16-bit/44.1kHz downloads."),
            "The label sells sixteen-bit, forty-four-point-one-kilohertz downloads.");
}

TEST(UnitPairs, TwoSpecsAloneAreJoinedByAnd) {
  EXPECT_EQ(normalize_text("Each unit stores 50MW/200MWh."), "Each unit stores fifty megawatts and two hundred megawatt hours.");
}

TEST(UnitPairs, AMassOverAVolumeIsAConcentration) {
  EXPECT_EQ(normalize_text("Give 125mg/5ml twice a day."), "Give one hundred twenty five milligrams per five milliliters twice a day.");
}

TEST(UnitPairs, OneUnitOrOneKindIsLeftToTheMeasureRules) {
  EXPECT_EQ(normalize_text("in 4GB/8GB versions"), "in four or eight gigabytes versions");
  EXPECT_EQ(normalize_text("Add 100g/4oz flour.").find(" and "), std::string::npos);
  // No measure on either side: no pair of quantities.
  EXPECT_EQ(normalize_text("a 2-for-1/3-for-2 offer").find(" and "), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(UnitPairs, ThreeOrFourSlashedFactsAreAList) {
  EXPECT_EQ(normalize_text("The tweeter is rated 91dB/2.83V/1m."),
            "The tweeter is rated ninety one decibels, two point eight three volts and one meter.");
  EXPECT_EQ(normalize_text("The cell stores 3.7V/5Ah/18.5Wh."),
            "The cell stores three point seven volts, five amp hours and eighteen point five watt hours.");
  EXPECT_EQ(normalize_text("a 20V/4.5A/90W adapter"), "a twenty-volt, four-point-five-amp, ninety-watt adapter");
  // "A" beside volts or watts is amps; without them a figure and "A" stay as they were.
  EXPECT_EQ(normalize_text("It draws 9V/2A."), "It draws nine volts and two amps.");
  EXPECT_EQ(normalize_text("It was 2A/2B."), "It was two Eh slash two B.");
}

}  // namespace briefcast
