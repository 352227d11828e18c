// A count out of a total after the thing counted, neighbouring sizes or grades, a span of two
// fractions.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedCounts, CountOutOfATotal) {
  EXPECT_EQ(normalize_text("The leader pitted on lap 31/58 for fresh tyres."),
            "The leader pitted on lap thirty one of fifty eight for fresh tyres.");
  EXPECT_EQ(normalize_text("Stage 7/21 ends on a climb."), "Stage seven of twenty one ends on a climb.");
  EXPECT_EQ(normalize_text("We watched episode 2/6 last night."), "We watched episode two of six last night.");
}

TEST(SlashedCounts, NeighbouringSizesAndGrades) {
  EXPECT_EQ(normalize_text("Buyers want screen 16/17 lots."), "Buyers want screen sixteen to seventeen lots.");
  EXPECT_EQ(normalize_text("The dress comes in size 12/14 only."), "The dress comes in size twelve to fourteen only.");
}

TEST(SlashedCounts, SpanOfTwoFractions) {
  EXPECT_EQ(normalize_text("Mix 1/4-1/2 cup of oats."), "Mix a quarter to a half cup of oats.");
  EXPECT_EQ(normalize_text("Use 3/8-5/8 drill bits."), "Use three eighths to five eighths drill bits.");
}

TEST(SlashedCounts, OtherSlashesKeepTheirReadings) {
  // No word of a turn or a grade: a fraction.
  EXPECT_EQ(normalize_text("About 3/4 of the laps were wet."), "About three quarters of the laps were wet.");
  // Before "of": a share or the name of a round.
  EXPECT_EQ(normalize_text("Part 1/3 of the budget went.").find("one of three"), std::string::npos);
  // "stage 3/4" tells a grade as well: no count of a total.
  EXPECT_EQ(normalize_text("a stage 3/4 tumour").find("of four"), std::string::npos);
  // A unit after the figures: a measure.
  EXPECT_EQ(normalize_text("part 1/2 inch bolts").find("of two"), std::string::npos);
  // A grade pair that is not neighbours stays as before.
  EXPECT_EQ(normalize_text("size 8/16 tubes").find("to sixteen"), std::string::npos);
}

TEST(SlashedCounts, AttemptsCountedAreATally) {
  EXPECT_EQ(normalize_text("The scrum-half kicked 7/8 conversions on Friday."),
            "The scrum-half kicked seven of eight conversions on Friday.");
  EXPECT_EQ(normalize_text("Ruiz made 11/14 field goals and 3/3 penalties."),
            "Ruiz made eleven of fourteen field goals and three of three penalties.");
}

TEST(SlashedCounts, AVerbOfSuccessAloneMakesNoTally) {
  EXPECT_EQ(normalize_text("The county saved 1/5 on fuel costs."), "The county saved one fifth on fuel costs.");
  EXPECT_EQ(normalize_text("The road was completed 5/20, officials said.").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("The order was made 10/24 and shipped."), "The order was made October twenty fourth and shipped.");
}

TEST(SlashedCounts, FractionsWithoutAttemptsStay) {
  EXPECT_EQ(normalize_text("Sales hit 2/3 of the target."), "Sales hit two thirds of the target.");
  EXPECT_EQ(normalize_text("Stir in 3/4 cup of flour."), "Stir in three quarters of a cup of flour.");
  EXPECT_EQ(normalize_text("Attendance fell by 1/5 this year."), "Attendance fell by one fifth this year.");
}

}  // namespace briefcast

namespace briefcast {

// A glazing unit's panes and gaps, said figure by figure as glaziers do.
TEST(SlashedCount, GlazingBuildUp) {
  EXPECT_EQ(normalize_text("Fit a 6/14/6 unit of double-glazed panes."), "Fit a six-fourteen-six unit of double-glazed panes.");
  EXPECT_EQ(normalize_text("Each 8/16/8 argon-filled unit was replaced."),
            "Each eight-sixteen-eight argon-filled unit was replaced.");
  EXPECT_EQ(normalize_text("Their triple glazing is 4/10/3/10/4 throughout."),
            "Their triple glazing is four-ten-three-ten-four throughout.");
  // Without a word of glazing, or a date, the figures keep their reading.
  EXPECT_EQ(normalize_text("The 5/14/5 tally was posted.").find("five-fourteen"), std::string::npos);
  EXPECT_EQ(normalize_text("It runs on Windows 8/10/8 builds.").find("eight-ten"), std::string::npos);
  // "panel", "window", "glass" are no words of glazing; a date's shape needs one within five words.
  EXPECT_EQ(normalize_text("The jury panel sat again on 6/11/11.").find("six-eleven"), std::string::npos);
  EXPECT_EQ(normalize_text("The shop window was smashed on 4/20/11.").find("four-twenty"), std::string::npos);
  EXPECT_EQ(normalize_text("Sales of glass bottles peaked on 8/9/12.").find("eight-nine"), std::string::npos);
  EXPECT_EQ(normalize_text("The glazing firm was first founded in Leeds on 5/8/11.").find("five-eight"),
            std::string::npos);
}

}  // namespace briefcast
