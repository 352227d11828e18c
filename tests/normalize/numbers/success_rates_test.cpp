// Successes out of attempts, checked by the share written after them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SuccessRates, PairCheckedByItsShare) {
  EXPECT_NE(normalize_text("Her shooting was 33/36 at 92%.").find("thirty three of thirty six at"), std::string::npos);
  EXPECT_NE(normalize_text("He kicked 5/6 (83%) in the wet.").find("five of six (eighty three percent)"), std::string::npos);
}

TEST(SuccessRates, ShareThatDoesNotCheckLeavesThePair) {
  EXPECT_EQ(normalize_text("Rates of 3/4 (10%) were seen.").find("three of four"), std::string::npos);
  EXPECT_EQ(normalize_text("On 5/6 at 40% off").find("five of six"), std::string::npos);
}

}  // namespace briefcast
