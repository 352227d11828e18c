// A coin's year and its mint's letter ("an 1881-S dollar").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MintMarks, YearAndMintLetterBesideCoinWords) {
  EXPECT_EQ(normalize_text("A 2021-W silver eagle proof sold for $95."),
            "A twenty twenty one W silver eagle proof sold for ninety five dollars.");
  EXPECT_EQ(normalize_text("An 1881-S Morgan dollar graded MS-66 led the sale.").find("eighteen eighty one S"), 3u);
}

TEST(MintMarks, ALetterWithAPeriodIsAnInitial) {
  EXPECT_NE(normalize_text("The coins minted in 2010 and 2011 S. Africa sold were gold.").find("South Africa"),
            std::string::npos);
}

TEST(MintMarks, AWattageWithNoCoinWordStaysAWattage) {
  EXPECT_EQ(normalize_text("The 1800-W kettle boils fast."), "The one-thousand-eight-hundred-watt kettle boils fast.");
  EXPECT_EQ(normalize_text("A 2000-W amplifier drives the stage."), "A two-thousand-watt amplifier drives the stage.");
}

}  // namespace briefcast
