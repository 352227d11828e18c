// Capitals of sports copy said as their words where the sport around them shows it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SportShorthand, SaidInFullAmongWordsOfItsSport) {
  EXPECT_EQ(normalize_text("The second seed lost in the QF on Thursday."),
            "The second seed lost in the quarterfinal on Thursday.");
  EXPECT_EQ(normalize_text("She swam inside the WR pace for three laps but faded."),
            "She swam inside the world record pace for three laps but faded.");
  EXPECT_EQ(normalize_text("He clocked a new PB in the heats."), "He clocked a new personal best in the heats.");
  EXPECT_EQ(normalize_text("She ran an NR in the heat and an SB in the final."),
            "She ran a national record in the heat and a season's best in the final.");
  // Away from a race the letters stay.
  EXPECT_EQ(normalize_text("The NR team met the SB staff.").find("national"), std::string::npos);
  EXPECT_EQ(normalize_text("Dallas scored twice on the PP in the third period."),
            "Dallas scored twice on the power play in the third period.");
  // A game's words other than "period": who outshot whom, faceoffs, the goaltender.
  EXPECT_EQ(normalize_text("Calgary's PK held firm as they outshot Vancouver."),
            "Calgary's penalty kill held firm as they outshot Vancouver.");
  EXPECT_EQ(normalize_text("The goaltender stopped everything on the PP."),
            "The goaltender stopped everything on the power play.");
  EXPECT_EQ(normalize_text("The hosts named their XV for the Test."),
            "The hosts named their fifteen for the Test.");
  EXPECT_EQ(normalize_text("The Hawks won the game in OT."), "The Hawks won the game in overtime.");
  EXPECT_EQ(normalize_text("The visitors led 2-1 at HT but conceded twice."),
            "The visitors led two to one at half-time but conceded twice.");
  EXPECT_EQ(normalize_text("It was still level at FT."), "It was still level at full-time.");
  // A race time beside it makes the capitals a record of the clock.
  EXPECT_EQ(normalize_text("She set a WR of 2:03.14 in the final."),
            "She set a world record of two minutes three point one four seconds in the final.");
  // With hours too: the race time test is the dates rule's, which reads "H:MM:SS.f".
  EXPECT_EQ(normalize_text("He lowered the WR to 2:00:35.4 on Sunday."),
            "He lowered the world record to two hours thirty five point four seconds on Sunday.");
}

TEST(SportShorthand, NoRaceTimeWithSecondsPastAMinute) {
  // "4:75.50" shows no clock's seconds, so it tells of no race.
  EXPECT_EQ(normalize_text("She set a WR of 4:75.50 in the final.").find("world record"), std::string::npos);
}

TEST(SportShorthand, OtherSensesStayLetters) {
  // Spanish politics, American football and a clinic keep their letters.
  EXPECT_EQ(normalize_text("The PP lost seats in Madrid.").find("power play"), std::string::npos);
  EXPECT_EQ(normalize_text("The WR caught nine passes for 120 yards.").find("world record"), std::string::npos);
  EXPECT_EQ(normalize_text("She spent a week in OT after surgery.").find("overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("He served in the XV Corps.").find("fifteen"), std::string::npos);
  // "HT" of a power line and "FT" of a newspaper keep their letters.
  EXPECT_EQ(normalize_text("Crews repaired the HT cable at the substation.").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("The story ran in the FT on Monday.").find("full-time"), std::string::npos);
  EXPECT_EQ(normalize_text("The FT reported that the visitors led.").find("full-time"), std::string::npos);
}

TEST(SportShorthand, PoolCoursesAndAllAroundSaidInFull) {
  EXPECT_EQ(normalize_text("The relay quartet swam an SC record and then an LC best in the pool."),
            "The relay quartet swam a short-course record and then a long-course best in the pool.");
  EXPECT_EQ(normalize_text("The meet was held in SCM, and her splits in LCM were faster."),
            "The meet was held in short-course meters, and her splits in long-course meters were faster.");
  EXPECT_EQ(normalize_text("She was seeded in the AA final on beam and bars."),
            "She was seeded in the all-around final on beam and bars.");
}

// The pool's words are one list with the stroke rule's; a single heat is one of them.
TEST(SportShorthand, OneHeatPlacesACourseInThePool) {
  EXPECT_EQ(normalize_text("He set an LC best in his heat."), "He set a long-course best in his heat.");
}

TEST(SportShorthand, PoolAndGymLettersStayOutsideTheirSport) {
  EXPECT_EQ(normalize_text("Lawmakers in the SC legislature passed the bill."),
            "Lawmakers in the S.C legislature passed the bill.");
  EXPECT_EQ(normalize_text("Call the AA if the car breaks down."), "Call the A.A if the car breaks down.");
}

TEST(SportShorthand, RacketEventCodes) {
  EXPECT_EQ(normalize_text("The top seeds lost their XD final on court three."),
            "The top seeds lost their mixed doubles final on court three.");
  EXPECT_EQ(normalize_text("Her first-round WS match at the badminton open ran long."),
            "Her first-round women's singles match at the badminton open ran long.");
  // A disease and a doctor keep their letters; so do the codes away from a racket game.
  EXPECT_EQ(normalize_text("The MS patients met at the clinic on Monday.").find("singles"), std::string::npos);
  EXPECT_EQ(normalize_text("An MD from the team ran the final check.").find("doubles"), std::string::npos);
  EXPECT_EQ(normalize_text("The XD match went to a third game.").find("mixed"), std::string::npos);
  EXPECT_EQ(normalize_text("An MD testified in court on the final day.").find("doubles"), std::string::npos);
  EXPECT_EQ(normalize_text("She won the WS at the badminton worlds."), "She won the women's singles at the badminton worlds.");
}

}  // namespace briefcast

namespace briefcast {

TEST(SportShorthand, AfterTheNameOfAnEvent) {
  EXPECT_EQ(normalize_text("The mixed-doubles QF draw is out."), "The mixed-doubles quarterfinal draw is out.");
  EXPECT_EQ(normalize_text("Her singles SF starts at noon."), "Her singles semifinal starts at noon.");
  // Not after such a word, and far from a tournament, the letters stay.
  EXPECT_EQ(normalize_text("The doubles SF Giants fans arrived.").find("semifinal"), std::string::npos);
}

// A side's record of wins, draws and losses.
TEST(SportShorthand, WinLossRecord) {
  EXPECT_EQ(normalize_text("The Hawks (W5 L3) host the leaders."), "The Hawks (won five lost three) host the leaders.");
  EXPECT_EQ(normalize_text("United are W4 D2 L1 at home."), "United are won four drew two lost one at home.");
  // A lone "W7" is a bus or a postcode.
  EXPECT_EQ(normalize_text("Take the W7 to Ealing.").find("won"), std::string::npos);
}

}  // namespace briefcast
