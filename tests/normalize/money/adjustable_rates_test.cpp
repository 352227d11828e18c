// An adjustable-rate mortgage named by its years fixed and its resets ("a 7/1 ARM").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AdjustableRates, FiguresOfTheLoan) {
  EXPECT_EQ(normalize_text("A 7/1 ARM starts lower than a 30-year fixed loan."),
            "A seven one A.R.M starts lower than a thirty year fixed loan.");
  EXPECT_EQ(normalize_text("The 10/6 ARMs reset twice a year after a decade."),
            "The ten six A.R.M.'s reset twice a year after a decade.");
  // Not before an arm of the body.
  EXPECT_EQ(normalize_text("The mare lost 3/4 arm length."), "The mare lost three quarters arm length.");
}

}  // namespace briefcast
