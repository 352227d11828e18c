// Superscript figures: powers of ten, units to a negative power, note marks.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Superscripts, APowerOfTen) {
  EXPECT_EQ(normalize_text("The error fell to 4.2 x 10\u207b\u2077 overall."),
            "The error fell to four point two times ten to the power of minus seven overall.");
  EXPECT_EQ(normalize_text("They counted 10\u2079 stars."), "They counted ten to the ninth stars.");
}

TEST(Superscripts, AUnitToANegativePowerIsPerThatUnit) {
  EXPECT_EQ(normalize_text("The peak sits at 2100 cm\u207b\u00b9 on the plot."),
            "The peak sits at two thousand one hundred per centimeter on the plot.");
  EXPECT_EQ(normalize_text("Titrate with 0.2 mol dm\u207b\u00b3 acid."),
            "Titrate with zero point two moles per cubic decimeter acid.");
  // A unit the table lists with its power keeps its reading.
  EXPECT_EQ(normalize_text("a turnover of 40 s\u207b\u00b9 at best"), "a turnover of forty per second at best");
}

TEST(Superscripts, SquaresAndCubesOfUnitsStay) {
  EXPECT_EQ(normalize_text("a 60 m\u00b2 garden"), "a sixty-square-meter garden");
}

TEST(Superscripts, ANoteMarkIsNotRead) {
  EXPECT_EQ(normalize_text("\u00b2 Figures are provisional."), "Figures are provisional.");
  EXPECT_EQ(normalize_text("as the council reported.\u00b3 Then"), "as the council reported. Then");
  EXPECT_EQ(normalize_text("the agency estimates\u00b9 show"), "the agency estimates show");
}

TEST(Superscripts, GluedScientificNotation) {
  EXPECT_EQ(normalize_text("Each vial held 4\u00d710\u2078 spores."),
            "Each vial held four times ten to the eighth spores.");
  EXPECT_EQ(normalize_text("The count was 2.5x10\u00b9\u00b2 overall."),
            "The count was two point five times ten to the twelfth overall.");
}

TEST(Superscripts, HeritabilitySquared) {
  EXPECT_EQ(normalize_text("The trait had h\u00b2 of 0.6 in twins."), "The trait had h squared of zero point six in twins.");
}

TEST(Superscripts, StrandEndPrime) {
  EXPECT_EQ(normalize_text("A change in the 3\u2032 UTR cut output."), "A change in the three prime U.T.R cut output.");
}

TEST(Superscripts, APowerOfTenPerAUnit) {
  EXPECT_EQ(normalize_text("Counts above 4 \u00d7 10\u2079/L were flagged."),
            "Counts above four times ten to the ninth per liter were flagged.");
  EXPECT_EQ(normalize_text("It holds 1.5 \u00d7 10\u00b9\u00b2 stars."), "It holds one point five times ten to the twelfth stars.");
}

TEST(Superscripts, ABarnToTheMinusOneIsInverse) {
  EXPECT_EQ(normalize_text("The run logged 37 fb\u207b\u00b9 before the winter stop."),
            "The run logged thirty seven inverse femtobarns before the winter stop.");
  EXPECT_EQ(normalize_text("Only 1 pb\u207b\u00b9 was kept."), "Only one inverse picobarn was kept.");
  // Without the power "fb" is mostly Facebook, never read a barn; a petabyte stays one.
  EXPECT_EQ(normalize_text("The shop runs 3 fb pages and posts daily.").find("barn"), std::string::npos);
  EXPECT_EQ(normalize_text("The band drew 8k fb likes overnight.").find("barn"), std::string::npos);
  EXPECT_EQ(normalize_text("The archive holds 3 PB of video."), "The archive holds three petabytes of video.");
}

TEST(Superscripts, ARatePerSecondAfterAUnitContinuesIt) {
  EXPECT_EQ(normalize_text("The flux reached 4 cm\u207b\u00b2 s\u207b\u00b9 at noon."),
            "The flux reached four per square centimeter per second at noon.");
  EXPECT_EQ(normalize_text("It reacts at 0.2 mol dm\u207b\u00b3 s\u207b\u00b9 in water."),
            "It reacts at zero point two moles per cubic decimeter per second in water.");
  // After a figure it is the table's rate as before.
  EXPECT_EQ(normalize_text("The enzyme turns over 85 s\u207b\u00b9 at most."), "The enzyme turns over eighty five per second at most.");
}

TEST(Superscripts, AMinusAloneAfterASymbolIsAnIonsCharge) {
  EXPECT_EQ(normalize_text("The source makes H\u207b beams for the ring."), "The source makes H minus beams for the ring.");
  // After a word or a power of ten it is no charge.
  EXPECT_EQ(normalize_text("The Boat\u207b sank."), "The Boat\u207b sank.");
  // A blood group's sign is said too; a word in capitals or a title is no symbol.
  EXPECT_EQ(normalize_text("Donors with O\u207b blood are asked to come."), "Donors with O minus blood are asked to come.");
  EXPECT_EQ(normalize_text("EU\u207b India talks resume.").find("minus"), std::string::npos);
  EXPECT_EQ(normalize_text("Dr\u207b Lee spoke.").find("minus"), std::string::npos);
}

TEST(Superscripts, SigmaAfterAFigureIsStandardDeviations) {
  EXPECT_EQ(normalize_text("The bump reached 2.7\u03c3 locally."), "The bump reached two point seven sigma locally.");
  EXPECT_EQ(normalize_text("It was a 5\u03c3 result."), "It was a five-sigma result.");
}

TEST(Superscripts, AMassOverCSquared) {
  EXPECT_EQ(normalize_text("The limit holds at 40 MeV/c\u00b2 and above."),
            "The limit holds at forty megaelectron volts over c squared and above.");
}

TEST(Superscripts, PerKelvinAfterAFigureOrAUnit) {
  EXPECT_EQ(normalize_text("Quartz expands by 0.55 \u00d7 10\u207b\u2076 K\u207b\u00b9 when heated."),
            "Quartz expands by zero point five five times ten to the power of minus six per kelvin when heated.");
  EXPECT_EQ(normalize_text("The wall's U-value is 0.18 W m\u207b\u00b2 K\u207b\u00b9."),
            "The wall's U-value is zero point one eight watts per square meter per kelvin.");
  // With no figure or unit before it, "K⁻¹" is a label's letter and power, left as written.
  EXPECT_EQ(normalize_text("Plans for block K\u207b\u00b9 were filed.").find("kelvin"), std::string::npos);
  // A capital K with no power stays what it was.
  EXPECT_EQ(normalize_text("She earns 45K a year."), "She earns forty five thousand a year.");
}

}  // namespace briefcast
