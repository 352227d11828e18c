// A broadcast's rating and share read as two figures, never a mark out of a total.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AudienceRatings, ASlashedPairBeforeRatingShareIsARatingAndAShare) {
  EXPECT_EQ(normalize_text("The final drew a 9.4/17 rating/share in the metered markets."),
            "The final drew a nine point four rating and a seventeen share in the metered markets.");
  EXPECT_EQ(normalize_text("the debate posted a 6/12 rating and share"), "the debate posted a six rating and a twelve share");
}

TEST(AudienceRatings, OtherSlashedPairsAreLeftToTheirRules) {
  EXPECT_EQ(normalize_text("Critics gave the show 7/10.").find("share"), std::string::npos);
  EXPECT_EQ(normalize_text("a 3/4 majority of the board").find("share"), std::string::npos);
  EXPECT_EQ(normalize_text("its 4.1/5 rating in the app store").find("share"), std::string::npos);
}

}  // namespace briefcast
