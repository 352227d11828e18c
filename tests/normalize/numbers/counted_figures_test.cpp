// Four figures in the span of years before a counted noun are a count; a year qualifying the
// noun keeps its reading.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CountedFigures, CountBeforeACountedNoun) {
  EXPECT_EQ(normalize_text("the market penned 1342 sheep"), "the market penned one thousand three hundred forty two sheep");
  EXPECT_EQ(normalize_text("about 1875 residents signed"), "about one thousand eight hundred seventy five residents signed");
  EXPECT_EQ(normalize_text("1961 votes were counted"), "one thousand nine hundred sixty one votes were counted");
}

TEST(CountedFigures, WhatAQuantityMovedToOrBy) {
  EXPECT_EQ(normalize_text("the yarding climbed to 1468, up 1133 on last week"),
            "the yarding climbed to one thousand four hundred sixty eight, up one thousand one hundred thirty three on last week");
  EXPECT_EQ(normalize_text("the gauge dropped to 1764 points"), "the gauge dropped to one thousand seven hundred sixty four points");
  // Before another noun the figure is a year; a date moved with other verbs stays a year.
  EXPECT_EQ(normalize_text("output slipped to 1996 levels"), "output slipped to nineteen ninety six levels");
  EXPECT_EQ(normalize_text("the vote was pushed to 2031"), "the vote was pushed to twenty thirty one");
}

TEST(CountedFigures, YearsStayYears) {
  EXPECT_EQ(normalize_text("the 1987 floods"), "the nineteen eighty seven floods");
  EXPECT_EQ(normalize_text("In 1994 people left"), "In nineteen ninety four people left");
  EXPECT_EQ(normalize_text("the 1949 Act"), "the nineteen forty nine Act");
  EXPECT_EQ(normalize_text("built in 1311 by monks"), "built in thirteen eleven by monks");
}

TEST(CountedFigures, APossessiveOrAPostponementPlacesAYear) {
  EXPECT_EQ(normalize_text("Attlee's 1945 voters"), "Attlee's nineteen forty five voters");
  EXPECT_EQ(normalize_text("the launch slipped to 1986 after the fire"), "the launch slipped to nineteen eighty six after the fire");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountedFigures, CasesAndMeasuresCountedInTheirUnits) {
  EXPECT_EQ(normalize_text("The region reported 1643 cases on Friday."),
            "The region reported one thousand six hundred forty three cases on Friday.");
  EXPECT_EQ(normalize_text("The pilgrims walked 1290 miles to the coast."),
            "The pilgrims walked one thousand two hundred ninety miles to the coast.");
  EXPECT_EQ(normalize_text("The burger packs 1340 calories."), "The burger packs one thousand three hundred forty calories.");
  // A year that places or qualifies them stays a year.
  EXPECT_EQ(normalize_text("In 2019 cases fell."), "In twenty nineteen cases fell.");
}

TEST(CountedFigures, CountOfATotal) {
  EXPECT_EQ(normalize_text("polls give the Greens 118 of 400 seats"), "polls give the Greens one hundred eighteen of four hundred seats");
  EXPECT_EQ(normalize_text("Route 128 of the network"), normalize_text("Route 128 of the network"));
  // Years stay years.
  EXPECT_EQ(normalize_text("the 2019 of 2020 fame").find("thousand"), std::string::npos);
}

TEST(CountedFigures, HyphenedToACountedNoun) {
  EXPECT_EQ(normalize_text("They ran a 1250-patient trial."), "They ran a one thousand two hundred fifty patient trial.");
  EXPECT_EQ(normalize_text("It was a 1987-vintage wine."), "It was a nineteen eighty seven vintage wine.");
}

// A race's kilometers before the races are no thousands.
TEST(CountedFigures, RaceDistancesInKBeforeRaces) {
  EXPECT_EQ(normalize_text("Entries opened for the 3k and 8k races in Leeds.").find("thousand"), std::string::npos);
  EXPECT_EQ(normalize_text("She logs three 12k runs a week.").find("thousand"), std::string::npos);
  // A tally of runs, an app's or a batter's, stays thousands.
  EXPECT_EQ(normalize_text("The app tracked 40k runs last year."), "The app tracked forty thousand runs last year.");
  EXPECT_EQ(normalize_text("The firm sold 50k units."), "The firm sold fifty thousand units.");
}

}  // namespace briefcast
