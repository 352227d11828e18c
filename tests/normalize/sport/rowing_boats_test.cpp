// Rowing's boat classes ("M2-", "W1x", "LM2x", "W8+") said as the boats' names.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RowingBoats, ClassesAreSaidAsTheBoatsNames) {
  EXPECT_EQ(normalize_text("Ireland took silver in the LW2x."), "Ireland took silver in the lightweight women's double sculls.");
  EXPECT_EQ(normalize_text("The M4- crew led at halfway."), "The men's four crew led at halfway.");
  EXPECT_EQ(normalize_text("She stroked the W8+ to gold."), "She stroked the women's eight to gold.");
  EXPECT_EQ(normalize_text("the M1x repechage"), "the men's single sculls repechage");
  EXPECT_EQ(normalize_text("a Mix2x final"), "a mixed double sculls final");
}

TEST(RowingBoats, OtherLettersAndFiguresAreLeftAlone) {
  EXPECT_EQ(normalize_text("Take the M4 to Bristol."), "Take the M four to Bristol.");
  EXPECT_EQ(normalize_text("the W3x plan"), "the W three x plan");
}

TEST(RowingBoats, BareBoatsInALineOfRowing) {
  EXPECT_EQ(normalize_text("The women's 4x won the regatta final."), "The women's quad won the regatta final.");
  EXPECT_EQ(normalize_text("A new 2- shell arrived at the boathouse."), "A new pair shell arrived at the boathouse.");
  EXPECT_EQ(normalize_text("The club raced the 1x, 2x and 4+ at the regatta."),
            "The club raced the single, double and coxed four at the regatta.");
  EXPECT_EQ(normalize_text("The club bought a 4x+/4+ shell."), "The club bought a coxed quad or coxed four shell.");
  EXPECT_EQ(normalize_text("The 1V8+ and 3V4+ raced at the regatta."),
            "The first varsity eight and third varsity coxed four raced at the regatta.");
}

TEST(RowingBoats, PlusMinusAndTimesElsewhereStay) {
  EXPECT_EQ(normalize_text("Children aged 4+ pay half."), "Children aged four plus pay half.");
  EXPECT_EQ(normalize_text("The 4x zoom is 2x faster, the crew said."), "The four-times zoom is two times faster, the crew said.");
}

TEST(RowingBoats, RankedSidesAndDivisions) {
  EXPECT_EQ(normalize_text("The 1st VIII and the 2nd IV both raced."), "The first eight and the second four both raced.");
  EXPECT_EQ(normalize_text("The school's 1st XI won by six wickets."), "The school's first eleven won by six wickets.");
  EXPECT_EQ(normalize_text("In Div. II the team finished third."), "In Division two the team finished third.");
  EXPECT_EQ(normalize_text("They went up from Div. I, the coach said."), "They went up from Division one, the coach said.");
  EXPECT_EQ(normalize_text("Henry VIII had six wives."), "Henry the eighth had six wives.");
}

}  // namespace briefcast
