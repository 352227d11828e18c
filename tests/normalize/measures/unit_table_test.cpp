// Entries of the unit table written with marks eSpeak NG reads as letters or as symbols: a
// product's middle dot, a clinical equivalent, a rating plate's alternating current.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(UnitTable, NewtonMetresWithTheProductDot) {
  EXPECT_EQ(normalize_text("The wrench stops at 45 N\u00b7m on the wheel nuts."),
            "The wrench stops at forty five newton meters on the wheel nuts.");
  EXPECT_EQ(normalize_text("Tighten the bolts to 12 N\u22c5m."), "Tighten the bolts to twelve newton meters.");
  EXPECT_EQ(normalize_text("The hub carries 3.5 kN\u00b7m at full load."),
            "The hub carries three point five kilonewton meters at full load.");
  // A middle dot between words is no unit.
  EXPECT_EQ(normalize_text("Open daily \u00b7 free entry").find("newton"), std::string::npos);
}

TEST(UnitTable, MilliequivalentsOfAnElectrolyte) {
  EXPECT_EQ(normalize_text("Her potassium was 3.1 mEq/L on admission."),
            "Her potassium was three point one milliequivalents per liter on admission.");
  EXPECT_EQ(normalize_text("Each vial holds 20 mEq of potassium chloride."),
            "Each vial holds twenty milliequivalents of potassium chloride.");
}

TEST(UnitTable, VoltsOfAlternatingCurrentOnARatingPlate) {
  EXPECT_EQ(normalize_text("The lamp runs on 110 V~ mains."), "The lamp runs on one-hundred-ten-volt-A.C mains.");
  EXPECT_EQ(normalize_text("Input: 100\u2013240 V~, 50/60 Hz."),
            "Input: one hundred to two hundred forty volts A.C, fifty or sixty hertz.");
  // A tilde before a figure is still "about".
  EXPECT_EQ(normalize_text("The crowd was ~40 people.").find("A.C"), std::string::npos);
}

TEST(UnitTable, GasesByVolumeAndMolesOfSmallPrefixes) {
  EXPECT_EQ(normalize_text("Methane rose to 1,900 ppbv and CO2 to 420 ppmv."),
            "Methane rose to nineteen hundred parts per billion by volume and CO two to four hundred twenty parts per "
            "million by volume.");
  EXPECT_EQ(normalize_text("Cortisol was 150 nmol/L and insulin 40 pmol/L."),
            "Cortisol was one hundred fifty nanomoles per liter and insulin forty picomoles per liter.");
}

TEST(UnitTable, PlantAndFarmTradeSymbols) {
  EXPECT_TRUE(has(normalize_text("The unit crushes 450 TPD of cane."), "four hundred fifty tonnes per day"));
  EXPECT_TRUE(has(normalize_text("The new line adds 90,000 TPA of capacity."), "ninety thousand tonnes a year"));
  EXPECT_TRUE(has(normalize_text("Farmers sold 850 qtl of wheat at the mandi."), "eight hundred fifty quintals"));
  EXPECT_TRUE(has(normalize_text("The tank holds 25 KL of diesel."), "twenty five kiloliters"));
  EXPECT_TRUE(has(normalize_text("They fitted a 600-gph filter."), "six-hundred-gallon-per-hour filter"));
  EXPECT_TRUE(has(normalize_text("The drum runs at 42 bar(g) and the header at 40 bara."),
                  "forty two bar gauge and the header at forty bar absolute"));
  // Kuala Lumpur keeps its letters where no figure stands before them.
  EXPECT_FALSE(has(normalize_text("The KL office opened in March."), "kilo"));
  // Capitals before people counted are a force's or a city's initialism ("4 TPD officers").
  // (letter_units.cpp reads TPD, TPA and KL, beside a plant's words only.)
  EXPECT_FALSE(has(normalize_text("Police said 4 TPD officers and 2 KL officials were at the scene."), "per day"));
  EXPECT_FALSE(has(normalize_text("Police said 4 TPD officers and 2 KL officials were at the scene."), "kilo"));
}

}  // namespace briefcast

namespace briefcast {

TEST(UnitTable, CollectiveDose) {
  EXPECT_EQ(normalize_text("The crew took 1.7 man-Sv over the outage."), "The crew took one point seven man-sieverts over the outage.");
  // A hyphened "man" before another word is no dose.
  EXPECT_EQ(normalize_text("The man-made lake is 3 km long."), "The man-made lake is three kilometers long.");
}

TEST(UnitTable, PrefixesComposeWithTheKelvinAndOtherBases) {
  EXPECT_EQ(normalize_text("The cryostat held the sample at 25 mK for a week."),
            "The cryostat held the sample at twenty five millikelvin for a week.");
  EXPECT_EQ(normalize_text("The cloud cooled to 300 nK before release."),
            "The cloud cooled to three hundred nanokelvin before release.");
  EXPECT_EQ(normalize_text("The sensor leaks 3 nA and reads 15 \u00b5V."),
            "The sensor leaks three nanoamps and reads fifteen microvolts.");
  // A bare capital K is no kelvin here, and a conductivity's "mK" is a meter kelvin.
  EXPECT_TRUE(has(normalize_text("Insulation rated 0.04 W/mK is used."), "meter kelvin"));
  EXPECT_TRUE(has(normalize_text("He earns 50K a year."), "thousand"));
}

TEST(UnitTable, InternationalUnitsOfADose) {
  EXPECT_EQ(normalize_text("Patients took 800 IU of vitamin D."), "Patients took eight hundred international units of vitamin D.");
  EXPECT_EQ(normalize_text("Serum levels above 25 IU/L were flagged."),
            "Serum levels above twenty five international units per liter were flagged.");
  EXPECT_EQ(normalize_text("Patients got 1,000 IU per day for a month."),
            "Patients got one thousand international units per day for a month.");
  EXPECT_TRUE(has(normalize_text("The 600 IU dose is enough for most adults."), "international-unit dose"));
}

TEST(UnitTable, IuAfterARankOrBeforeAPluralIsAUniversity) {
  EXPECT_FALSE(has(normalize_text("No. 7 IU visits No. 2 Michigan on Friday."), "international"));
  EXPECT_FALSE(has(normalize_text("Ohio State, ranked No. 4, lost to No. 11 IU at home."), "international"));
  EXPECT_FALSE(has(normalize_text("The 3 IU guards were benched."), "international"));
  EXPECT_FALSE(has(normalize_text("Tickets for the 2 IU games sold out."), "international"));
}

}  // namespace briefcast
