// Airliner families with their variant, with or without the maker: a model, never a range.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Aircraft, FamilyAndVariantWithoutTheMaker) {
  EXPECT_EQ(normalize_text("the 767-300 diverted"), "the seven sixty seven three hundred diverted");
  EXPECT_EQ(normalize_text("two A321-200 jets"), "two A-three twenty one two hundred jets");
  EXPECT_EQ(normalize_text("its 787-10s and an A350-1000"), "its seven eighty seven tens and an A-three fifty one thousand");
}

TEST(Aircraft, FamilyBeforeAWordForTheAircraft) {
  EXPECT_EQ(normalize_text("a 747 freighter landed"), "a seven forty seven freighter landed");
}

TEST(Aircraft, FamilyWithVariantLettersOrInThePlural) {
  EXPECT_EQ(normalize_text("the 767F and 777X orders"), "the seven sixty seven F and seven seventy seven X orders");
  EXPECT_EQ(normalize_text("an A321XLR flew"), "an A-three twenty one X.L.R flew");
  EXPECT_EQ(normalize_text("its 747s and A330s"), "its seven forty sevens and A-three thirties");
  EXPECT_EQ(normalize_text("the 757 MAX"), "the seven fifty seven Max");  // MAX is a word, not letters
}

TEST(Aircraft, OtherFiguresStayRanges) {
  EXPECT_EQ(normalize_text("see pages 727-800").find("seven twenty seven"), std::string::npos);
  EXPECT_EQ(normalize_text("the 738-800 span").find("seven thirty eight"), std::string::npos);
  EXPECT_EQ(normalize_text("we sold 737 units"), "we sold seven hundred thirty seven units");
}

// Flight levels and runways are said figure by figure, as pilots and controllers say them.
TEST(Aircraft, FlightLevelsAndRunways) {
  EXPECT_EQ(normalize_text("cruising at FL350 over the Alps"), "cruising at flight level three five zero over the Alps");
  EXPECT_EQ(normalize_text("cleared to FL 90"), "cleared to flight level nine zero");
  EXPECT_EQ(normalize_text("landed on runway 09R"), "landed on runway zero nine right");
  EXPECT_EQ(normalize_text("runways 16L and 34C reopened"), "runways one six left and three four center reopened");
  // Without the runway a figure and "L" may be liters.
  EXPECT_EQ(normalize_text("a 27L rucksack"), "a twenty-seven-liter rucksack");
}

TEST(Aircraft, BothEndsOfARunway) {
  EXPECT_EQ(normalize_text("Runway 16R/34L at the airport reopened on Monday."),
            "Runway one six right, three four left at the airport reopened on Monday.");
  EXPECT_EQ(normalize_text("Crews cleared runway 18/36 before noon."), "Crews cleared runway one eight, three six before noon.");
  // Ends that are no runway's (not eighteen apart, or the same side) are left to the other rules.
  EXPECT_EQ(normalize_text("Crews cleared runway 18/35 before noon."), "Crews cleared runway eighteen over thirty five before noon.");
  EXPECT_EQ(normalize_text("Mix 09L/27L of water."), "Mix zero nine or twenty seven liters of water.");
}

TEST(Aircraft, TurbopropFamiliesAfterTheirMaker) {
  EXPECT_EQ(normalize_text("The ATR 42-500 seats 48 passengers."), "The A.T.R forty two five hundred seats forty eight passengers.");
}

}  // namespace briefcast
