// Times: a 24-hour clock in four figures before a time zone, as wire copy writes it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Time, FourFiguresBeforeAZone) {
  EXPECT_EQ(normalize_text("at 2215 GMT on"), "at twenty two fifteen GMT on");
  EXPECT_EQ(normalize_text("(0905 UTC)"), "(oh nine oh five UTC)");
  EXPECT_EQ(normalize_text("at 1800 GMT"), "at eighteen hundred GMT");
  EXPECT_EQ(normalize_text("some 2575 GMT"), "some two thousand five hundred seventy five G.M.T");  // no clock
}

}  // namespace briefcast
