// A broadcast's rating and share read as two figures, never a mark out of a total.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AudienceRatings, ASlashedPairBeforeRatingShareIsARatingAndAShare) {
  EXPECT_EQ(normalize_text("The final drew a 9.4/17 rating/share in the Nielsen metered markets."),
            "The final drew a nine point four rating and a seventeen share in the Nielsen metered markets.");
  EXPECT_EQ(normalize_text("the debate posted a 6/12 rating and share among households"),
            "the debate posted a six rating and a twelve share among households");
}

// With no broadcast on the line, or a noun or "of" after "share", the pair is a credit, a
// stock's or a poll's and is left to its rules.
TEST(AudienceRatings, NoBroadcastOrAShareThatNamesAThingIsNoRatingAndShare) {
  EXPECT_EQ(normalize_text("Fitch gave the lender a 3/5 rating and share prices slid.").find("a five share"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The network said its 7/10 rating and share of the vote were both wrong.").find("ten share"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The network's 4/9 rating and share count was disputed.").find("nine share"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Our panel gave the 8/10 rating and share for the app.").find("ten share"), std::string::npos);
  EXPECT_EQ(normalize_text("Viewers gave it 5/8 ratings and shares online.").find("eight share"), std::string::npos);
}

TEST(AudienceRatings, OtherSlashedPairsAreLeftToTheirRules) {
  EXPECT_EQ(normalize_text("Critics gave the show 7/10.").find("share"), std::string::npos);
  EXPECT_EQ(normalize_text("a 3/4 majority of the board").find("share"), std::string::npos);
  EXPECT_EQ(normalize_text("its 4.1/5 rating in the app store").find("share"), std::string::npos);
}

}  // namespace briefcast
