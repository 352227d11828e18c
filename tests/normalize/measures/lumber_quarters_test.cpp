// Hardwood thickness in quarters of an inch ("4/4 oak").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LumberQuarters, QuartersBeforeAWordOfTheTimberTrade) {
  EXPECT_EQ(normalize_text("The yard sells 4/4 cherry at $7 per bd ft."), "The yard sells four-quarter cherry at seven dollars per board foot.");
  EXPECT_EQ(normalize_text("A stack of 6/4 rough hardwood sat outside."), "A stack of six-quarter rough hardwood sat outside.");
  EXPECT_EQ(normalize_text("She planed 10/4 riftsawn maple."), "She planed ten-quarter riftsawn maple.");
}

TEST(LumberQuarters, ScoresAndTimeSignaturesStay) {
  EXPECT_EQ(normalize_text("He went 4/4 from the line.").find("quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("The hymn is in 12/4 time.").find("quarter"), std::string::npos);
  // A trade word far off, but none right after the figure.
  EXPECT_EQ(normalize_text("She shot 8/4 before the oak trees.").find("eight-quarter"), std::string::npos);
}

TEST(LumberQuarters, DatesStreetsAndStockMarketsStay) {
  // A common stock word after the figure is not enough: a date, an address, a share split
  // (read as before, in quarters or as a date, never the trade's thickness).
  EXPECT_EQ(normalize_text("The 14/4 board vote was delayed.").find("-quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("After the 6/4 stock split, shares fell.").find("-quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("Fire crews went to 9/4 Maple Avenue.").find("-quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("Since 11/4 timber prices have slipped.").find("-quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("The 15/4 oak planting drew a crowd.").find("-quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("The 9/4 hardwood auction opened early.").find("-quarter"), std::string::npos);
  // A trade term elsewhere, but a capitalised word after the figure: a street.
  EXPECT_EQ(normalize_text("The hardwood shop at 5/4 Walnut Road shut.").find("-quarter"), std::string::npos);
}

}  // namespace briefcast
