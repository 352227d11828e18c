// A tide's time given from high or low water at a standard port.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TideOffsets, HoursAndMinutesFromThePort) {
  EXPECT_EQ(normalize_text("Low tide turns near LW Milford Haven -0130 on springs."),
            "Low tide turns near low water Milford Haven minus one hour thirty on springs.");
  EXPECT_EQ(normalize_text("The stream turns at HW +0045 by the pier."),
            "The stream turns at high water plus forty five minutes by the pier.");
  EXPECT_EQ(normalize_text("The gate opens at HW Portsmouth +0300, closing soon after."),
            "The gate opens at high water Portsmouth plus three hours, closing soon after.");
}

// Glued to the tide, and with a colon, the offset is still hours and minutes.
TEST(TideOffsets, GluedWithAColon) {
  EXPECT_EQ(normalize_text("The sluice shuts at LW-1:15 each day."), "The sluice shuts at low water minus one hour fifteen each day.");
  EXPECT_EQ(normalize_text("Boats may leave from HW+0:40 onwards."), "Boats may leave from high water plus forty minutes onwards.");
  EXPECT_EQ(normalize_text("The HW+ label").find("high water"), std::string::npos);
}

TEST(TideOffsets, NoOffsetNoTide) {
  // Without a signed offset the letters are left to the other rules.
  EXPECT_EQ(normalize_text("the HW Dover table").find("high water"), std::string::npos);
  EXPECT_EQ(normalize_text("at HW Dover +9900").find("high water"), std::string::npos);
}

}  // namespace briefcast
