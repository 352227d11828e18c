// The racing page's marks ("Hcp", "G1", "sht hd", "OR 95", "0-85 handicap", "carried 10-0",
// "3lb claimer", "3-8 trifecta", "form figures 2-11P3"), read only where racing is the subject.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RacingMarks, HandicapAndGroupsAreSaidInFull) {
  EXPECT_EQ(normalize_text("The Hcp Hurdle at Wexford went to the grey mare."),
            "The Handicap Hurdle at Wexford went to the grey mare.");
  EXPECT_EQ(normalize_text("She won the G1 Oaks for the trainer last June."),
            "She won the Group one Oaks for the trainer last June.");
  EXPECT_EQ(normalize_text("The filly is entered in the Gr.3 stakes, her trainer confirmed."),
            "The filly is entered in the Group three stakes, her trainer confirmed.");
  // Jumps racing grades its races.
  EXPECT_EQ(normalize_text("The gelding landed a G2 novice hurdle at Navan for his jockey."),
            "The gelding landed a Grade two novice hurdle at Navan for his jockey.");
}

TEST(RacingMarks, MarginsRatingsBandsWeightsAndAllowances) {
  EXPECT_EQ(normalize_text("The jockey got up by a nk on the line."), "The jockey got up by a neck on the line.");
  EXPECT_EQ(normalize_text("The colt edged it by a sht hd from the trainer's other runner."),
            "The colt edged it by a short head from the trainer's other runner.");
  EXPECT_EQ(normalize_text("The mare won by a dist at Fontwell, her jockey said."),
            "The mare won by a distance at Fontwell, her jockey said.");
  EXPECT_EQ(normalize_text("The trainer said the gelding is now off OR 95 after his win."),
            "The trainer said the gelding is now off official rating ninety five after his win.");
  EXPECT_EQ(normalize_text("The jockey rides in a 0-115 handicap at Ayr today."),
            "The jockey rides in a nought to one fifteen handicap at Ayr today.");
  EXPECT_EQ(normalize_text("The gelding carried 10-3 to victory under his jockey."),
            "The gelding carried ten stone three to victory under his jockey.");
  EXPECT_EQ(normalize_text("The trainer booked a 3lb claimer for the mare."),
            "The trainer booked a three-pound claimer for the mare.");
}

TEST(RacingMarks, BetCombinationsAndFormFigures) {
  EXPECT_EQ(normalize_text("The 3-8 trifecta paid $94.20 at the track."),
            "The three-eight trifecta paid ninety four dollars twenty cents at the track.");
  EXPECT_EQ(normalize_text("A quinella of 2-9 returned little."), "A quinella of two-nine returned little.");
  EXPECT_EQ(normalize_text("The filly's form figures of 2-11P3 make her the one to beat, her trainer said."),
            "The filly's form figures of two, one, one, P, three make her the one to beat, her trainer said.");
}

TEST(RacingMarks, OtherLinesKeepTheirReadings) {
  EXPECT_EQ(normalize_text("Take the G1 exit towards the airport."), "Take the G one exit towards the airport.");
  EXPECT_EQ(normalize_text("He was hit on the hd by a branch."), "He was hit on the hd by a branch.");
  EXPECT_EQ(normalize_text("City carried 3-1 into the break."), "City carried three to one into the break.");
  EXPECT_EQ(normalize_text("The race finished 3-8 for the visitors."), "The race finished three to eight for the visitors.");
  EXPECT_EQ(normalize_text("His form of 2024 was poor."), "His form of twenty twenty four was poor.");
  EXPECT_EQ(normalize_text("The surgeon was in the OR 12 hours."), "The surgeon was in the O.R twelve hours.");
}

}  // namespace briefcast
