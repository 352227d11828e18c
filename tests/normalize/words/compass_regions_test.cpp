// A compass initial before a region: the point or its adjective, and the region.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CompassRegions, PointOrAdjectiveByRegion) {
  EXPECT_EQ(normalize_text("Coffee exports to S. America fell."), "Coffee exports to South America fell.");
  EXPECT_EQ(normalize_text("Gas prices in N. Europe rose."), "Gas prices in Northern Europe rose.");
  EXPECT_EQ(normalize_text("Rains hit W. Africa early."), "Rains hit West Africa early.");
}

TEST(CompassRegions, AtTheEndOfARoute) {
  EXPECT_NE(normalize_text("Rates on the China-N. Europe lane fell.").find("Northern Europe lane"), std::string::npos);
}

TEST(CompassRegions, InitialsOfNamesStay) {
  EXPECT_EQ(normalize_text("The report by N. Smith came out.").find("North"), std::string::npos);
  EXPECT_EQ(normalize_text("The report by S. Amherst came out.").find("South"), std::string::npos);
}

}  // namespace briefcast
