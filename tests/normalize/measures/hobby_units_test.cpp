// Units of horse, aquarium and fish-house copy: hands, years of age, US gallons, parts per thousand.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(HobbyUnits, HandsWithInchesAfterThePoint) {
  EXPECT_TRUE(has(normalize_text("The gelding measures 15.3 hh and jumps well."), "fifteen three hands and"));
  EXPECT_TRUE(has(normalize_text("A 13.1hh pony won the class."), "A thirteen-one-hand pony"));
  EXPECT_TRUE(has(normalize_text("Her cob is 15 hh."), "fifteen hands."));
  EXPECT_TRUE(has(normalize_text("We bought a 16.2 hh chestnut mare."), "a sixteen-two-hand chestnut mare"));
  // A fourth inch is a full hand: no such height, so the figure is left to other rules.
  EXPECT_FALSE(has(normalize_text("It stood 15.7 hh then"), "hands"));
}

TEST(HobbyUnits, YearsOfAge) {
  EXPECT_TRUE(has(normalize_text("The 6-y.o. gelding sold for $8,000."), "six-year-old gelding"));
  EXPECT_TRUE(has(normalize_text("Among 4 y.o. boys the rate fell."), "four-year-old boys"));
  EXPECT_TRUE(has(normalize_text("The stallion is 12 y.o."), "twelve years old"));
}

TEST(HobbyUnits, UsGallons) {
  EXPECT_TRUE(has(normalize_text("The pond holds 800 US gal of water."), "eight hundred U.S gallons of"));
  EXPECT_TRUE(has(normalize_text("a 75-US-gal tank"), "seventy five U.S gallon tank"));
  EXPECT_TRUE(has(normalize_text("Fill 20 US-gal drums."), "twenty U.S gallons"));
}

TEST(HobbyUnits, PartsPerThousandOnlyOfSaltWater) {
  EXPECT_TRUE(has(normalize_text("Keep the brackish tank near 12 ppt for mollies."), "twelve parts per thousand"));
  EXPECT_TRUE(has(normalize_text("Salinity in the estuary fell to 8ppt after rain."), "eight parts per thousand"));
  // In market copy "ppt" is a percentage point and stays.
  EXPECT_FALSE(has(normalize_text("Gilt yields rose 15 ppt over the quarter."), "per thousand"));
}

TEST(HobbyUnits, HardnessAndSampleRates) {
  EXPECT_TRUE(has(normalize_text("Tetras like 4 dGH water."), "four degrees of general hardness"));
  EXPECT_TRUE(has(normalize_text("Aim for 7 dKH in the reef."), "seven degrees of carbonate hardness"));
  EXPECT_TRUE(has(normalize_text("The converter runs at 250 Msps."), "two hundred fifty megasamples per second"));
}

TEST(HobbyUnits, GearsOfABikeDrivetrain) {
  EXPECT_EQ(normalize_text("It ships with a 10sp cassette."), "It ships with a ten-speed cassette.");
  EXPECT_EQ(normalize_text("an older 9-spd derailleur"), "an older nine-speed derailleur");
  // No word of drivetrains near: left to the other rules.
  EXPECT_FALSE(has(normalize_text("the 10sp route"), "ten-speed"));
}

TEST(HobbyUnits, DoubleOModelRailways) {
  EXPECT_EQ(normalize_text("Her OO gauge layout fills the loft."), "Her double O gauge layout fills the loft.");
  EXPECT_EQ(normalize_text("a new 00-scale wagon"), "a new double O scale wagon");
  EXPECT_EQ(normalize_text("Most British modellers work in OO."), "Most British modellers work in double O.");
}
TEST(HobbyUnits, JoinedAgeBeforeInitialism) {
  EXPECT_EQ(normalize_text("the 22-y.o. NHL winger scored"), "the twenty two-year-old N.H.L winger scored");
}

TEST(HobbyUnits, ARangeOfSalinities) {
  EXPECT_EQ(normalize_text("The lagoon sits at 35–38 ppt salinity."),
            "The lagoon sits at thirty five to thirty eight parts per thousand salinity.");
  // Away from salt water the letters stay.
  EXPECT_EQ(normalize_text("Rates rose 0.5–1 ppt last month.").find("parts per thousand"), std::string::npos);
}

}  // namespace briefcast
