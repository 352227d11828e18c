// Units built from other units: per kelvin, a length times the kelvin, decibels against a
// reference, a time per a distance, and a rate unit with no figure before it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CompoundUnits, PerKelvinAndPerDegree) {
  EXPECT_EQ(normalize_text("Invar shifts by only 1.2 × 10⁻⁶ /K over that range."),
            "Invar shifts by only one point two times ten to the power of minus six per kelvin over that range.");
  EXPECT_EQ(normalize_text("The sensor drifts 0.02 %/°C in the cold room."),
            "The sensor drifts zero point o two percent per degree Celsius in the cold room.");
}

TEST(CompoundUnits, LengthTimesKelvin) {
  EXPECT_EQ(normalize_text("Aerated concrete blocks conduct 0.11 W/(m·K) when dry."),
            "Aerated concrete blocks conduct zero point one one watts per meter kelvin when dry.");
  EXPECT_EQ(normalize_text("The new sash window scores 1.4 W/m²K on the label."),
            "The new sash window scores one point four watts per square meter kelvin on the label.");
  EXPECT_EQ(normalize_text("Older double glazing manages 2.8 W/m2K at best."),
            "Older double glazing manages two point eight watts per square meter kelvin at best.");
  EXPECT_EQ(normalize_text("Mineral wool rates about 0.035 W/mK in the lab."),
            "Mineral wool rates about zero point o three five watts per meter kelvin in the lab.");
}

TEST(CompoundUnits, DecibelsAgainstAReference) {
  EXPECT_EQ(normalize_text("Interference peaked at 45 dBµV/m beside the substation."),
            "Interference peaked at forty five decibel microvolts per meter beside the substation.");
  EXPECT_EQ(normalize_text("The probe read 12 dBmV at the splitter."),
            "The probe read twelve decibel millivolts at the splitter.");
  EXPECT_EQ(normalize_text("Noise sat at 30 dBuV in the quiet band."), "Noise sat at thirty decibel microvolts in the quiet band.");
}

TEST(CompoundUnits, TimePerDistance) {
  EXPECT_EQ(normalize_text("Her splits averaged 31.4 s/50m over the back half."),
            "Her splits averaged thirty one point four seconds per fifty meters over the back half.");
  EXPECT_EQ(normalize_text("The relay leg went out in 58 s/100 m."),
            "The relay leg went out in fifty eight seconds per one hundred meters.");
}

TEST(CompoundUnits, PrefixedRadians) {
  EXPECT_EQ(normalize_text("Tilt reached 3.5 mrad after the quake."), "Tilt reached three point five milliradians after the quake.");
  EXPECT_EQ(normalize_text("The mount wobbled by 8 µrad at noon."), "The mount wobbled by eight microradians at noon.");
}

TEST(CompoundUnits, UnitAfterAPowerOfTen) {
  EXPECT_EQ(normalize_text("The dam holds 2 × 10⁸ m³ behind it."),
            "The dam holds two times ten to the eighth cubic meters behind it.");
  EXPECT_EQ(normalize_text("The reservoir lost 4 × 10⁶ m3 in a week."),
            "The reservoir lost four times ten to the sixth cubic meters in a week.");
}

TEST(CompoundUnits, RateUnitWithoutAFigure) {
  EXPECT_EQ(normalize_text("Quote the cut speed in mm/min on the drawing."),
            "Quote the cut speed in millimeters per minute on the drawing.");
  EXPECT_EQ(normalize_text("Flow is logged in L/min, not gal/h."), "Flow is logged in liters per minute, not gallons per hour.");
  EXPECT_EQ(normalize_text("The chart gives density in kg/m³ for each grade."),
            "The chart gives density in kilograms per cubic meter for each grade.");
  EXPECT_EQ(normalize_text("Insulation is specified in W/m²K by the code."),
            "Insulation is specified in watts per square meter kelvin by the code.");
  // A change on the year before, a win-loss record and a conversion's two units are no rates.
  EXPECT_EQ(normalize_text("The swap was reported yr/yr by the bank.").find(" per "), std::string::npos);
  EXPECT_EQ(normalize_text("The team's W/L record improved.").find(" per "), std::string::npos);
  EXPECT_EQ(normalize_text("Prices were given in km/mi pairs.").find(" per "), std::string::npos);
}

TEST(CompoundUnits, SecondsPerRotation) {
  EXPECT_EQ(normalize_text("The gantry turns at 0.33 s/rot in cardiac mode."),
            "The gantry turns at zero point three three seconds per rotation in cardiac mode.");
  EXPECT_EQ(normalize_text("a spindle at 2 s/rev"), "a spindle at two seconds per revolution");
}

TEST(CompoundUnits, RevolutionsAndAcresWrittenShort) {
  EXPECT_EQ(normalize_text("The turbine idles at 1,500 r/min."), "The turbine idles at fifteen hundred revolutions per minute.");
  EXPECT_EQ(normalize_text("The sprayer treats 60 ac/hr on flat ground."),
            "The sprayer treats sixty acres per hour on flat ground.");
  // With no figure before it a bare "r" stays a letter.
  EXPECT_EQ(normalize_text("His r/min notes were lost.").find("revolution"), std::string::npos);
}

TEST(CompoundUnits, ScriptSmallLIsTheLitre) {
  EXPECT_EQ(normalize_text("Pour in 3 \u2113 of water."), "Pour in three liters of water.");
  EXPECT_EQ(normalize_text("Petrol rose by 21c/\u2113 overnight."), "Petrol rose by twenty one cents per liter overnight.");
  EXPECT_EQ(normalize_text("Each jug holds 4 \u2113."), "Each jug holds four liters.");
}

TEST(CompoundUnits, ScriptSmallLBeforeAPluralOrASignIsNoLitre) {
  // A physicist's quantum number: before a plural it counts or an operator it stays as written.
  EXPECT_EQ(normalize_text("Shells with 5 \u2113 numbers were found.").find("liter"), std::string::npos);
  EXPECT_EQ(normalize_text("There are 4\u2113 - 2 nodes.").find("liter"), std::string::npos);
  EXPECT_EQ(normalize_text("Each shell takes 3\u2113 orbitals.").find("liter"), std::string::npos);
}

TEST(CompoundUnits, AProductOfThreeUnitsAfterASlash) {
  EXPECT_EQ(normalize_text("The glazing rates 0.25 Btu/h\u00b7ft\u00b2\u00b7\u00b0F overall."),
            "The glazing rates zero point two five B.T.U per hour square foot degree Fahrenheit overall.");
  // Two factors still read as before.
  EXPECT_EQ(normalize_text("The bolt takes 40 N\u00b7m of torque."), "The bolt takes forty newton meters of torque.");
}

TEST(CompoundUnits, PluralCountedPerABareLiter) {
  EXPECT_EQ(normalize_text("Samples held 2,000 virus particles/L on average."),
            "Samples held two thousand virus particles per liter on average.");
  EXPECT_EQ(normalize_text("Counts were 40 spores/l at each site."), "Counts were forty spores per liter at each site.");
  // With no figure of the count before it the plural and the letter are a pair of words.
  EXPECT_EQ(normalize_text("Candidates with essays/L grades may apply.").find("liter"), std::string::npos);
  EXPECT_EQ(normalize_text("Fees for all members/l").find("liter"), std::string::npos);
  // A choice of two words, or a capital letter after a slash, is no rate.
  EXPECT_EQ(normalize_text("Pick yes/no on the form.").find("liter"), std::string::npos);
  EXPECT_EQ(normalize_text("Teams from group A/L advance.").find("liter"), std::string::npos);
}

}  // namespace briefcast
