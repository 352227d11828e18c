// A day and a month joined by a dot after a word that places a day; decimals stay decimals.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DottedDayMonths, AfterALeadWord) {
  EXPECT_EQ(normalize_text("Sign-ups began on 21.09, a week early."),
            "Sign-ups began on the twenty first of September, a week early.");
  EXPECT_EQ(normalize_text("The bridge stays shut until 03.11 for repairs."),
            "The bridge stays shut until the third of November for repairs.");
}

TEST(DottedDayMonths, DecimalsStay) {
  EXPECT_EQ(normalize_text("The index rose 12.07 points."), "The index rose twelve point o seven points.");
  EXPECT_EQ(normalize_text("The shares closed on 12.07, flat."), "The shares closed on twelve point o seven, flat.");
  // No month numbered 45.
  EXPECT_EQ(normalize_text("It landed on 12.45 for the day."), "It landed on twelve point four five for the day.");
}

}  // namespace briefcast
