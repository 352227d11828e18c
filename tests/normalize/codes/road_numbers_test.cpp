// Road numbers joined by a slash: two routes sharing a road, never a fraction or a date.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RoadNumbers, AfterARoadWord) {
  EXPECT_EQ(normalize_text("a lane closed on Route 4/17 overnight"), "a lane closed on Route four slash seventeen overnight");
  EXPECT_EQ(normalize_text("exit Hwy 70/401 at the mall"), "exit Highway seventy slash four oh one at the mall");
  EXPECT_EQ(normalize_text("Highway 6/24 reopened"), "Highway six slash twenty four reopened");
}

TEST(RoadNumbers, AfterAUsOrStatePrefix) {
  std::string said = normalize_text("traffic slowed on US 29/70 near town");
  EXPECT_NE(said.find("twenty nine slash seventy near"), std::string::npos) << said;
  EXPECT_EQ(said.find("seventieth"), std::string::npos) << said;
}

TEST(RoadNumbers, BranchLetterAfterARoadWord) {
  EXPECT_EQ(normalize_text("a pileup on Interstate 94E today"), "a pileup on Interstate ninety four E today");
  // Without a road word the letter is still a unit.
  EXPECT_NE(normalize_text("a heater rated 94W").find("watts"), std::string::npos);
}

TEST(RoadNumbers, BeforeARoadNoun) {
  EXPECT_EQ(normalize_text("work on the 27/401 bypass starts soon"), "work on the twenty seven slash four oh one bypass starts soon");
}

TEST(RoadNumbers, OtherSlashedFiguresAreUntouched) {
  EXPECT_EQ(normalize_text("they ate 3/4 of the cake"), "they ate three quarters of the cake");
  EXPECT_EQ(normalize_text("the US 9/11 commission").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("about 2/3 road users agree").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("en route 2/3 of them left").find("slash"), std::string::npos);
}

TEST(RouteNumbers, ShortFormOfTheRoadBeforeItsNumber) {
  EXPECT_EQ(normalize_text("a crash on Hwy 12 near the river"), "a crash on Highway twelve near the river");
  EXPECT_EQ(normalize_text("closed Rte. 4 at noon"), "closed Route four at noon");
  EXPECT_EQ(normalize_text("north on Rt 30N"), "north on Route thirty N");
  EXPECT_EQ(normalize_text("they drove Rte. 7."), "they drove Route seven.");
  // No number after it: left alone.
  EXPECT_EQ(normalize_text("Rt. Hon. members").find("Route"), std::string::npos);
}

TEST(RouteNumbers, ALoneRouteNumberIsALabel) {
  EXPECT_EQ(normalize_text("Lanes reopened on Hwy 417 after the crash."), "Lanes reopened on Highway four seventeen after the crash.");
  EXPECT_EQ(normalize_text("take Hwy 101 north"), "take Highway one oh one north");
  EXPECT_EQ(normalize_text("a detour via Rt 206S today"), "a detour via Route two oh six S today");
  EXPECT_EQ(normalize_text("the Hwy 7 ramp"), "the Highway seven ramp");
}

TEST(RouteNumbers, MotorwayStandardARoad) {
  EXPECT_EQ(normalize_text("Roadworks close the A3(M) tonight."), "Roadworks close the A-three M tonight.");
  EXPECT_NE(normalize_text("the A194(M) near Gateshead").find("A-one hundred ninety four M near"), std::string::npos);
}

TEST(RoadNumbers, StateRoadsAndMileMarkers) {
  EXPECT_EQ(normalize_text("Crews closed SH 6 near the river bridge."), "Crews closed State Highway six near the river bridge.");
  EXPECT_EQ(normalize_text("The car broke down at MM 88 on the interstate."),
            "The car broke down at mile marker eighty eight on the interstate.");
  // Without a road in the line the capitals are other initials.
  EXPECT_EQ(normalize_text("The SR 71 was retired in 1998."), "The S.R seventy one was retired in nineteen ninety eight.");
}

TEST(RoadNumbers, InitialsOutsideARoadLine) {
  // A visit, a form and a driver's licence are no roads; "an" before the capitals says the letters.
  EXPECT_EQ(normalize_text("She flew to MP 40 times that year."), "She flew to M.P forty times that year.");
  EXPECT_EQ(normalize_text("Drivers must send an SR 50 notice."), "Drivers must send an S.R fifty notice.");
  // The road's own cue still marks the road.
  EXPECT_EQ(normalize_text("Deer crossed at MP 14 on I-80."), "Deer crossed at milepost fourteen on I eighty.");
  EXPECT_EQ(normalize_text("Traffic backed up on SR 9 for an hour."), "Traffic backed up on State Route nine for an hour.");
}

TEST(RoadNumbers, DirectionOfTravelBeforeLanes) {
  EXPECT_EQ(normalize_text("Police shut both WB lanes after the crash."),
            "Police shut both westbound lanes after the crash.");
  EXPECT_EQ(normalize_text("NB and SB traffic crawled past the works."),
            "northbound and southbound traffic crawled past the works.");
  EXPECT_NE(normalize_text("A truck jackknifed on I-70 EB near the bridge.").find("eastbound"), std::string::npos);
  // Without a lane or a road the letters stay letters.
  EXPECT_EQ(normalize_text("The EB unit filed its report.").find("eastbound"), std::string::npos);
}

}  // namespace briefcast
