// The planning "No" between a count and its noun is said as the count alone.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PlanningCounts, CapitalNoBetweenCountAndNoun) {
  EXPECT_EQ(normalize_text("consent for 9 No flats on the old depot"), "consent for nine flats on the old depot");
  EXPECT_EQ(normalize_text("erection of 24 No. houses and a shop"), "erection of twenty four houses and a shop");
  EXPECT_EQ(normalize_text("a scheme of 1,150 No homes"), "a scheme of one thousand one hundred fifty homes");
}

TEST(PlanningCounts, GluedOrDottedForms) {
  EXPECT_EQ(normalize_text("demolish 2no. barns"), "demolish two barns");
  EXPECT_EQ(normalize_text("install 5Nr lamp posts"), "install five lamp posts");
  EXPECT_EQ(normalize_text("and 3 nr. garages"), "and three garages");
}

TEST(PlanningCounts, NegationAfterALabelOrBeforeNoPluralStays) {
  // After a label's number, or before a word that is no plural noun, "No" is the word.
  EXPECT_EQ(normalize_text("Rule 8 No dogs on the beach").find("eight No dogs"), 5u);
  EXPECT_EQ(normalize_text("see step 3 No refunds are given").find("three No refunds"), 9u);
  EXPECT_EQ(normalize_text("of the 9 replies, 6 No and 3 Yes"), "of the nine replies, six No and three Yes");
  EXPECT_EQ(normalize_text("point 2 No longer holds").find("two No longer"), 6u);
  EXPECT_EQ(normalize_text("the list has 4 No entry gates"), "the list has four No entry gates");
}

TEST(PlanningCounts, NegationAndNumberSignStay) {
  // A lower-case "no" without a period is the negation.
  EXPECT_EQ(normalize_text("there were 3 no shows today"), "there were three no shows today");
  // "No." before a figure is the number sign.
  EXPECT_EQ(normalize_text("he lives at No. 8 Hill Road"), "he lives at number eight Hill Road");
  EXPECT_EQ(normalize_text("No, we will not"), "No, we will not");
  // A referendum's side.
  EXPECT_EQ(normalize_text("with 5,210 No votes counted"), "with five thousand two hundred ten No votes counted");
  // Before a name or a capital the word is no count's.
  EXPECT_EQ(normalize_text("We saw 4 No Entry signs").find("four No"), 7u);
}

}  // namespace briefcast
