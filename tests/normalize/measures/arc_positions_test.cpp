// Latitudes and longitudes in degrees, minutes and seconds.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ArcPositions, DegreesMinutesAndSeconds) {
  EXPECT_EQ(normalize_text("The buoy drifted to 47°08'S 12°41'E."),
            "The buoy drifted to forty seven degrees eight minutes south twelve degrees forty one minutes east.");
  EXPECT_EQ(normalize_text("The cairn sits at 57°01'30\"N."), "The cairn sits at fifty seven degrees one minute thirty seconds north.");
  EXPECT_EQ(normalize_text("Heat it to 180\u00b0C first.").find("minute"), std::string::npos);
}

TEST(ArcPositions, RatioBesideItsName) {
  EXPECT_EQ(normalize_text("Mix at a 1:12 ratio by weight."), "Mix at a one to twelve ratio by weight.");
}

TEST(ArcPositions, SecondsMarkThenASpacedHemisphere) {
  EXPECT_EQ(normalize_text("The wreck lies at 50\u00b012'30.5\" N today."),
            "The wreck lies at fifty degrees twelve minutes thirty point five seconds north today.");
}

}  // namespace briefcast
