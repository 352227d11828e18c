// Entries of the unit table written with marks eSpeak NG reads as letters or as symbols: a
// product's middle dot, a clinical equivalent, a rating plate's alternating current.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

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

}  // namespace briefcast
