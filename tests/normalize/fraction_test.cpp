// Fractions and the figures written with a slash that are no fraction.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Fraction, SeasonOfTwoFullYears) {
  EXPECT_EQ(normalize_text("the 2023/2024 season"), "the twenty twenty three twenty twenty four season");
  EXPECT_EQ(normalize_text("in 1899/1900"), "in eighteen ninety nine nineteen hundred");
  // A figure under a year stays a fraction.
  EXPECT_EQ(normalize_text("1/2000"), "one two thousandth");
}

}  // namespace briefcast
