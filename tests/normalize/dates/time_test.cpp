// Times: a 24-hour clock in four figures before a time zone, as wire copy writes it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Time, FourFiguresBeforeAZone) {
  EXPECT_EQ(normalize_text("at 2215 GMT on"), "at twenty two fifteen G.M.T on");
  EXPECT_EQ(normalize_text("(0905 UTC)"), "(oh nine oh five U.T.C)");
  EXPECT_EQ(normalize_text("at 1800 GMT"), "at eighteen hundred G.M.T");
  EXPECT_EQ(normalize_text("some 2575 GMT"), "some two thousand five hundred seventy five G.M.T");  // no clock
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, TwentyFourHourClockBeforeHours) {
  EXPECT_EQ(normalize_text("The curfew starts at 0600 hours."), "The curfew starts at oh six hundred hours.");
  EXPECT_EQ(normalize_text("landed at 19:00 hrs"), "landed at nineteen hundred hours");
  EXPECT_EQ(normalize_text("closes at 2130 hours"), "closes at twenty one thirty hours");
  EXPECT_EQ(normalize_text("by 22:15 hours"), "by twenty two fifteen hours");
  // Without a leading zero or a colon the figure is a count of hours.
  EXPECT_EQ(normalize_text("crews logged 2400 hours"), "crews logged two thousand four hundred hours");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, ZoneSpelledLetterByLetter) {
  // eSpeak NG would read "IST" and "MSK" as words.
  EXPECT_EQ(normalize_text("at 4 p.m. IST"), "at four PM I.S.T");
  EXPECT_EQ(normalize_text("by 11:30 MSK"), "by eleven thirty M.S.K");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, TwentyFourHourAfternoonReadingsAreSaidOnTheTwelveHourClock) {
  EXPECT_EQ(normalize_text("the polls close at 20:00"), "the polls close at eight PM");
  EXPECT_EQ(normalize_text("by 13:00 UTC"), "by one PM U.T.C");
  EXPECT_EQ(normalize_text("at 10:00 sharp"), "at ten o'clock sharp");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, RangeWhoseEndsEachCarryAmPm) {
  EXPECT_EQ(normalize_text("Doors open 11 a.m.-4 p.m. on weekdays."), "Doors open eleven AM to four PM on weekdays.");
  EXPECT_EQ(normalize_text("The clinic runs 8 a.m.-noon."), "The clinic runs eight AM to noon.");
  EXPECT_EQ(normalize_text("from 7:30 p.m.-1 a.m."), "from seven thirty PM to one AM.");
}

TEST(Time, RaceTimeWithFractionOfASecondIsADuration) {
  EXPECT_EQ(normalize_text("She swam it in 2:06.41."), "She swam it in two minutes six point four one seconds.");
  EXPECT_EQ(normalize_text("a finish of 1:59:40.2 in Vienna"),
            "a finish of one hour fifty nine minutes forty point two seconds in Vienna");
  // A zero part is not said, and a plain clock stays a clock.
  EXPECT_EQ(normalize_text("the lap took 0:58.3"), "the lap took fifty eight point three seconds");
  EXPECT_EQ(normalize_text("at 4:15 today"), "at four fifteen today");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, FourFiguresWithALeadingZeroAfterAMomentWord) {
  EXPECT_EQ(normalize_text("wheels up at 0545"), "wheels up at oh five forty five");
  EXPECT_EQ(normalize_text("by 0900."), "by oh nine hundred.");
  // Without a word that places a moment it is a code.
  EXPECT_EQ(normalize_text("code 0545"), "code zero five four five");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, AClockRightAfterADateIsSaidAt) {
  EXPECT_EQ(normalize_text("Filed Oct 09, 2021 18:42 GMT"), "Filed October ninth twenty twenty one at six forty two PM G.M.T");
  EXPECT_EQ(normalize_text("Posted 3/17/09 7:15 p.m."), "Posted March seventeenth two thousand nine at seven fifteen PM.");
  EXPECT_EQ(normalize_text("on 21 Feb, 2020 11:05 local"), "on the twenty first of February twenty twenty at eleven oh five local");
  // A clock after a bare year (no day or month before it) is no time stamp.
  EXPECT_EQ(normalize_text("the 1997 4:10 final"), "the nineteen ninety seven four ten final");
}

TEST(Time, LapTimesWithUnitLetters) {
  EXPECT_EQ(normalize_text("set a 1m31.872s lap"), "set a one minute thirty one point eight seven two seconds lap");
  EXPECT_EQ(normalize_text("in 2m07s flat"), "in two minutes seven seconds flat");
  EXPECT_EQ(normalize_text("a best of 1:41.250s"), "a best of one minute forty one point two five zero seconds");
  EXPECT_EQ(normalize_text("a 3m wall"), "a three-meter wall");  // meters, no seconds
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, PeriodClockAfterAMomentWordWithHoursZoneOrAnAmPmEnd) {
  EXPECT_EQ(normalize_text("doors shut at 8.15 hours"), "doors shut at eight fifteen hours");
  EXPECT_EQ(normalize_text("landed by 22.40 BST"), "landed by twenty two forty B.S.T");
  EXPECT_EQ(normalize_text("served from 6.45 to 10.30am"), "served from six forty five to ten thirty AM");
  EXPECT_EQ(normalize_text("between 1.15 and 2.50 p.m. daily"), "between one fifteen and two fifty PM daily");
  EXPECT_EQ(normalize_text("open 8.30-11.45pm on"), "open eight thirty to eleven forty five PM on");
}

TEST(Time, PeriodFiguresWithoutATimeCueStayDecimals) {
  EXPECT_EQ(normalize_text("the index rose 8.15 points"), "the index rose eight point one five points");
  EXPECT_EQ(normalize_text("fell from 6.45 to 5.20 on"), "fell from six point four five to five point two zero on");
  EXPECT_EQ(normalize_text("a shift of 7.25 hours"), "a shift of seven point two five hours");
}

