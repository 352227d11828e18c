// Two figures slashed before a unit that are no fraction: two readings of the unit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FigurePairs, TwoReadingsOfOneUnit) {
  EXPECT_EQ(normalize_text("the van manages 22/29 mpg"), "the van manages twenty two or twenty nine miles per gallon");
  EXPECT_EQ(normalize_text("speed limits of 20/30 mph apply"), "speed limits of twenty or thirty miles per hour apply");
}

TEST(FigurePairs, FractionsOfAUnitStayFractions) {
  EXPECT_EQ(normalize_text("add 3/4 tsp of salt"), "add three quarters of a teaspoon of salt");
  EXPECT_EQ(normalize_text("add 11/16 cup of oil"), "add eleven sixteenths of a cup of oil");
}

TEST(FigurePairs, GluedToTheirUnitReadAsSpaced) {
  EXPECT_EQ(normalize_text("The charger accepts 100/240V mains."),
            "The charger accepts one hundred or two-hundred-forty-volt mains.");
  EXPECT_EQ(normalize_text("Her reading was 145/95mmHg at the clinic."),
            "Her reading was one hundred forty five over ninety five millimeters of mercury at the clinic.");
  EXPECT_EQ(normalize_text("Stir in 1/4kg of sugar."), "Stir in a quarter of a kilogram of sugar.");
  // An imperial fraction keeps its own reading; slashed figures with no unit are left alone.
  EXPECT_EQ(normalize_text("a 5/8in socket"), "a five-eighths-inch socket");
  EXPECT_EQ(normalize_text("staffed 24/7 by volunteers"), "staffed twenty four seven by volunteers");
}

}  // namespace briefcast
