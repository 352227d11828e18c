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

TEST(CompassRegions, TwoInitials) {
  EXPECT_EQ(normalize_text("Rice sales to SE Asia rose."), "Rice sales to Southeast Asia rose.");
  EXPECT_EQ(normalize_text("Rain in NW England eased."), "Rain in Northwest England eased.");
  // Not before a region.
  EXPECT_EQ(normalize_text("The SE corner flooded.").find("Southeast"), std::string::npos);
}

TEST(CompassRegions, AspectRange) {
  EXPECT_EQ(normalize_text("Wind slab lies on S-W aspects."), "Wind slab lies on south to west aspects.");
  EXPECT_EQ(normalize_text("The N-E line reopened.").find("north to"), std::string::npos);
}

TEST(CompassRegions, ServerRegion) {
  EXPECT_EQ(normalize_text("Ping is high on NA-E servers."), "Ping is high on NA East servers.");
  EXPECT_EQ(normalize_text("The EU-W treaty text.").find("West"), std::string::npos);
}

TEST(CompassRegions, CapeAfterThePoint) {
  EXPECT_NE(normalize_text("Farms in the W. Cape grew.").find("Western Cape"), std::string::npos);
  EXPECT_NE(normalize_text("Rain fell across E. Cape towns.").find("Eastern Cape"), std::string::npos);
  // A surname after a given name's initial, a title or "by".
  EXPECT_EQ(normalize_text("John W. Cape signed the deal.").find("Western"), std::string::npos);
  EXPECT_EQ(normalize_text("Prof. S. Cape, a chemist, spoke.").find("Southern"), std::string::npos);
  EXPECT_EQ(normalize_text("a paper by W. Cape and T. Lowe").find("Western"), std::string::npos);
  // A town's name after "Cape".
  EXPECT_EQ(normalize_text("Voters in W. Cape Elizabeth met.").find("Western"), std::string::npos);
  // "N. Cape" is the province only on a line about South Africa.
  EXPECT_EQ(normalize_text("Ferries sail to N. Cape, the Arctic cliff.").find("Northern"), std::string::npos);
  EXPECT_NE(normalize_text("Mines in N. Cape near Kimberley hired.").find("Northern Cape"), std::string::npos);
}

}  // namespace briefcast
