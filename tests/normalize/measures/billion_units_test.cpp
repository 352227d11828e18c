// Billions of a unit in capitals, "BU" of electricity and "BCM" of gas or water.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BillionUnits, BesideWordsOfPowerOrOfGasAndWater) {
  EXPECT_EQ(normalize_text("Coal plants generated 88.6 BU last month."),
            "Coal plants generated eighty eight point six billion units last month.");
  EXPECT_EQ(normalize_text("The pipeline will carry 5.5 BCM of gas a year."),
            "The pipeline will carry five point five billion cubic meters of gas a year.");
  EXPECT_EQ(normalize_text("The lake's 12 BCM reservoir of water rose."),
            "The lake's twelve-billion-cubic-meter reservoir of water rose.");
}

TEST(BillionUnits, InitialsElsewhereStayLetters) {
  EXPECT_EQ(normalize_text("The grid operator hired 40 BU graduates.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("She wore the 7 BU shirt at the match.").find("billion"), std::string::npos);
}

}  // namespace briefcast
