// Signed figures on either side of a slash keep their signs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SignedPairs, SignsKept) {
  EXPECT_EQ(normalize_text("The spec allows -4/+6 s/day."), "The spec allows minus four to plus six seconds per day.");
  EXPECT_EQ(normalize_text("Lows of -2/-6C are likely."), "Lows of minus two to minus six degrees Celsius are likely.");
  EXPECT_EQ(normalize_text("His lenses are -1.25/-0.75 now."), "His lenses are minus one point two five, minus zero point seven five now.");
  // Unsigned pairs are left to the other rules.
  EXPECT_EQ(normalize_text("open 24/7"), "open twenty four seven");
}

}  // namespace briefcast
