// Game reports' shorthand said as words, each with its cue.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GameShorthand, OvertimesBreakAndGuarantee) {
  EXPECT_NE(normalize_text("They won 88-85 in 3OT on Friday.").find("triple overtime"), std::string::npos);
  EXPECT_NE(normalize_text("Lyon won 2-1 (HT 0-1).").find("half-time"), std::string::npos);
  EXPECT_NE(normalize_text("a $60M deal with $41M gtd").find("guaranteed"), std::string::npos);
}

TEST(GameShorthand, WithoutTheCueItStays) {
  EXPECT_EQ(normalize_text("the HT cable was cut").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("the 5OT file").find("overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("she said gtd twice").find("guaranteed"), std::string::npos);
}

TEST(GameShorthand, HalfTimeOnlyInAMatchReportsTally) {
  EXPECT_NE(normalize_text("Porto beat Braga 3-1 (HT: 2-0) at home.").find("(half-time"), std::string::npos);
  EXPECT_NE(normalize_text("Derry won 4-2, HT 1-1.").find("half-time one"), std::string::npos);
  // A newspaper or high tension before a range, a clock or a unit: no break in a match.
  EXPECT_EQ(normalize_text("A minister told HT 20-25 villages were cut off.").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("An aide told HT 6:45 am was too early.").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("Crews will string HT 22-66 kV cables.").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("(HT 4-6 storeys are planned)").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("(HT 101-99)").find("half-time"), std::string::npos);
}

TEST(GameShorthand, OvertimeCountsAndOrdinals) {
  EXPECT_NE(normalize_text("She scored at 2:50 of 3OT to win the game.").find("of the third overtime"), std::string::npos);
  EXPECT_NE(normalize_text("Boston lost in 2OT, again.").find("in double overtime"), std::string::npos);
  // Before a lowercase noun the figure may count games: left as it was.
  EXPECT_EQ(normalize_text("The Kings lost 3OT classics twice.").find("overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("Two 2OT games were played.").find("overtime"), std::string::npos);
}

// "2OT" is overtime only on a line of a game (a score or a game word); a ward's staff count
// ("3OT, 2PT") keeps its letters. "(HT 22-66)" is half-time only beside a sport word or another
// score.
TEST(GameShorthand, OvertimesAndHalfTimeOnlyOnALineOfAGame) {
  EXPECT_EQ(normalize_text("The clinic employs 3OT, 2PT and nine nurses, the council said.").find("overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("Care homes are short of 2OT and four carers.").find("overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("The rehab unit grew to 4OT this spring.").find("overtime"), std::string::npos);
  EXPECT_NE(normalize_text("The Oilers won 3-2 in 2OT on Sunday.").find("double overtime"), std::string::npos);
  EXPECT_NE(normalize_text("The Bruins scored at 5:10 of 3OT to take game four.").find("the third overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("The feeder (HT 22-66) was rewired for $4m.").find("half-time"), std::string::npos);
  EXPECT_NE(normalize_text("Wigan beat Bolton 3-1 (HT 0-1) on Saturday.").find("half-time"), std::string::npos);
}

}  // namespace briefcast
