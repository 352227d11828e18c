// Two measures slashed, each with its unit written apart from its figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SpacedMeasurePairs, OneQuantityInTwoUnitsIsAChoice) {
  EXPECT_EQ(normalize_text("The patch is 20,480 KB/20 MB in size."),
            "The patch is twenty thousand four hundred eighty kilobytes or twenty megabytes in size.");
  EXPECT_EQ(normalize_text("The trail runs 16 km/10 mi."), "The trail runs sixteen kilometers or ten miles.");
  EXPECT_EQ(normalize_text("Add 450 g/1 lb of flour."), "Add four hundred fifty grams or one pound of flour.");
}

TEST(SpacedMeasurePairs, TwoKindsAreTwoFacts) {
  EXPECT_EQ(normalize_text("The store holds 250 MW/1,000 MWh."),
            "The store holds two hundred fifty megawatts and one thousand megawatt hours.");
}

TEST(SpacedMeasurePairs, AMassOverAVolumeIsAConcentration) {
  EXPECT_EQ(normalize_text("The syrup has 5 mg/10 ml."), "The syrup has five milligrams per ten milliliters.");
  // A quantity over a round figure of another kind is a rate.
  EXPECT_EQ(normalize_text("The van uses 9.5 L/100 km."), "The van uses nine point five liters per one hundred kilometers.");
}

TEST(SpacedMeasurePairs, BeforeANounEachIsAnAdjective) {
  EXPECT_EQ(normalize_text("a 16 km/10 mi loop"), "a sixteen-kilometer or ten-mile loop");
  EXPECT_EQ(normalize_text("The mast is 3 m/10 ft tall."), "The mast is three meters or ten feet tall.");
}

TEST(SpacedMeasurePairs, SpeedsOfALineAreDownAndUp) {
  EXPECT_EQ(normalize_text("It tested at 80 Mbps/20 Mbps."),
            "It tested at eighty megabits per second down and twenty up.");
}

TEST(SpacedMeasurePairs, TwoKindsOfConditionAreTwoFacts) {
  EXPECT_EQ(normalize_text("Cure it at 60 \u00b0C/300 mbar."), "Cure it at sixty degrees Celsius and three hundred millibars.");
  // A round second figure is a rate only over a distance or a volume.
  EXPECT_EQ(normalize_text("Steam at 120 \u00b0C/1 bar."), "Steam at one hundred twenty degrees Celsius and one bar.");
}

TEST(SpacedMeasurePairs, ADashBetweenTwoMeasuresIsARange) {
  EXPECT_EQ(normalize_text("The tweeter spans 2 kHz\u201325 kHz."), "The tweeter spans two to twenty five kilohertz.");
  EXPECT_EQ(normalize_text("Gain runs 20 Hz-5 kHz."), "Gain runs twenty hertz to five kilohertz.");
  EXPECT_EQ(normalize_text("The woofer covers 30 Hz\u20132 kHz."), "The woofer covers thirty hertz to two kilohertz.");
}

TEST(SpacedMeasurePairs, AHyphenedSecondMeasureIsItsOwnAdjective) {
  EXPECT_EQ(normalize_text("Files are 48 kHz/32-bit."), "Files are forty eight kilohertz, thirty-two-bit.");
}

TEST(SpacedMeasurePairs, LargerFirstBothHold) {
  EXPECT_EQ(normalize_text("The mains here is 415 V/240 V at the board."),
            "The mains here is four hundred fifteen volts, two hundred forty volts at the board.");
  EXPECT_EQ(normalize_text("Pick 2 GB/4 GB of memory."), "Pick two gigabytes or four gigabytes of memory.");
}

TEST(SpacedMeasurePairs, ASlashApartBetweenTwoMeasuresIsAPause) {
  EXPECT_EQ(normalize_text("The spring gave 3 kg pull / 2 kg push in tests."),
            "The spring gave three kilograms pull, two kilograms push in tests.");
  EXPECT_EQ(normalize_text("The rig draws 12 V / 40 W at rest."),
            "The rig draws twelve volts, forty watts at rest.");
  EXPECT_EQ(normalize_text("They sell 12 V / 40 W lamps."), "They sell twelve-volt, forty-watt lamps.");
  // Between words or plain figures the slash keeps its other readings.
  EXPECT_EQ(normalize_text("Choose tea / coffee at noon."), "Choose tea or coffee at noon.");
}

TEST(SpacedMeasurePairs, AMassOverAVolumeApartIsAStrength) {
  EXPECT_EQ(normalize_text("The linctus holds 250 mg / 5 ml of the drug."),
            "The linctus holds two hundred fifty milligrams per five milliliters of the drug.");
  // Two masses, or two ratings, are two readings.
  EXPECT_EQ(normalize_text("The bag fell from 40 kg / 35 kg in a year."),
            "The bag fell from forty kilograms, thirty five kilograms in a year.");
}

TEST(SpacedMeasurePairs, ASlashBeforeMillionsCountedJoinsNoMeasures) {
  // The count rules read "3m listeners" as millions, so the first figure is no size joined to it.
  EXPECT_EQ(normalize_text("Podcasts drew 2m / 3m listeners a week.").find("-meter,"), std::string::npos);
  EXPECT_EQ(normalize_text("They cut 2 m / 3 m poles."), "They cut two-meter, three-meter poles.");
}

}  // namespace briefcast

namespace briefcast {

TEST(SpacedMeasurePairs, AMassOrVolumeOverASpanOfTimeIsARate) {
  EXPECT_EQ(normalize_text("The resin flows at 8 g/10 min under load."), "The resin flows at eight grams per ten minutes under load.");
  EXPECT_EQ(normalize_text("Give 40 mg/12 h by mouth."), "Give forty milligrams per twelve hours by mouth.");
  // A distance and a time are two facts of a run.
  EXPECT_EQ(normalize_text("He logged 5 km/25 min today.").find(" per "), std::string::npos);
}

}  // namespace briefcast
