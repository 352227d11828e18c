// A rate per a round figure of a unit is said without the base's "one".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(RateBases, PerARoundFigureOfAUnit) {
  EXPECT_TRUE(has(normalize_text("Sewer charges rise to $4.20 per 1,000 gal next year."), "per thousand gallons"));
  EXPECT_TRUE(has(normalize_text("The hatchback uses 5.1 L per 100 km on the highway."), "per hundred kilometers"));
  // A word that is no unit symbol, and a figure that is no round base, keep their reading.
  EXPECT_FALSE(has(normalize_text("It costs $5 per 100 in fees."), "inches"));
  EXPECT_TRUE(has(normalize_text("The rate is $9 per 250 gal used."), "per two hundred fifty gallons"));
  // Before a noun the measure sizes it: "per one-hundred-gram tub".
  EXPECT_FALSE(has(normalize_text("It has 5 g of fibre per 100 g tub."), "per hundred"));
}

}  // namespace briefcast
