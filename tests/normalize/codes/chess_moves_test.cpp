// Chess moves after their move numbers.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ChessMoves, MovesAfterTheirNumber) {
  EXPECT_EQ(normalize_text("he answered 1.d4 at once"), "he answered one d-four at once");
  EXPECT_EQ(normalize_text("the quiet 31.Bb3 won"), "the quiet thirty one bishop b-three won");
  EXPECT_EQ(normalize_text("then 40...Rxa2+ drew"), "then forty, rook takes a-two check drew");
  EXPECT_EQ(normalize_text("after 12.exd5 and"), "after twelve e takes d-five and");
  EXPECT_EQ(normalize_text("she played 8.O-O early"), "she played eight castles early");
  EXPECT_EQ(normalize_text("and 55.g8=Q# ended it"), "and fifty five g-eight promotes to queen mate ended it");
}

TEST(ChessMoves, BlacksReplyAfterWhitesNumberedMove) {
  EXPECT_EQ(normalize_text("1.d4 Nf6 2.c4 e6"), "one d-four knight f-six two c-four e-six");
  // After a figure that is no move, a word with a square's shape is left alone.
  EXPECT_EQ(normalize_text("rose 2.5 b3 units").find("b-three"), std::string::npos);
}

TEST(ChessMoves, OtherFiguresWithAPeriodAreNoMoves) {
  EXPECT_EQ(normalize_text("rose 1.5 points").find("-"), std::string::npos);
}

}  // namespace briefcast
