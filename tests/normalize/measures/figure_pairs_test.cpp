// Two figures slashed before a unit that are no fraction: two readings of the unit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FigurePairs, TwoReadingsOfOneUnit) {
  EXPECT_EQ(normalize_text("the van manages 22/29 mpg"), "the van manages twenty two or twenty nine miles per gallon");
  EXPECT_EQ(normalize_text("speed limits of 20/30 mph apply"), "speed limits of twenty or thirty miles per hour apply");
}

TEST(FigurePairs, FractionsOfAUnitStayFractions) {
  EXPECT_EQ(normalize_text("add 3/4 tsp of salt"), "add three quarters teaspoon of salt");
  EXPECT_EQ(normalize_text("add 11/16 cup of oil"), "add eleven sixteenths cup of oil");
}

}  // namespace briefcast
