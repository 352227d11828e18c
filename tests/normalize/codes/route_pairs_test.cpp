// Two station or airport codes joined by a dash before a word of travel: the dash is "to".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RoutePairs, DashBetweenCodesIsTo) {
  EXPECT_EQ(normalize_text("the new BQX\u2013MRW service starts"), "the new B.Q.X to M.R.W service starts");
  EXPECT_EQ(normalize_text("More ZKP-LNW flights were cut."), "More Z.K.P to L.N.W flights were cut.");
}

TEST(RoutePairs, NotBeforeOtherWords) {
  EXPECT_EQ(normalize_text("the BQX\u2013MRW deal").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("the AFL-CIO vote").find(" to "), std::string::npos);
}

}  // namespace briefcast
