// A mark out of a scale's maximum, whatever the maximum: "fourteen out of fifteen".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ScoredMark, AfterAScaleNamed) {
  EXPECT_EQ(normalize_text("the boy had a GCS of 11/15 on arrival"), "the boy had a G.C.S of eleven out of fifteen on arrival");
  EXPECT_EQ(normalize_text("an Apgar score of 8/10 at birth"), "an Apgar score of eight out of ten at birth");
  EXPECT_EQ(normalize_text("she got a score of 16/20 in French"), "she got a score of sixteen out of twenty in French");
}

TEST(ScoredMark, AfterAVerbOfScoring) {
  EXPECT_EQ(normalize_text("the hotel is rated 3/5 by guests"), "the hotel is rated three out of five by guests");
  EXPECT_EQ(normalize_text("the pupils scored 27/30 on the test"), "the pupils scored twenty seven out of thirty on the test");
}

// "marked" and "mark of" go with anniversaries and dates as often as with marks.
TEST(ScoredMark, DatesAfterMarkWordsStay) {
  EXPECT_EQ(normalize_text("The town marked 9/11 with a vigil").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("The war left the mark of 9/11 on the decade").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("The parish marked 3/8 as its feast day").find("out of"), std::string::npos);
}

TEST(ScoredMark, OtherSlashesStay) {
  EXPECT_EQ(normalize_text("about 2/3 of voters agreed"), "about two thirds of voters agreed");
  EXPECT_EQ(normalize_text("the fair opens on 4/5 this year"), normalize_text("the fair opens on 4/5 this year"));
  EXPECT_NE(normalize_text("the fair opens on 4/5 this year"), "the fair opens on four out of five this year");
  EXPECT_EQ(normalize_text("the score rose 3/4 of a point"), "the score rose three quarters of a point");
}

}  // namespace briefcast
