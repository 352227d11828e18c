// The words that tell the kilotonne from the knot after "kt": goods traded or shipped weigh,
// a craft or a wind goes at a speed, and a port or a cargo alone decides nothing.
#include "normalize/measures/tonnage_cues.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TonnageCues, CraftAndWindAreSpeedsPortsAreNot) {
  EXPECT_TRUE(rules::tells_of_craft("vessel"));
  EXPECT_TRUE(rules::tells_of_craft("Aircraft"));
  EXPECT_FALSE(rules::tells_of_craft("port"));
  EXPECT_FALSE(rules::tells_of_craft("cargo"));
  EXPECT_TRUE(rules::tells_of_wind_or_sail("gusts"));
  EXPECT_TRUE(rules::tells_of_traded_tonnage("shipped"));
  EXPECT_TRUE(rules::tells_of_traded_tonnage("volumes"));
  EXPECT_FALSE(rules::tells_of_traded_tonnage("knots"));
}

TEST(TonnageCues, TradeBesideAPortWeighsInThousandsOfTonnes) {
  EXPECT_EQ(normalize_text("Sugar exports from the harbour rose to 48 kt last season."),
            "Sugar exports from the harbour rose to forty eight thousand tonnes last season.");
  EXPECT_EQ(normalize_text("Rice harvest volumes climbed to 350 kt, the ministry said."),
            "Rice harvest volumes climbed to three hundred fifty thousand tonnes, the ministry said.");
}

TEST(TonnageCues, ACraftAWindOrAShipGoingAtKeepsTheKnot) {
  EXPECT_EQ(normalize_text("The frigate left port and held 28 kt through the night."),
            "The frigate left port and held twenty eight knots through the night.");
  EXPECT_EQ(normalize_text("Gusts at the port reached 45 kt on Sunday."),
            "Gusts at the port reached forty five knots on Sunday.");
  EXPECT_EQ(normalize_text("The ferry left the harbour at 21 kt with cargo aboard."),
            "The ferry left the harbour at twenty one knots with cargo aboard.");
}

TEST(TonnageCues, CraftInThePluralOrPossessiveAndWindsByDirectionKeepTheKnot) {
  EXPECT_TRUE(rules::tells_of_craft("tankers"));
  EXPECT_TRUE(rules::tells_of_craft("ferries"));
  EXPECT_TRUE(rules::tells_of_craft("catamaran's"));
  EXPECT_FALSE(rules::tells_of_craft("ports"));
  EXPECT_TRUE(rules::tells_of_wind_or_sail("south-westerly"));
  EXPECT_FALSE(rules::tells_of_wind_or_sail("orderly"));
  EXPECT_EQ(normalize_text("Bulk ships slowed to 12 kt last year to cut fuel costs and emissions."),
            "Bulk ships slowed to twelve knots last year to cut fuel costs and emissions.");
  EXPECT_EQ(normalize_text("The new hydrofoil, capable of 38 kt, lifted ticket sales."),
            "The new hydrofoil, capable of thirty eight knots, lifted ticket sales.");
  EXPECT_EQ(normalize_text("Patrol boats reaching 45 kt chased smugglers as imports rose."),
            "Patrol boats reaching forty five knots chased smugglers as imports rose.");
  EXPECT_EQ(normalize_text("Crews sailed into a 40 kt northerly as the cargo shifted.").find("tonne"), std::string::npos);
}

}  // namespace briefcast
