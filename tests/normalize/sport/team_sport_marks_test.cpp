// Baseball, basketball and football shorthand, each read only beside its game's words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BaseballMarks, StatLineSaidAsWords) {
  EXPECT_EQ(normalize_text("The righty threw 6 IP, 3 H, 1 ER, 4 BB and 9 K in the win at the mound."),
            "The righty threw six innings, three hits, one earned run, four walks and nine strikeouts in the win at the mound.");
  EXPECT_NE(normalize_text("The pitcher added a 3B and a HR in the inning.").find("a triple and a homer"), std::string::npos);
  EXPECT_NE(normalize_text("His 9.8 K/9 leads the bullpen.").find("strikeouts per nine innings"), std::string::npos);
}

TEST(BaseballMarks, CountInningHalfAndDecisions) {
  EXPECT_NE(normalize_text("He fouled off a 3-2 fastball in the B7th inning.").find("three-and-two fastball in the bottom of the seventh"),
            std::string::npos);
  EXPECT_NE(normalize_text("Final innings: W: Ortega (4-1), L: Banks (2-6).").find("winning pitcher: Ortega"), std::string::npos);
  EXPECT_NE(normalize_text("The shortstop was sent down to Double-A Akron.").find("Double-Eh Akron"), std::string::npos);
}

TEST(BaseballMarks, LettersKeptOutsideBaseball) {
  // No word of baseball: the letters are not a stat line.
  EXPECT_EQ(normalize_text("Flat 4 H is on the left.").find("hits"), std::string::npos);
  EXPECT_EQ(normalize_text("The score was 3-2 count on the board.").find("three-and-two"), std::string::npos);
  EXPECT_EQ(normalize_text("The studio shipped a Triple-A game.").find("Eh"), std::string::npos);
}

TEST(BasketballMarks, MinutesShootingAndRates) {
  EXPECT_NE(normalize_text("She had 18 reb and 7 ast in 31:20 of the NBA final.").find("thirty one minutes twenty seconds"),
            std::string::npos);
  EXPECT_NE(normalize_text("He went 2/11 shooting and 0/4 from three in the NBA opener.").find("two of eleven shooting and oh for four from three"),
            std::string::npos);
  EXPECT_NE(normalize_text("The rebounds leader posted 12.4 RPG on 51.0% FG.").find("rebounds per game on fifty one point zero percent from the field"),
            std::string::npos);
  EXPECT_NE(normalize_text("The game went to overtime at 97-97 after a late dunk.").find("ninety seven all"), std::string::npos);
}

TEST(SportStats, CareerCountsWithThousands) {
  EXPECT_NE(normalize_text("She retired with 3,000 reb and 1,500 ast in the league.").find("three thousand rebounds and one thousand five hundred assists"),
            std::string::npos);
}

TEST(BasketballMarks, FractionsAndRecordsKept) {
  // Without a word of basketball, "2/11" stays a fraction's reading, not a shooting record.
  EXPECT_EQ(normalize_text("About 2/11 from the sample were tested.").find("of eleven"), std::string::npos);
  // "a 7 FT center" is a height, not free throws.
  EXPECT_EQ(normalize_text("The NBA team signed a 7 FT center.").find("free throws"), std::string::npos);
  // A level record in a short season stays a record.
  EXPECT_EQ(normalize_text("The team is 8-8 this season.").find("all"), std::string::npos);
}

TEST(FootballMarks, MinutesAndTableWords) {
  EXPECT_NE(normalize_text("The striker scored (31', 58' pen) for the derby win.").find("thirty first minute, fifty eighth minute penalty"),
            std::string::npos);
  EXPECT_NE(normalize_text("The winger has 9 G/6 A in 22 GP for the goals table.").find("nine goals and six assists in twenty two games played"),
            std::string::npos);
  EXPECT_NE(normalize_text("They won the penalty shootout after 3-3 agg. in the replay.").find("on aggregate"), std::string::npos);
  EXPECT_NE(normalize_text("A 77th-min header settled it.").find("seventy-seventh-minute"), std::string::npos);
}

TEST(FootballMarks, MatchdayOnlyBesideFixtures) {
  EXPECT_NE(normalize_text("Group F standings after MD4: the leaders have 10 pts.").find("matchday four"), std::string::npos);
  EXPECT_EQ(normalize_text("Take route MD4 north to the bay.").find("matchday"), std::string::npos);
}

TEST(FootballMarks, KnockoutOutsideFootball) {
  // "KO" in the ring is a knockout, not a kick-off.
  EXPECT_EQ(normalize_text("He won by KO at 9pm KO on the undercard.").find("kick-off"), std::string::npos);
}

TEST(Capitals, VowelPluralShapeSpelled) {
  EXPECT_NE(normalize_text("They lost in the ALDS again.").find("A.L.D.S"), std::string::npos);
  EXPECT_EQ(normalize_text("THE ARMS DEAL ENDS"), normalize_text("THE ARMS DEAL ENDS"));
  EXPECT_EQ(normalize_text("He sold ARMS to them.").find("A.R.M.S"), std::string::npos);
}

}  // namespace briefcast
