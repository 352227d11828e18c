// Two figures slashed before one unit written apart: a choice of sizes in that unit.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SharedUnits, TheUnitIsSaidOnceAfterAChoice) {
  EXPECT_EQ(normalize_text("It runs on 110/220 V mains."), "It runs on one hundred ten or two hundred twenty volts mains.");
  EXPECT_EQ(normalize_text("Lenses of 50/85 mm are sold."), "Lenses of fifty or eighty five millimeters are sold.");
  EXPECT_EQ(normalize_text("It sends at 2.4/5.8 GHz."), "It sends at two point four or five point eight gigahertz.");
}

TEST(SharedUnits, BeforeANounTheLastIsAnAdjective) {
  EXPECT_EQ(normalize_text("a 12/24 V system"), "a twelve or twenty-four-volt system");
  EXPECT_EQ(normalize_text("the 50/60 Hz grid"), "the fifty or sixty-hertz grid");
  // A unit after "/5" or "/10" makes the pair no rating.
  EXPECT_EQ(normalize_text("a 2.4/5 GHz radio"), "a two point four or five-gigahertz radio");
  EXPECT_EQ(normalize_text("rated 4/5 stars"), "rated four out of five stars");
}

TEST(SharedUnits, FractionsPressuresAndRatesKeepTheirReadings) {
  EXPECT_EQ(normalize_text("a gap of 3/4 m wide"), "a gap of three quarters meter wide");
  EXPECT_EQ(normalize_text("It was 130/85 mmHg."), "It was one hundred thirty over eighty five millimeters of mercury.");
  EXPECT_EQ(normalize_text("It was 125/80 mm Hg."), "It was one hundred twenty five over eighty millimeters of mercury.");
  EXPECT_EQ(normalize_text("Plans of 300/50 Mbps."), "Plans of three hundred megabits per second down and fifty up.");
  EXPECT_EQ(normalize_text("the 9/11 attacks"), "the nine eleven attacks");
}

}  // namespace briefcast

namespace briefcast {

// A top of many figures over a halving bottom is no fraction and must not overflow the
// comparison that decides it (a fuzzed line once threw out of the normalizer here).
TEST(SharedUnits, ATopOfManyFiguresIsComparedWithoutOverflow) {
  std::string line = "a " + std::string(28, '9') + "/2 V rail";
  EXPECT_NO_THROW(normalize_text(line));
  EXPECT_NE(normalize_text(line).find(" or two-volt rail"), std::string::npos);
  EXPECT_EQ(normalize_text("a 100/2 V rail"), "a one hundred or two-volt rail");
}

}  // namespace briefcast
