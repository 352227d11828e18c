// Addresses: a quadrant after an abbreviated street suffix with its period.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Address, QuadrantAfterDottedSuffix) {
  EXPECT_EQ(normalize_text("at 410 Oak Ave. SE on"), "at four ten Oak Avenue Southeast on");
  EXPECT_EQ(normalize_text("at 410 Oak St. SW."), "at four ten Oak Street Southwest.");
}

}  // namespace briefcast
