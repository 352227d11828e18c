// Two figures slashed before one unit written apart: a choice of sizes in that unit.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SharedUnits, TheUnitIsSaidOnceAfterAChoice) {
  EXPECT_EQ(normalize_text("It runs on 110/220 V mains."), "It runs on one hundred ten or two-hundred-twenty-volt mains.");
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

// The larger first is two parts of one thing at once (front and rear, body and limbs): no "or".
TEST(SharedUnits, TheLargerFirstIsTwoPartsAtOnce) {
  EXPECT_EQ(normalize_text("The drysuit pairs 7/6 mm."), "The drysuit pairs seven, six millimeters.");
  EXPECT_EQ(normalize_text("Its motors give 90/75 kW at the axles."),
            "Its motors give ninety, seventy five kilowatts at the axles.");
  EXPECT_EQ(normalize_text("It clocks 2.5/1.8 GHz on load."), "It clocks two point five, one point eight gigahertz on load.");
  // Low first stays a choice.
  EXPECT_EQ(normalize_text("Chargers of 5/9 V are sold."), "Chargers of five or nine volts are sold.");
}

// Before the noun they size, with no article, the pair is one adjective, its unit singular;
// two parts of one word each are joined as one ("seven-six-millimeter").
TEST(SharedUnits, BeforeANounWithNoArticleThePairIsOneAdjective) {
  EXPECT_EQ(normalize_text("The drysuit pairs 7/6 mm panels."), "The drysuit pairs seven-six-millimeter panels.");
  EXPECT_EQ(normalize_text("It gets 2.5/1.8 GHz cores."), "It gets two-point-five, one-point-eight-gigahertz cores.");
  EXPECT_EQ(normalize_text("Vans carry 12/24 V fridges."), "Vans carry twelve or twenty-four-volt fridges.");
}

TEST(SharedUnits, ThreeOrMoreFiguresAreAList) {
  EXPECT_EQ(normalize_text("The dipole covers 7/10/18 MHz for the contest."),
            "The dipole covers seven, ten and eighteen megahertz for the contest.");
  EXPECT_EQ(normalize_text("Packs of 6/12/24/48 V suit most boats."),
            "Packs of six, twelve, twenty four and forty eight volts suit most boats.");
  // No unit after them: no list of a unit's values.
  EXPECT_EQ(normalize_text("It opened on 3/9/2021 at last.").find(" and "), std::string::npos);
}

TEST(SharedUnits, FractionsPressuresAndRatesKeepTheirReadings) {
  EXPECT_EQ(normalize_text("a gap of 3/4 m wide"), "a gap of three quarters of a meter wide");
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
  EXPECT_NE(normalize_text(line).find(", two-volt rail"), std::string::npos);
  EXPECT_EQ(normalize_text("a 100/2 V rail"), "a one-hundred, two-volt rail");
}

TEST(SharedUnits, NestedFlueSizes) {
  EXPECT_EQ(normalize_text("Fit an 80/125 mm flue to the new boiler."),
            "Fit an eighty, one-hundred-twenty-five-millimeter flue to the new boiler.");
  EXPECT_EQ(normalize_text("The 12/24 V pump runs on either."), "The twelve or twenty-four-volt pump runs on either.");
}

// A heating engineer names a pipe inside a pipe in more words than "flue" and "concentric".
TEST(SharedUnits, NestedPipesByTheirOtherNames) {
  EXPECT_EQ(normalize_text("Fit a 60/100 mm balanced flue to the boiler."),
            "Fit a sixty, one-hundred-millimeter balanced flue to the boiler.");
  EXPECT_EQ(normalize_text("A coaxial 80/125 mm kit was fitted."),
            "A coaxial eighty, one-hundred-twenty-five-millimeter kit was fitted.");
  EXPECT_EQ(normalize_text("The 60/100 mm twin-wall liner was cut."),
            "The sixty, one-hundred-millimeter twin-wall liner was cut.");
  // A choice of sizes stays a choice beside other pipework.
  EXPECT_EQ(normalize_text("Order 15/22 mm pipe for the loft."), "Order fifteen or twenty-two-millimeter pipe for the loft.");
}

TEST(SharedUnits, LabelledPairIsBothValues) {
  EXPECT_NE(normalize_text("Readings of 12/22 \u00b0C (night/day) were logged.").find("twelve and twenty two degrees"),
            std::string::npos);
  EXPECT_NE(normalize_text("Choose 12/24 V systems.").find(" or "), std::string::npos);
}

}  // namespace briefcast
