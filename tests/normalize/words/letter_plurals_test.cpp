// A capital letter's plural after a count: grades, strikeouts, a target's centre ring.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LetterPlurals, SaidAsTheLettersPlural) {
  EXPECT_EQ(normalize_text("She left school with four As and a B."), "She left school with four A's and a B.");
  EXPECT_EQ(normalize_text("He logged 7 Ks in relief."), "He logged seven K's in relief.");
}

TEST(LetterPlurals, OnlyAfterACount) {
  EXPECT_EQ(normalize_text("The As won the game."), "The As won the game.");
  EXPECT_EQ(normalize_text("As the tide turned, two boats left."), "As the tide turned, two boats left.");
}

TEST(LetterPlurals, TitleCaseWordsStayWords) {
  EXPECT_EQ(normalize_text("How Four Is Better Than Three"), "How Four Is Better Than Three");
  EXPECT_EQ(normalize_text("1990 As We Knew It"), "nineteen ninety As We Knew It");
  EXPECT_EQ(normalize_text("She earned three As and two Bs."), "She earned three A's and two B's.");
}

}  // namespace briefcast
