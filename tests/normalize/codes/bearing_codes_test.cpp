// Rolling bearings by their number and the letters of their seals or shields.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BearingCodes, NumberFigureByFigureThenTheSealLetters) {
  // As the trade says them: "six two oh four", the seal's letters spelt.
  EXPECT_EQ(normalize_text("Swap the 6204-2RS for a sealed one."), "Swap the six two oh four two R S for a sealed one.");
  EXPECT_EQ(normalize_text("Wheels take 627-ZZ units."), "Wheels take six two seven Z Z units.");
  EXPECT_EQ(normalize_text("A 6001LLU costs less."), "A six oh oh one L L U costs less.");
  // One seal ("RS") among words of bearings.
  EXPECT_EQ(normalize_text("The bearing is a 6200-RS."), "The bearing is a six two oh oh R S.");
}

TEST(BearingCodes, OtherFiguresWithLettersStay) {
  // No seal's letters: a range, a price or a model is read by its own rule.
  EXPECT_EQ(normalize_text("Tickets cost 500RS each."), "Tickets cost five hundred RS each.");
  EXPECT_EQ(normalize_text("It scored 200-RS.").find("two oh oh"), std::string::npos);
}

}  // namespace briefcast
