// The parts of a measure written across words: units of two words ("fl oz", "mm Hg", "in.
// w.c."), feet and inches, a rate per a figure and a distance or written with "per".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SpacedUnits, FluidOuncesFeetAndInchesAccelerationPressure) {
  EXPECT_EQ(normalize_text("a 20 fl oz cup"), "a twenty-fluid-ounce cup");
  EXPECT_EQ(normalize_text("pour 8 fl oz"), "pour eight fluid ounces");
  EXPECT_EQ(normalize_text("he is 6 ft 4 in"), "he is six feet four inches");
  EXPECT_EQ(normalize_text("the 6 ft 9 in center"), "the six-foot-nine center");
  // "in" after feet without a figure is the preposition.
  EXPECT_EQ(normalize_text("rose 3 ft in an hour"), "rose three feet in an hour");
  EXPECT_EQ(normalize_text("at 3.7 m/s\u00b2"), "at three point seven meters per second squared");
  EXPECT_EQ(normalize_text("2 atm of pressure"), "two atmospheres of pressure");
}

TEST(SpacedUnits, FractionBeforeAUnitAndRatesWithPer) {
  EXPECT_EQ(normalize_text("stir in 1/3 cup milk"), "stir in a third of a cup of milk");
  EXPECT_EQ(normalize_text("give 2 mg per kg daily"), "give two milligrams per kilogram daily");
  EXPECT_EQ(normalize_text("a flat of 900 sq. ft. in all"), "a flat of nine hundred square feet in all");
}

TEST(SpacedUnits, BloodPressureReadingsWithTheirUnit) {
  EXPECT_EQ(normalize_text("at 150/95 mmHg or above"), "at one hundred fifty over ninety five millimeters of mercury or above");
  EXPECT_EQ(normalize_text("a 120/70 mm Hg reading"), "a one-hundred-twenty-over-seventy-millimeter-of-mercury reading");
}

TEST(SpacedUnits, CountPerInchesWithAMark) {
  EXPECT_EQ(normalize_text("Swatch to 18 sts/4\" in garter stitch."),
            "Swatch to eighteen stitches per four inches in garter stitch.");
}

TEST(SpacedUnits, InchesOfWater) {
  EXPECT_EQ(normalize_text("The fan delivers 1.5 in. w.c. at full speed."),
            "The fan delivers one point five inches of water column at full speed.");
  EXPECT_EQ(normalize_text("Set the damper to 0.25 inWC for balance."),
            "Set the damper to zero point two five inches of water column for balance.");
}

TEST(SpacedUnits, FluidOuncesOverWhatTheyAreSpreadOn) {
  EXPECT_EQ(normalize_text("Crews sprayed 1.5 fl oz/acre along the ditches."),
            "Crews sprayed one point five fluid ounces per acre along the ditches.");
  EXPECT_EQ(normalize_text("Pour 8 fl oz of stock."), "Pour eight fluid ounces of stock.");
}

TEST(SpacedUnits, ADosePerKilogramOfBodyWeight) {
  EXPECT_EQ(normalize_text("The safe intake is 0.2 mg/kg bw for adults."),
            "The safe intake is zero point two milligrams per kilogram of body weight for adults.");
  EXPECT_EQ(normalize_text("A limit of 4 mg/kg bw/day was set."),
            "A limit of four milligrams per kilogram of body weight per day was set.");
  // Without the letters it is the plain rate.
  EXPECT_EQ(normalize_text("Give 3 mg/kg twice."), "Give three milligrams per kilogram twice.");
}

// An abbreviated unit's period before the next part of the same span is no sentence end.
TEST(SpacedUnits, PeriodBeforeTheSpansNextPart) {
  EXPECT_EQ(normalize_text("The ferry took 2 hr. 35 min on Sunday."), "The ferry took two hours thirty five minutes on Sunday.");
  EXPECT_EQ(normalize_text("Her best was 5 min. 12 s last season."), "Her best was five minutes twelve seconds last season.");
  EXPECT_EQ(normalize_text("The talk ran 50 min. 30 people stayed."), "The talk ran fifty minutes. thirty people stayed.");
}

}  // namespace briefcast
