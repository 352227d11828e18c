// A gearbox's forward and reverse gears written "18F/6R".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GearCounts, SeatsAndGradesBesideEverydayWordsStayAsTheyWere) {
  EXPECT_EQ(normalize_text("The ticket box listed seats 14F/15R as free.").find("forward"), std::string::npos);
  EXPECT_EQ(normalize_text("The airport shuttle had places 2F/6R left.").find("forward"), std::string::npos);
  EXPECT_EQ(normalize_text("Top speed work earned her marks of 7F/3R.").find("forward"), std::string::npos);
}

TEST(GearCounts, ForwardAndReverseGears) {
  EXPECT_EQ(normalize_text("The loader has an 18F/6R shuttle gearbox."),
            "The loader has an eighteen forward, six reverse shuttle gearbox.");
  EXPECT_EQ(normalize_text("Buyers can pick a 32F/32R gearbox or a CVT."),
            "Buyers can pick a thirty two forward, thirty two reverse gearbox or a C.V.T.");
}

TEST(GearCounts, ALoneTemperatureOrOtherPairStays) {
  EXPECT_EQ(normalize_text("The lake was 41F at dawn."), "The lake was forty one degrees Fahrenheit at dawn.");
  EXPECT_EQ(normalize_text("Seats 12F/14C were empty.").find("forward"), std::string::npos);
  // Seats or rooms with no word of a drive train stay as they were.
  EXPECT_EQ(normalize_text("Rows 9F/11R were empty on the flight.").find("forward"), std::string::npos);
}

TEST(GearCounts, PointsOfAHitch) {
  EXPECT_EQ(normalize_text("Its front 3-pt hitch raises 4,500 lb."), "Its front three-point hitch raises forty five hundred pounds.");
  // Points in a game are no linkage.
  EXPECT_EQ(normalize_text("He hit a 3-pt shot.").find("three-point hitch"), std::string::npos);
}

}  // namespace briefcast
