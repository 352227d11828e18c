// Billions of a unit in capitals, "BU" of electricity and "BCM" of gas or water.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BillionUnits, BcmBesideWordsOfGasAndWater) {
  EXPECT_EQ(normalize_text("Exports of gas reached 61 BCM."), "Exports of gas reached sixty one billion cubic meters.");
  EXPECT_EQ(normalize_text("The LNG terminal adds 9 BCM a year."),
            "The L.N.G terminal adds nine billion cubic meters a year.");
  EXPECT_EQ(normalize_text("The pipeline will carry 5.5 BCM of gas a year."),
            "The pipeline will carry five point five billion cubic meters of gas a year.");
  EXPECT_EQ(normalize_text("The lake's 12 BCM reservoir of water rose."),
            "The lake's twelve-billion-cubic-meter reservoir of water rose.");
}

TEST(BillionUnits, InitialsElsewhereStayLetters) {
  EXPECT_EQ(normalize_text("The grid operator hired 40 BU graduates.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("She wore the 7 BU shirt at the match.").find("billion"), std::string::npos);
  // "BU" is never read, even among words of power; "BCM" before a noun, a name or a group of
  // people is a college's or a firm's initials, whatever gas or water is near.
  EXPECT_EQ(normalize_text("Solar power fed 9 BU.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("Her 6 BU linemen fixed the grid.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("The 25 BCM residents tested the river water.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("The 8 BCM faculty surveyed gas leaks.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("Its 3 BCM Baltic pipeline opened.").find("billion"), std::string::npos);
}

TEST(BillionUnits, OneReadingPerLine) {
  // The second figure stands far from the word of water; it shares the first one's reading.
  EXPECT_EQ(normalize_text("Reservoir storage rose to 62.3 BCM last week, well short of the full design capacity of 97.1 BCM, officials said."),
            "Reservoir storage rose to sixty two point three billion cubic meters last week, well short of the full design capacity "
            "of ninety seven point one billion cubic meters, officials said.");
}

TEST(BillionUnits, ASecondFigureBeforeANounKeepsItsLetters) {
  EXPECT_EQ(normalize_text("Gas output hit 30 BCM in 2023; BCM Ltd said 3 BCM managers quit.").find("three billion"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Egypt bought 6.2 BCM of gas, and the 9 BCM office in Giza closed.").find("nine-billion"),
            std::string::npos);
}

}  // namespace briefcast
