// Addresses: a quadrant after an abbreviated street suffix with its period.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Address, QuadrantAfterDottedSuffix) {
  EXPECT_EQ(normalize_text("at 410 Oak Ave. SE on"), "at four ten Oak Avenue Southeast on");
  EXPECT_EQ(normalize_text("at 410 Oak St. SW."), "at four ten Oak Street Southwest.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Address, DottedCompassPointBeforeTheStreet) {
  EXPECT_EQ(normalize_text("at 210 E. 86th St. on Monday"), "at two ten East eighty sixth Street on Monday");
  EXPECT_EQ(normalize_text("at 4400 W. Old Mill Rd., Springfield"), "at forty four hundred West Old Mill Road, Springfield");
  // No street suffix: the name after the compass point is read as it stands.
  EXPECT_EQ(normalize_text("at 3170 W. County Line"), "at thirty one seventy West County Line");
}

}  // namespace briefcast
