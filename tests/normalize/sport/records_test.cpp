// Win-loss records said with "and", as a sportscaster says them; scores and ranges keep "to".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Records, AfterWent) {
  EXPECT_EQ(normalize_text("the Owls went 11-4 at home"), "the Owls went eleven and four at home");
}

TEST(Records, BeforeRecordOrStart) {
  EXPECT_EQ(normalize_text("a 21-9 record this year"), "a twenty one and nine record this year");
  EXPECT_EQ(normalize_text("after their 0-5 start"), "after their oh and five start");
  // Written "an" because the record is said "oh and four"; the article stays.
  EXPECT_EQ(normalize_text("an 0-4 start"), "an oh and four start");
}

TEST(Records, InBracketsAfterATeamOnASportsPage) {
  EXPECT_EQ(normalize_text("The Falcons (12-3) won again on Sunday."), "The Falcons (twelve and three) won again on Sunday.");
  // Outside a sports page, a bracketed pair after a name is a range.
  EXPECT_EQ(normalize_text("See Chapters (12-14) for details."), "See Chapters (twelve to fourteen) for details.");
}

TEST(Records, StandingAloneAfterToOrAre) {
  EXPECT_EQ(normalize_text("The defeat left the Rams at 2-9 in the division."),
            "The defeat left the Rams at two and nine in the division.");
  EXPECT_EQ(normalize_text("they are 8-8 and the season is over"), "they are eight and eight and the season is over");
  // A noun after the pair makes it a range, even on a sports page.
  EXPECT_EQ(normalize_text("the team rose to 10-12 wins a year").find(" and "), std::string::npos);
}

TEST(Records, OtherPairsInARecordsLine) {
  EXPECT_EQ(normalize_text("They are 7-3 overall, 4-1 against rivals and 0-2 in extra time."),
            "They are seven and three overall, four and one against rivals and oh and two in extra time.");
  // A score after a team's name stays a score.
  EXPECT_EQ(normalize_text("The Jets (6-4) edged the Colts 20-17 in overtime."),
            "The Jets (six and four) edged the Colts twenty to seventeen in overtime.");
}

TEST(Records, ScoresOddsAndVotesAfterAVerbAreNoRecords) {
  // Only a team ("the Owls are", "they were", "them to") stands before a record; a score, a
  // vote or odds after "was", "is" or another subject keep "to".
  EXPECT_EQ(normalize_text("The final tally was 31-20 in the cup game."), "The final tally was thirty one to twenty in the cup game.");
  EXPECT_EQ(normalize_text("Rovers lost 3-2 to Athletic in the league.").find(" and "), std::string::npos);
  EXPECT_EQ(normalize_text("The odds were 7-2 against the team.").find(" and "), std::string::npos);
  EXPECT_EQ(normalize_text("The lead was cut to 1-0 in the match.").find(" and "), std::string::npos);
  EXPECT_EQ(normalize_text("The Owls were 9-4 against the league"), "The Owls were nine and four against the league");
  EXPECT_EQ(normalize_text("the loss dropped them to 3-9 in the league"), "the loss dropped them to three and nine in the league");
}

TEST(Records, ALeadIsNoRecord) {
  EXPECT_EQ(normalize_text("the hosts went 3-1 ahead before the break").find(" and "), std::string::npos);
}

TEST(Records, LevelScoresAreNoRecords) {
  EXPECT_EQ(normalize_text("the league final is tied at 2-2 after two games").find(" and "), std::string::npos);
}

TEST(Records, MeasuresAreNoRecords) {
  EXPECT_EQ(normalize_text("the coupe goes 0-60 in four seconds").find(" and "), std::string::npos);
  EXPECT_EQ(normalize_text("it went 3-5 km further").find(" and "), std::string::npos);
}

TEST(Records, ScoresKeepTheirReading) {
  EXPECT_EQ(normalize_text("they won 104-97 in overtime"), "they won one hundred four to ninety seven in overtime");
  EXPECT_EQ(normalize_text("a 2-1 win for the visitors"), "a two to one win for the visitors");
}

TEST(Records, ConferenceStandingsAreASportsLine) {
  EXPECT_EQ(normalize_text("The Packers are 9-5 in the NFC North."), "The Packers are nine and five in the N.F.C North.");
  // A score stays a score.
  EXPECT_EQ(normalize_text("The score was 11-3 in the NFC final."), "The score was eleven to three in the N.F.C final.");
  EXPECT_EQ(normalize_text("The Colts are 6-2 and a half-game ahead."), "The Colts are six and two and a half-game ahead.");
  // A football club's initials make no record of a score.
  EXPECT_EQ(normalize_text("AFC Bournemouth were 2-0 at half-time."), "A.F.C Bournemouth were two to zero at half-time.");
}

TEST(Records, ThreePartTalliesWithTheirWords) {
  EXPECT_EQ(normalize_text("the Flames went 7-3-4 on the road trip"), "the Flames went seven, three and four on the road trip");
  EXPECT_EQ(normalize_text("a record of 31-40-8 overall"), "a record of thirty one, forty and eight overall");
  EXPECT_EQ(normalize_text("his 118-97-12 career mark"), "his one hundred eighteen, ninety seven and twelve career mark");
  EXPECT_EQ(normalize_text("they finished 11-0-1 overall."), "they finished eleven, oh and one overall.");
}

TEST(Records, ThreePartFiguresWithoutTheirWordsStay) {
  EXPECT_EQ(normalize_text("they lined up in a 4-4-2 system").find(", "), std::string::npos);
  EXPECT_EQ(normalize_text("the panel voted 6-2-1 to approve").find(", "), std::string::npos);
  EXPECT_EQ(normalize_text("the hosts went 2-1-0 up").find(", "), std::string::npos);
  EXPECT_EQ(normalize_text("the committee vote went 7-2-1").find(", "), std::string::npos);
}

TEST(Records, FormationsPodiumsAndVotesOnAWinningLineStay) {
  EXPECT_EQ(normalize_text("Rovers went 3-4-3 late on, hunting a win.").find("three, four"), std::string::npos);
  EXPECT_EQ(normalize_text("the team finished 1-2-3 to take the title").find(", "), std::string::npos);
  EXPECT_EQ(normalize_text("the board vote ended 8-3-2, a defeat for the league").find("eight, three"), std::string::npos);
  EXPECT_EQ(normalize_text("the appeal went 4-2-1 in the court, a win for the club").find("four, two"), std::string::npos);
  EXPECT_EQ(normalize_text("a record of 4-4-2").find(", "), std::string::npos);
}

// A record whose letters name each count: said as the tallies, never as letters or units.
TEST(Records, LetteredRecordSaysEachTally) {
  EXPECT_NE(normalize_text("The Rangers sit third on 11W-4D-6L after the derby.")
                .find("eleven wins, four draws, six losses"),
            std::string::npos);
  EXPECT_NE(normalize_text("a 9W-1L start to the season").find("nine wins, one loss"), std::string::npos);
  // Other letters are no record.
  EXPECT_EQ(normalize_text("a 12V-5A charger").find("wins"), std::string::npos);
}

}  // namespace briefcast
