// A line that uses the 24-hour clock for the afternoon is said on the twelve-hour clock, every
// reading of it alike.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Clocks, MorningAndAfternoonReadingsInOneLineAgree) {
  EXPECT_EQ(normalize_text("cuts run from 06:00 to 10:00 and from 18:00 to 21:00"),
            "cuts run from six AM to ten AM and from six PM to nine PM");
  EXPECT_EQ(normalize_text("the gates open 08:30 - 19:45 daily"), "the gates open eight thirty AM to seven forty five PM daily");
}

TEST(Clocks, OnlyReadingsInATimesPlaceAreRewritten) {
  // A duration, a verse and a ratio beside an afternoon time stay what they are.
  EXPECT_EQ(normalize_text("She swam it in 1:58 and the heat began at 15:00."),
            "She swam it in one minute fifty eight seconds and the heat began at three PM.");
  EXPECT_EQ(normalize_text("The choir sings at 19:00 and reads Luke 2:14."),
            "The choir sings at seven PM and reads Luke two fourteen.");
  EXPECT_EQ(normalize_text("The layout is at 1:87 scale and opens at 13:00.").find("AM"), std::string::npos);
}

TEST(Clocks, NoonAndMidnight) {
  EXPECT_EQ(normalize_text("trading halts at 12:00 and resumes at 14:00"), "trading halts at noon and resumes at two PM");
  EXPECT_EQ(normalize_text("the curfew lasts from 22:00 until 00:00"), "the curfew lasts from ten PM until midnight");
}

TEST(Clocks, AGameClockIsNoTimeOfDay) {
  EXPECT_EQ(normalize_text("she scored at 16:40 of the first half"), "she scored at sixteen forty of the first half");
}

TEST(Clocks, HoursKeepTheTwentyFourHourForm) {
  EXPECT_EQ(normalize_text("the convoy left at 21:00 hours"), "the convoy left at twenty one hundred hours");
}

TEST(Clocks, LinesWithoutAnAfternoonReadingAreUnchanged) {
  EXPECT_EQ(normalize_text("doors open 7:00 to 9:00"), "doors open seven o'clock to nine o'clock");
  EXPECT_EQ(normalize_text("read verse 17:21 again"), "read verse seventeen twenty one again");
  // A race time in a switched line stays a duration.
  std::string said = normalize_text("her 3:58.20 mile ended at 18:00");
  EXPECT_NE(said.find("three minutes fifty eight point two"), std::string::npos) << said;
  EXPECT_NE(said.find("at six PM"), std::string::npos) << said;
}

}  // namespace briefcast

