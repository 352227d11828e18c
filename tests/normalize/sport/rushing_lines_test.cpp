// A running back's or a receiver's three-part line: attempts, yards, touchdowns.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RushingLines, ThreeHyphenedCountsAfterAVerbOfCarrying) {
  EXPECT_EQ(normalize_text("the rookie rushed 17-94-1 in his NFL debut"),
            "the rookie rushed seventeen for ninety four and one touchdown in his N.F.L debut");
  EXPECT_EQ(normalize_text("Ortiz carried 26-131-3 in the rain as the quarterback rested"),
            "Ortiz carried twenty six for one hundred thirty one and three touchdowns in the rain as the quarterback rested");
  EXPECT_EQ(normalize_text("the tight end caught 5-61-0"), "the tight end caught five for sixty one and no touchdowns");
}

TEST(RushingLines, RecordsDatesAndFormationsAreNoTally) {
  EXPECT_EQ(normalize_text("the Colts went 9-7-1 last season").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("the vote ran 5-3-1 in favour").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("he ran 4-4-2 at Everton").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("the lines were 12-94-1 at the half").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("the squad ran 10-15-2 drills daily").find("touchdown"), std::string::npos);
}

// Without a word of American football on the line, "ran" or "carried" before three counts is a
// record, a bowler's figures or a vote.
TEST(RushingLines, NoGridironWordOnTheLineIsNoRushersLine) {
  EXPECT_EQ(normalize_text("The Celtics ran 11-16-2 over the month.").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("Broad's figures ran 9-41-3 at Headingley.").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("The motion carried 14-52-2 in the assembly.").find("touchdown"), std::string::npos);
}

// "ran" before three figures is a record as often as a rushing line, even in NFL copy.
TEST(RushingLines, RanIsARecord) {
  EXPECT_EQ(normalize_text("The Lions ran 7-10-2 in NFL road games that year.").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("As a starter he ran 6-11-1 for the Jets in the NFL.").find("touchdown"), std::string::npos);
  EXPECT_NE(normalize_text("He rushed 17-93-1 against the Packers in the NFL.").find("touchdown"), std::string::npos);
}

}  // namespace briefcast
