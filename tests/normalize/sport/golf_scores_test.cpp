// A golfer's score against par written with a sign.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GolfScores, SignedScoresBesideGolfWords) {
  EXPECT_EQ(normalize_text("Kim moved to -11 with a birdie at the 15th."),
            "Kim moved to eleven under with a birdie at the fifteenth.");
  EXPECT_EQ(normalize_text("a bogey left him at +2 for the round"), "a bogey left him at two over for the round");
}

TEST(GolfScores, SignsElsewhereStay) {
  EXPECT_EQ(normalize_text("the low was -9 overnight"), "the low was minus nine overnight");
}

// A score written as one hyphened word ("11-under-par") tells a golf clause as "birdie" does.
TEST(GolfScores, HyphenedScoreWordTellsGolf) {
  EXPECT_EQ(normalize_text("Lee signed for an 11-under-par 273, one ahead of Moore at \u221210."),
            "Lee signed for an eleven under par two hundred seventy three, one ahead of Moore at ten under.");
  EXPECT_EQ(normalize_text("Overnight it fell to \u221210 in Oslo after a frost-free week."),
            "Overnight it fell to minus ten in Oslo after a frost-free week.");
}

// A word of temperature just before the signed figure keeps it a temperature in a golf line.
TEST(GolfScores, TemperatureBeforeTheSignStays) {
  EXPECT_TRUE(normalize_text("Frost set in at \u22126 as Hovland's 5-under-par round put him T3.").find("minus six") !=
              std::string::npos);
  EXPECT_TRUE(normalize_text("After a birdie-free 71 she sat at +1, with temperatures near \u22124.")
                  .find("minus four") != std::string::npos);
  // "high", "low" and "overnight" are golf's words of scores too: the score stays "under".
  EXPECT_TRUE(normalize_text("An eagle at 13 took Park to a season high \u22128 before the storm.").find("eight under") !=
              std::string::npos);
  EXPECT_TRUE(normalize_text("Three birdies lifted Rahm to \u22129, one ahead of the overnight pace-setter at \u22128.")
                  .find("eight under") != std::string::npos);
  EXPECT_TRUE(normalize_text("A bogey-free 66 took Kim to \u22129 at the turn.").find("nine under") != std::string::npos);
}

// A score far from the line's word of golf counts as golf after an earlier score that has one.
TEST(GolfScores, AScoreAfterAnotherGolfScoreIsGolf) {
  EXPECT_NE(normalize_text("Hatton carded an eagle and three birdies to reach -9, one behind the clubhouse pace-setter at -10.")
                .find("ten under"),
            std::string::npos);
  // Only within the sentence: the next sentence's figures are not chained to it.
  EXPECT_NE(normalize_text("A birdie on the 2nd took Lee to -5 at the turn. In Oslo on Friday night the thermometer showed -7 and in Bergen -9.")
                .find("minus nine"),
            std::string::npos);
}

}  // namespace briefcast
