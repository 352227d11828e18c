// Successes out of attempts, checked by the share written after them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SuccessRates, PairCheckedByItsShare) {
  EXPECT_NE(normalize_text("Her shooting was 33/36 at 92%.").find("thirty three of thirty six at"), std::string::npos);
  EXPECT_NE(normalize_text("He kicked 5/6 (83%) in the wet.").find("five of six (eighty three percent)"), std::string::npos);
}

TEST(SuccessRates, ShareBeforeBracketedPair) {
  EXPECT_EQ(normalize_text("The kicker converted 75% of his attempts (9/12) this season."),
            "The kicker converted seventy five percent of his attempts (nine of twelve) this season.");
  // A bracketed pair whose share does not check stays as it was.
  EXPECT_EQ(normalize_text("Turnout was 40% in the ward (3/4).").find("three of four"), std::string::npos);
}

TEST(SuccessRates, ShareThatDoesNotCheckLeavesThePair) {
  EXPECT_EQ(normalize_text("Rates of 3/4 (10%) were seen.").find("three of four"), std::string::npos);
  EXPECT_EQ(normalize_text("On 5/6 at 40% off").find("five of six"), std::string::npos);
}

}  // namespace briefcast
