// A lifeboat's number and a ship's radio identity, read as they are called.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(VesselIdentities, ALifeboatNumberIsClassAndHull) {
  EXPECT_EQ(normalize_text("The Tamar-class lifeboat 16-09 launched at dawn."),
            "The Tamar-class lifeboat sixteen oh nine launched at dawn.");
  EXPECT_EQ(normalize_text("crews took the Severn-class 17-32 out"), "crews took the Severn-class seventeen thirty two out");
}

TEST(VesselIdentities, ARadioIdentityIsSaidDigitByDigit) {
  EXPECT_EQ(normalize_text("The yacht's MMSI 235 118 904 was logged."),
            "The yacht's M.M.S.I two three five, one one eight, nine zero four was logged.");
  EXPECT_EQ(normalize_text("heard on call sign 4 7 1 2 9"), "heard on call sign four, seven, one, two, nine");
}

TEST(VesselIdentities, RangesAndCountsElsewhereStayAsTheyWere) {
  EXPECT_EQ(normalize_text("the lifeboat crew worked 10-12 hours"), "the lifeboat crew worked ten to twelve hours");
  EXPECT_EQ(normalize_text("rescued 8-10 people near the lifeboat station").find("eight to ten"), 8u);
  EXPECT_EQ(normalize_text("the IMO 2020 sulphur cap").find("two zero"), std::string::npos);
  EXPECT_EQ(normalize_text("won 16-09 in the final").find("oh nine"), std::string::npos);
  EXPECT_EQ(normalize_text("the lifeboats 13-20 were built at Poole").find("thirteen twenty"), std::string::npos);
}

}  // namespace briefcast
