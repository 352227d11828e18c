// The margins of a horse race.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RacingLengths, MarginsSaidInLengths) {
  EXPECT_EQ(normalize_text("The filly was beaten \u00bdl by the odds-on favourite."),
            "The filly was beaten half a length by the odds-on favourite.");
  EXPECT_EQ(normalize_text("The gelding won by 3\u00bdl from the mare."),
            "The gelding won by three and a half lengths from the mare.");
  EXPECT_EQ(normalize_text("The colt came home 4l clear of the field."),
            "The colt came home four lengths clear of the field.");
}

TEST(RacingLengths, LitersElsewhere) {
  EXPECT_EQ(normalize_text("Add 2l of stock to the pot."), "Add two liters of stock to the pot.");
}

}  // namespace briefcast
