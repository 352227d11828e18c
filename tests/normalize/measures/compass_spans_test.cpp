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

}  // namespace briefcast
