// The codes of cosmetics, among their words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ShadeCodes, DepthAndUndertone) {
  EXPECT_EQ(normalize_text("The concealer runs from 2C to 9W in twelve shades."),
            "The concealer runs from two C to nine W in twelve shades.");
  // Without a word of cosmetics a watt stays a watt.
  EXPECT_EQ(normalize_text("The bulb draws 9W at full power."), "The bulb draws nine watts at full power.");
  EXPECT_EQ(normalize_text("The Foundation grant buys a 10W radio."), "The Foundation grant buys a ten-watt radio.");
}

TEST(ShadeCodes, SunRatings) {
  EXPECT_EQ(normalize_text("a new SPF 30/PA+++ fluid"), "a new S.P.F thirty, P.A plus plus plus fluid");
  EXPECT_EQ(normalize_text("rated PA++ in Japan"), "rated P.A plus plus in Japan");
  EXPECT_EQ(normalize_text("the PA system").find("plus"), std::string::npos);
}

TEST(ShadeCodes, FluidOunceWithItsPeriod) {
  EXPECT_EQ(normalize_text("a 2 fl. oz bottle of toner"), "a two-fluid-ounce bottle of toner");
}

}  // namespace briefcast
