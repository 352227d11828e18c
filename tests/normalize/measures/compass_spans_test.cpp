// Compass points joined by a dash, and a wind's point before its force.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CompassSpans, PointsJoinedByADash) {
  EXPECT_EQ(normalize_text("Fresh snow on N-S ridges and SE\u2013S slopes."),
            "Fresh snow on north to south ridges and southeast to south slopes.");
  EXPECT_EQ(normalize_text("The runway lies on a NW-SE line."), "The runway lies on a northwest to southeast line.");
  // Two lone letters that are no opposites stay letters.
  EXPECT_EQ(normalize_text("the S-E link").find("south"), std::string::npos);
}

TEST(CompassSpans, WindPointBeforeItsForce) {
  EXPECT_EQ(normalize_text("Winds NW 6 to 7, veering N 5 later."), "Winds northwest six to seven, veering north five later.");
  EXPECT_EQ(normalize_text("The sea forecast gives W 4 or 5, occasionally 6."),
            "The sea forecast gives west four or five, occasionally six.");
}

TEST(CompassSpans, NotABusOrAStreet) {
  EXPECT_EQ(normalize_text("Take the N 4 bus to the depot."), "Take the N four bus to the depot.");
}

// A point before the word "wind" says where it blows from; Beaufort's scale written short.
TEST(CompassSpans, PointBeforeWindAndShortForce) {
  EXPECT_EQ(normalize_text("Ferries ran in a fresh W breeze."), "Ferries ran in a fresh westerly breeze.");
  EXPECT_EQ(normalize_text("Expect a N wind, F5\u20136 at times."), "Expect a northerly wind, force five to six at times.");
  // Away from words of the wind the letter and figure are a name.
  EXPECT_EQ(normalize_text("Her F4 car led the race.").find("force"), std::string::npos);
}

// Fujita's scale and racing's classes beside words of the wind; a letter that is an initial or
// labels a wind farm.
TEST(CompassSpans, NoForceOrWindDirectionInNamesAndScales) {
  EXPECT_EQ(normalize_text("An F4 tornado with winds of 200 mph hit the town.").find("force"), std::string::npos);
  EXPECT_EQ(normalize_text("F1 practice was cut short by high winds.").find("force"), std::string::npos);
  EXPECT_NE(normalize_text("Winds SW F4\u20135, increasing F6 later.").find("force four to five, increasing force six"), std::string::npos);
  EXPECT_EQ(normalize_text("Judge John S Gale ruled on the case."), "Judge John S Gale ruled on the case.");
  EXPECT_EQ(normalize_text("Block E wind farm will be built offshore.").find("easterly"), std::string::npos);
}

}  // namespace briefcast
