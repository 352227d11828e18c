// A precious metal's symbol after its purity or before bullion words; a glazing unit's gas fill.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MetalSymbols, SymbolAfterItsPurity) {
  EXPECT_NE(normalize_text("The bar is 99.95% Pt and weighs 1 kg.").find("percent platinum and"), std::string::npos);
  EXPECT_NE(normalize_text("Coins of .999 fine Ag sold out.").find("fine silver sold"), std::string::npos);
  EXPECT_NE(normalize_text("A 50 g Au bar costs more.").find("gold bar"), std::string::npos);
}

TEST(MetalSymbols, GasFillOfAGlazingUnit) {
  EXPECT_NE(normalize_text("The gap holds 90% Ar gas.").find("percent argon gas"), std::string::npos);
}

TEST(MetalSymbols, NamesAndSmallSharesStay) {
  // Bullion words after the letters are no cue: a surname may stand before them.
  EXPECT_EQ(normalize_text("Kelvin Au coin shop reopened.").find("gold"), std::string::npos);
  EXPECT_EQ(normalize_text("The Ag bar exam results came.").find("silver"), std::string::npos);
  // A capitalised word or a figure after the symbol; a small share before it.
  EXPECT_EQ(normalize_text("She is a 100% Ar Khan supporter.").find("argon"), std::string::npos);
  EXPECT_EQ(normalize_text("Tan had 55% Au 45% in the poll.").find("gold"), std::string::npos);
  EXPECT_EQ(normalize_text("Shares fell 4% Ag firms said.").find("silver"), std::string::npos);
}

TEST(MetalSymbols, LeftAloneElsewhere) {
  EXPECT_EQ(normalize_text("Ag Secretary Lee met farmers.").find("silver"), std::string::npos);
  EXPECT_EQ(normalize_text("He scored 40% in Pt 2 of the exam.").find("platinum"), std::string::npos);
  EXPECT_EQ(normalize_text("The Ar rating fell.").find("argon"), std::string::npos);
}

}  // namespace briefcast
