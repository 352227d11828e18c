// Golf places and scores, sides named in roman numerals and football minutes, each told apart by
// the words of its line.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SportMarks, GolfPlaceTiedWithOthers) {
  EXPECT_EQ(normalize_text("Two late bogeys dropped her to T9."), "Two late bogeys dropped her to tied ninth.");
  EXPECT_EQ(normalize_text("He birdied the last to finish T-12 at the PGA event."),
            "He birdied the last to finish tied twelfth at the P.G.A event.");
  EXPECT_EQ(normalize_text("The T4 levels in her thyroid test were low.").find("tied"), std::string::npos);
}

TEST(SportMarks, GolfScoreAgainstPar) {
  EXPECT_EQ(normalize_text("Scheffler, at -15, leads by three after 36 holes."),
            "Scheffler, at fifteen under, leads by three after thirty six holes.");
  EXPECT_EQ(normalize_text("A triple bogey left him at +2 for the round on the par 72 course."),
            "A triple bogey left him at two over for the round on the par seventy two course.");
  EXPECT_EQ(normalize_text("The temperature fell to -15 overnight."), "The temperature fell to minus fifteen overnight.");
}

TEST(SportMarks, SideNamedByItsNumberOfPlayers) {
  EXPECT_EQ(normalize_text("Ireland named an unchanged XV for the Test in Paris."),
            "Ireland named an unchanged fifteen for the Test in Paris.");
  EXPECT_EQ(normalize_text("The coach made three changes to his starting XI."),
            "The coach made three changes to his starting eleven.");
  EXPECT_EQ(normalize_text("An England XIII won the league opener."), "An England thirteen won the league opener.");
  EXPECT_EQ(normalize_text("The Louis XV chair sold at auction.").find("Louis fifteen"), std::string::npos);
}

TEST(SportMarks, FootballMinutes) {
  EXPECT_EQ(normalize_text("Saka scored in the 45+2nd minute."), "Saka scored in the forty seventh minute.");
  EXPECT_EQ(normalize_text("goals in the 9th and 90+4th minutes"), "goals in the ninth and ninety fourth minutes");
  EXPECT_EQ(normalize_text("The striker equalised with a header in the 71'."),
            "The striker equalised with a header in the seventy first minute.");
  EXPECT_EQ(normalize_text("He scored in the 64' minute of the match."), "He scored in the sixty fourth minute of the match.");
  EXPECT_EQ(normalize_text("It was 90+5 in all."), "It was ninety plus five in all.");
  EXPECT_EQ(normalize_text("She said 'the 12' and left.").find("minute"), std::string::npos);
}

TEST(SportMarks, TennisSetWithoutAGameIsLove) {
  EXPECT_EQ(normalize_text("Gauff won 6-0 6-3 on Court 2."), "Gauff won six love, six three on Court two.");
  EXPECT_EQ(normalize_text("The Hornets won 6-0 on Friday."), "The Hornets won six to zero on Friday.");
}

TEST(SportMarks, RaceNamedByItsDistance) {
  EXPECT_EQ(normalize_text("She won the 1500m final in Rome."), "She won the fifteen hundred meters final in Rome.");
  EXPECT_EQ(normalize_text("He took the 3000m steeplechase final."), "He took the three thousand meters steeplechase final.");
  EXPECT_EQ(normalize_text("He set a record in the men's 800m."), "He set a record in the men's eight hundred meters.");
  EXPECT_EQ(normalize_text("The club paid the 100m fee.").find("meters"), std::string::npos);
  EXPECT_EQ(normalize_text("They broke the 100m record fee to sign him.").find("meters"), std::string::npos);
}

// One list of race words for the race named by its distance and a race's hundreds: a medal
// places a distance in hundreds on the track as a timing verb does.
TEST(SportMarks, OneListOfRaceWordsForBothReadings) {
  EXPECT_EQ(normalize_text("A 1600m medal for the junior."), "A sixteen-hundred-meter medal for the junior.");
  EXPECT_EQ(normalize_text("He clocked the 800m in style."), "He clocked the eight hundred meters in style.");
}

// Gaelic games' totals of goals and points, joined by "to" in a result.
TEST(SportMarks, GoalsAndPoints) {
  EXPECT_EQ(normalize_text("Cork won by 2-18 to 1-19 at Thurles."), "Cork won by two eighteen to one nineteen at Thurles.");
  EXPECT_EQ(normalize_text("Mayo beat Sligo 0-9 to 1-4 in the league"), "Mayo beat Sligo nil nine to one four in the league");
}

}  // namespace briefcast

namespace briefcast {

TEST(SportMarks, ACircuitsCornerInARace) {
  EXPECT_EQ(normalize_text("She dived down the inside into T4 on the last lap."),
            "She dived down the inside into turn four on the last lap.");
  EXPECT_EQ(normalize_text("He lost the rear at T12 in qualifying."), "He lost the rear at turn twelve in qualifying.");
}

TEST(SportMarks, ElsewhereTAndAFigureIsNoCorner) {
  EXPECT_EQ(normalize_text("Flights leave from T2 at dawn.").find("turn"), std::string::npos);
  EXPECT_EQ(normalize_text("He has lived with T1 diabetes since a lap of honour.").find("turn"), std::string::npos);
}

TEST(SportMarks, EachWayBesideAPrice) {
  EXPECT_EQ(normalize_text("Take the 12/1 shot E/W today."), "Take the twelve to one shot each way today.");
  EXPECT_EQ(normalize_text("My nap is a 7/2 E&W bet."), "My nap is a seven to two each way bet.");
}

TEST(SportMarks, EAndWAloneIsNoBet) {
  EXPECT_EQ(normalize_text("Deaths in E&W rose last year.").find("each way"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A lap's splits, a time to a tenth and the combined events place a distance in a race.
TEST(SportMarks, RaceHundredsBesideSplitsAndTimes) {
  EXPECT_EQ(normalize_text("The decathlon ended with a 4:31.20 1500m."),
            "The decathlon ended with a four minutes thirty one point two zero seconds fifteen hundred meters.");
  EXPECT_EQ(normalize_text("Her splits were fast through 1200m."), "Her splits were fast through twelve hundred meters.");
  EXPECT_EQ(normalize_text("The new tunnel reaches 1200m below the hill.").find("twelve hundred"), std::string::npos);
}

// Straight after a verb of winning, two Gaelic totals are still goals and points.
TEST(SportMarks, GaelicTotalsRightAfterTheVerb) {
  EXPECT_EQ(normalize_text("Mayo won 2-13 to 0-18 in Castlebar."), "Mayo won two thirteen to nil eighteen in Castlebar.");
  // A single score after the verb stays a score.
  EXPECT_EQ(normalize_text("Leinster won 27-13 in Dublin."), "Leinster won twenty seven to thirteen in Dublin.");
}

}  // namespace briefcast
