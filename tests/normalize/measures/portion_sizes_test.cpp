// A portion's size after "per" qualifies the portion.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PortionSizes, MeasureBeforeThePortion) {
  EXPECT_NE(normalize_text("Fat: 3.5g per 40g bar.").find("per forty-gram bar"), std::string::npos);
  EXPECT_NE(normalize_text("about 140 kcal per 250 ml glass").find("per two-hundred-fifty-milliliter glass"), std::string::npos);
}

TEST(PortionSizes, NoPortionNoCompound) {
  EXPECT_NE(normalize_text("Salt is 0.3g per 100g of bread.").find("per one hundred grams of"), std::string::npos);
}

}  // namespace briefcast
