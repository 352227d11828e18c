// A measure glued to its figure: a length in feet and inches written with the marks.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AttachedMeasures, FeetWithNoInchesOverAreFeetAlone) {
  EXPECT_EQ(normalize_text("She rode a 7'0\" funboard at the point."), "She rode a seven foot funboard at the point.");
  EXPECT_EQ(normalize_text("The new boards are 8'0\" long."), "The new boards are eight foot long.");
  // Inches over are said as the figure.
  EXPECT_EQ(normalize_text("The forward is 6'4\" and quick."), "The forward is six foot four and quick.");
}

TEST(AttachedMeasures, PerAKilometerOfLaneOrVehicle) {
  EXPECT_EQ(normalize_text("Grit is spread at 20 g/lane-km on the bridge."),
            "Grit is spread at twenty grams per lane-kilometer on the bridge.");
}

TEST(AttachedMeasures, APowerOfTenPerAUnit) {
  EXPECT_EQ(normalize_text("A titre of 10^5/mL was found."), "A titre of ten to the fifth per milliliter was found.");
}

// "a" after a crop's unit and a slash is the acre; after a tonne it may be the year, left alone.
TEST(AttachedMeasures, CropYieldPerAcreLetter) {
  EXPECT_EQ(normalize_text("Irrigated fields averaged 74 bu/a this autumn."),
            "Irrigated fields averaged seventy four bushels per acre this autumn.");
  EXPECT_EQ(normalize_text("Hay came off at 3,200 lb/a on the river ground."),
            "Hay came off at thirty two hundred pounds per acre on the river ground.");
}

TEST(AttachedMeasures, EnergyPerHoursOfUse) {
  EXPECT_EQ(normalize_text("The fridge uses 64 kWh/1000h, the label says."),
            "The fridge uses sixty four kilowatt hours per one thousand hours, the label says.");
  // Two amounts joined by a slash with no round base stay as they were.
  EXPECT_EQ(normalize_text("It ran 5 km/3 h.").find("per three"), std::string::npos);
  // Any span of time under the slash: a rainfall's millimetres, a battery's energy per round hours.
  EXPECT_NE(normalize_text("Gauges logged 85 mm/48h on the coast.").find("millimeters per forty eight hours"),
            std::string::npos);
  EXPECT_NE(normalize_text("The pack gives 12 kWh/100 h.").find("per one hundred hours"), std::string::npos);
  // A temperature and a time, a distance and a time, a pressure and a time are two facts.
  EXPECT_EQ(normalize_text("Bake the resin at 150 \u00b0C/2 h.").find(" per "), std::string::npos);
  EXPECT_EQ(normalize_text("She swam 800 m/10 min.").find(" per "), std::string::npos);
  EXPECT_EQ(normalize_text("Hold 4 bar/10 min.").find(" per "), std::string::npos);
}

}  // namespace briefcast
