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
  EXPECT_NE(normalize_text("The pane has a 14 mm Ar fill.").find("argon fill"), std::string::npos);
  EXPECT_NE(normalize_text("The gap holds 90% Ar gas.").find("percent argon gas"), std::string::npos);
}

TEST(MetalSymbols, LeftAloneElsewhere) {
  EXPECT_EQ(normalize_text("Ag Secretary Lee met farmers.").find("silver"), std::string::npos);
  EXPECT_EQ(normalize_text("He scored 40% in Pt 2 of the exam.").find("platinum"), std::string::npos);
  EXPECT_EQ(normalize_text("The Ar rating fell.").find("argon"), std::string::npos);
}

}  // namespace briefcast