namespace briefcast {

TEST(Clocks, ReadingAfterMidnightSwitchesTheLine) {
  EXPECT_EQ(normalize_text("curfew from 00:30 to 05:00 daily"), "curfew from twelve thirty AM to five AM daily");
  EXPECT_EQ(normalize_text("the last train leaves at 00:40"), "the last train leaves at twelve forty AM");
  EXPECT_EQ(normalize_text("the deadline is 00:00 GMT"), "the deadline is midnight G.M.T");
  // Chapter marks of a video are no times of day.
  EXPECT_EQ(normalize_text("00:00 Intro 02:06 Camera").find("midnight"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Clocks, AReadingInANumberedPartOfAMatchIsAGameClock) {
  EXPECT_EQ(normalize_text("he tied it at 17:05 of the second on a rebound"),
            "he tied it at seventeen oh five of the second on a rebound");
  EXPECT_EQ(normalize_text("scored 14:20 into the third."), "scored fourteen twenty into the third.");
  // A day of an event is no part of a match.
  EXPECT_EQ(normalize_text("opens at 14:00 of the first day"), "opens at two PM of the first day");
}

TEST(TwelveHourClock, MidnightHourInALineThatCountsMinutes) {
  EXPECT_EQ(normalize_text("Buses run every 20 minutes until 00:45."), "Buses run every twenty minutes until twelve forty five AM.");
  EXPECT_EQ(normalize_text("a 15 minutes walk, open from 00:05"), "a fifteen minutes walk, open from twelve oh five AM");
  // A match's minute still makes a game clock.
  EXPECT_EQ(normalize_text("he scored in the 90th minute at 00:30"), "he scored in the ninetieth minute at zero thirty");
}

}  // namespace briefcast

namespace briefcast {

TEST(ClockSpans, TheTwentyFourHourClockWithoutItsColon) {
  EXPECT_EQ(normalize_text("The road is shut from 0700 to 1900 daily."), "The road is shut from seven AM to seven PM daily.");
  EXPECT_EQ(normalize_text("between 0930 and 1600"), "between nine thirty AM and four PM");
  EXPECT_EQ(normalize_text("Gusts peak 1400-1800 GMT."), "Gusts peak two PM to six PM G.M.T.");
  // Years have no leading zero.
  EXPECT_EQ(normalize_text("from 2010 to 2020"), "from twenty ten to twenty twenty");
}

}  // namespace briefcast

namespace briefcast {

TEST(Clocks, ALoneZeroHourAfterADateIsAStamp) {
  // A comment's stamp after the hour past midnight; it had been "at twelve seconds".
  EXPECT_EQ(normalize_text("posted Mar 3, 2021 at 0:12"), "posted March third twenty twenty one at twelve twelve AM");
  EXPECT_EQ(normalize_text("edited 2018 at 0:40"), "edited twenty eighteen at twelve forty AM");
  // Elsewhere it is a game clock or a gap.
  EXPECT_EQ(normalize_text("He scored at 0:45 of the opening round."), "He scored at forty five seconds of the opening round.");
  EXPECT_EQ(normalize_text("finished 0:12 behind"), "finished twelve seconds behind");
}

}  // namespace briefcast

namespace briefcast {

TEST(Clocks, ASlashBetweenADateAndAClockIsSaidAt) {
  EXPECT_EQ(normalize_text("Updated: Mar 4, 2022 / 09:15 AM EST"), "Updated: March fourth twenty twenty two at nine fifteen AM E.S.T");
  EXPECT_EQ(normalize_text("Posted 12.05.2021 / 18:30"), "Posted the twelfth of May twenty twenty one at six thirty PM");
  // Between other figures the slash stays as it was.
  EXPECT_EQ(normalize_text("Score: 6.5 / 4"), "Score: six point five slash four");
}

TEST(Clocks, DocumentNumberAndItsYearIsNoSpanOfTheDay) {
  EXPECT_EQ(normalize_text("Permit No. 0316-2023 was revoked.").find("AM"), std::string::npos);
  EXPECT_EQ(normalize_text("Permit No. 0316-2023 was revoked.").find("PM"), std::string::npos);
  // A span of the day elsewhere keeps its clock.
  EXPECT_NE(normalize_text("The road is shut 0800-1800 daily.").find("AM"), std::string::npos);
  // "no" without its period is the word, before a span of the day all the same.
  EXPECT_NE(normalize_text("There was no 0900-1700 cover at the clinic.").find("nine AM to five PM"), std::string::npos);
}

TEST(Clocks, AZeroLedMorningAfterAtOrBeforeAZoneIsTheTwentyFourHourClock) {
  // The twelve-hour clock writes "3:12"; said bare, "three twelve" is heard as the afternoon.
  EXPECT_EQ(normalize_text("the tremor hit at 03:12 local time"), "the tremor hit at three twelve AM local time");
  EXPECT_EQ(normalize_text("doors open at 07:00"), "doors open at seven AM");
  EXPECT_NE(normalize_text("the feed went down 04:50 UTC").find("four fifty AM"), std::string::npos);
  // After "to" or "by" such a figure is as often a race time, and alone it is left as it is.
  EXPECT_EQ(normalize_text("she cut the record to 03:41").find("AM"), std::string::npos);
  EXPECT_EQ(normalize_text("he won by 01:52 over the line").find("AM"), std::string::npos);
  EXPECT_EQ(normalize_text("her split was 02:06 that lap").find("AM"), std::string::npos);
  // A game clock's line keeps its readings.
  EXPECT_EQ(normalize_text("he scored at 04:12 of the first period").find("AM"), std::string::npos);
}

TEST(Clocks, AZeroLedMorningFromOrUntilADayIsTheTwentyFourHourClock) {
  EXPECT_EQ(normalize_text("the bridge shuts from 05:30 on Friday"), "the bridge shuts from five thirty AM on Friday");
  EXPECT_EQ(normalize_text("the curfew runs until 06:00 tomorrow"), "the curfew runs until six AM tomorrow");
  // With no day after it, "from" may start a race's split ("improved from 04:10 to 04:02").
  EXPECT_EQ(normalize_text("she improved from 04:10 to 04:02").find("AM"), std::string::npos);
}

}  // namespace briefcast