TEST(ElapsedTime, EachUnitInItsNumberAndZerosLeftOut) {
  EXPECT_EQ(normalize_text("she won in 1:01:01"), "she won in one hour one minute and one second");
  EXPECT_EQ(normalize_text("he ran 3:12:44 there"), "he ran three hours twelve minutes and forty four seconds there");
  EXPECT_EQ(normalize_text("in 2:05:00 flat"), "in two hours and five minutes flat");
}

TEST(ClockTime, StampToTheSecondWithAmPmKeepsEveryUnit) {
  EXPECT_EQ(normalize_text("at 11:30:00 p.m. tonight"), "at eleven hours thirty minutes and zero seconds PM tonight");
}


}  // namespace briefcast

namespace briefcast {

TEST(ElapsedTime, LoneZeroHourIsMinutesAndSeconds) {
  EXPECT_EQ(normalize_text("she was 0:38 back"), "she was thirty eight seconds back");
  EXPECT_EQ(normalize_text("with 0:01 to play"), "with one second to play");
}

TEST(TimeRange, EnDashBetweenSpacedAmPm) {
  EXPECT_EQ(normalize_text("open 8 am\u20134 pm daily"), "open eight AM to four PM daily");
}

}  // namespace briefcast

namespace briefcast {

TEST(TimeZone, ZonesOfMoreRegionsInAnyCase) {
  EXPECT_EQ(normalize_text("at 6 p.m. aedt"), "at six PM A.E.D.T");
  EXPECT_EQ(normalize_text("at 9:15 am HKT"), "at nine fifteen AM H.K.T");
  // A zone spelt like a word is one only in capitals.
  EXPECT_EQ(normalize_text("at 3 p.m. EAT today"), "at three PM E.A.T today");
  EXPECT_EQ(normalize_text("at 3 p.m. west of the dam"), "at three PM west of the dam");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, AmPmPeriodBeforeTheNextSentenceStays) {
  EXPECT_EQ(normalize_text("Gates open at 6 p.m. Tickets cost more at the door."),
            "Gates open at six PM. Tickets cost more at the door.");
  EXPECT_EQ(normalize_text("until 10:30 a.m. Crews then left"), "until ten thirty AM. Crews then left");
  EXPECT_EQ(normalize_text("from 9 a.m.-4 p.m. Parking is free"), "from nine AM to four PM. Parking is free");
  EXPECT_EQ(normalize_text("by 8p.m. Rain moves in"), "by eight PM. Rain moves in");
  // A day, a month or a time zone after it goes on with the time.
  EXPECT_EQ(normalize_text("at 7 p.m. Saturday in the hall"), "at seven PM Saturday in the hall");
  EXPECT_EQ(normalize_text("at 4 p.m. Aug. 2 in the hall"), "at four PM August second in the hall");
  EXPECT_EQ(normalize_text("at 1 p.m. Pacific time"), "at one PM Pacific time");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, PeriodClockBeforeItsDay) {
  EXPECT_EQ(normalize_text("the hearing resumes at 9.45 on Tuesday"), "the hearing resumes at nine forty five on Tuesday");
  EXPECT_EQ(normalize_text("gates open from 6.15 this evening"), "gates open from six fifteen this evening");
  EXPECT_EQ(normalize_text("it airs at 8.30 tonight"), "it airs at eight thirty tonight");
  // In a line about prices the figure stays a decimal.
  EXPECT_EQ(normalize_text("the shares traded at 4.25 on Friday"), "the shares traded at four point two five on Friday");
}

}  // namespace briefcast

namespace briefcast {

TEST(Time, PeriodClockBeforeAZoneNeedsNoCue) {
  EXPECT_EQ(normalize_text("Sun 2 Jun 2024 09.40 BST"), "Sunday the second of June twenty twenty four nine forty B.S.T");
}

TEST(Time, ClockToTheSecondBeforeAmPmIsATimeOfDay) {
  EXPECT_EQ(normalize_text("The alarm sounded at 4:18:40 p.m. on Friday."),
            "The alarm sounded at four eighteen and forty seconds PM on Friday.");
  EXPECT_EQ(normalize_text("at 11:05:01am"), "at eleven oh five and one second AM");
  EXPECT_EQ(normalize_text("He ran the marathon in 2:09:31."), "He ran the marathon in two hours nine minutes and thirty one seconds.");
  EXPECT_EQ(normalize_text("The first shock came at 3:41:07 UTC."), "The first shock came at three forty one and seven seconds U.T.C.");
  EXPECT_EQ(normalize_text("Markets paused at 15:12:30 GMT."), "Markets paused at fifteen twelve and thirty seconds G.M.T.");
}

TEST(Time, FourFiguresAndHoursBesideAWeekdayAreAClock) {
  EXPECT_EQ(normalize_text("Loading closes Fri 1930 hrs at the quay."), "Loading closes Friday nineteen thirty hours at the quay.");
  EXPECT_EQ(normalize_text("The gate shuts 2145 hrs Sun."), "The gate shuts twenty one forty five hours Sunday.");
  // A count of hours has no day.
  EXPECT_EQ(normalize_text("The pilot logged 2145 hrs last year.").find("twenty one forty five"), std::string::npos);
}

TEST(Time, FourFiguresWithALeadingZeroAfterATimetableVerb) {
  EXPECT_EQ(normalize_text("The coach departs 0740 from the square."), "The coach departs oh seven forty from the square.");
  EXPECT_EQ(normalize_text("The ferry arrives 0605 on weekdays."), "The ferry arrives oh six oh five on weekdays.");
}

}  // namespace briefcast
