// Board and bike tricks named by their rotation, and grinds by their angle.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TrickRotations, RotationBeforeATrick) {
  EXPECT_EQ(normalize_text("She closed her run with a switch 720 and a 180 kickflip."),
            "She closed her run with a switch seven-twenty and a one-eighty kickflip.");
  EXPECT_EQ(normalize_text("He stuck a 540 McTwist."), "He stuck a five-forty McTwist.");
}

TEST(TrickRotations, ALoneRotationBesideABoardSport) {
  EXPECT_EQ(normalize_text("On the vert ramp she tried a 1080 in the final."),
            "On the vert ramp she tried a ten-eighty in the final.");
  EXPECT_EQ(normalize_text("The skater landed a 900 on his second run."),
            "The skater landed a nine hundred on his second run.");
}

TEST(TrickRotations, GrindsAndTheirSide) {
  EXPECT_EQ(normalize_text("The skater ended with a FS 50-50 on the ledge."),
            "The skater ended with a frontside fifty-fifty on the ledge.");
  EXPECT_EQ(normalize_text("She locked a 5-0 grind on the rail."), "She locked a five-oh grind on the rail.");
}

TEST(TrickRotations, CountsAndScoresStayAsTheyWere) {
  // No trick word: a count, a price and a score keep their readings.
  EXPECT_EQ(normalize_text("A skate park with a 720 seat stand opened.").find("seven-twenty"), std::string::npos);
  EXPECT_EQ(normalize_text("Jets flew 180 air sorties in a week.").find("one-eighty"), std::string::npos);
  EXPECT_EQ(normalize_text("Rovers won 5-0 at home.").find("five-oh"), std::string::npos);
  EXPECT_EQ(normalize_text("The firm hired 360 staff in the year.").find("three-sixty"), std::string::npos);
  EXPECT_EQ(normalize_text("A new ramp cost $540 to build.").find("five-forty"), std::string::npos);
  EXPECT_EQ(normalize_text("Tickets for the skate final sold at 180 a pair.").find("one-eighty"), std::string::npos);
}

TEST(TrickRotations, CommonWordsAreNoCueFromAfar) {
  // "grind", "spin", "flip" and "coping" are everyday words: away from their figure they say
  // nothing of a board sport.
  EXPECT_EQ(normalize_text("After the usual grind of the league, Town were beaten 5-0 at home.").find("five-oh"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Ministers tried to spin it, but the 540 at the depot were sacked.").find("five-forty"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Coping with the closures, the 180 on the ward moved wards.").find("one-eighty"),
            std::string::npos);
  // A capital after the figure is a name, not a trick: "Cork" the city.
  EXPECT_EQ(normalize_text("The plant kept its 360 Cork jobs.").find("three-sixty"), std::string::npos);
}

TEST(TrickRotations, AScoreAmongRidersStaysAScore) {
  // A grind stands where a trick does, after "a" and before no noun: a match's score does not.
  EXPECT_EQ(normalize_text("The skatepark side beat the council 5-0 on Sunday.").find("five-oh"), std::string::npos);
  EXPECT_EQ(normalize_text("A 5-0 win for the snowboarders followed.").find("five-oh"), std::string::npos);
  EXPECT_EQ(normalize_text("The skater landed a 5-0 on the ledge."), "The skater landed a five-oh on the ledge.");
}

TEST(TrickRotations, SwitchIsAStanceOnlyAmongRiders) {
  EXPECT_EQ(normalize_text("Banks will switch 720 staff to the new site.").find("seven-twenty"), std::string::npos);
  EXPECT_EQ(normalize_text("The snowboarder stomped a switch 720 in the final."),
            "The snowboarder stomped a switch seven-twenty in the final.");
}

TEST(TrickRotations, ASideBeforeAFigureWithANounIsNoTrick) {
  // "BS" before a figure that goes on to a noun is a standard or a name, not a side.
  EXPECT_EQ(normalize_text("At the skatepark, the BS 540 review was published.").find("backside"), std::string::npos);
  EXPECT_EQ(normalize_text("The skater finished with a BS 180."), "The skater finished with a backside one-eighty.");
}

TEST(TrickRotations, AfterTheArticleTheFigureCountsPeople) {
  EXPECT_EQ(normalize_text("The skatepark opened and the 360 at the gates cheered.").find("three-sixty"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The skater landed her first 720 at the age of ten."),
            "The skater landed her first seven-twenty at the age of ten.");
}

}  // namespace briefcast
