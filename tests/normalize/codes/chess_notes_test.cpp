// Chess report shorthand beside the moves: half-point scores, time controls, rating classes,
// the pieces of an ending, and minutes on the clock.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ChessNotes, HalfPointScores) {
  EXPECT_EQ(normalize_text("the club won 3½–2½ on Tuesday"), "the club won three and a half to two and a half on Tuesday");
  EXPECT_EQ(normalize_text("a narrow 4½-3½ defeat"), "a narrow four and a half to three and a half defeat");
  EXPECT_EQ(normalize_text("they lost ½–1½ in the final"), "they lost a half to one and a half in the final");
  // A range of such figures reads the same words; a drawn game's "½-½" is left to others.
  EXPECT_EQ(normalize_text("add 1½–2½ cups of stock"), "add one and a half to two and a half cups of stock");
}

TEST(ChessNotes, TimeControls) {
  EXPECT_EQ(normalize_text("all rounds are G/45;d5 this year"),
            "all rounds are game in forty five minutes, five-second delay this year");
  EXPECT_EQ(normalize_text("the open uses G/90+30 throughout"),
            "the open uses game in ninety minutes plus a thirty-second increment throughout");
  EXPECT_EQ(normalize_text("the final is G/30 sudden death"), "the final is game in thirty minutes sudden death");
}

TEST(ChessNotes, RatingClassesInAChessLine) {
  EXPECT_EQ(normalize_text("the U2000 prize at the chess festival went to a junior"),
            "the under two thousand prize at the chess festival went to a junior");
  EXPECT_EQ(normalize_text("the U1600 section filled up"), "the under sixteen hundred section filled up");
  // Outside a line about chess the letters and figure are left to the other rules.
  EXPECT_EQ(normalize_text("the U1600 router ships soon").find("under"), std::string::npos);
}

TEST(ChessNotes, PiecesOfAnEnding) {
  EXPECT_EQ(normalize_text("a long K+Q v K+R grind"), "a long king and queen versus king and rook grind");
  EXPECT_EQ(normalize_text("the classic R+3P v. R+2P case"), "the classic rook and three pawns versus rook and two pawns case");
  EXPECT_EQ(normalize_text("a drawn K+N+B v K endgame"), "a drawn king, knight and bishop versus king endgame");
  EXPECT_EQ(normalize_text("he reached a K+R ending against the grandmaster"),
            "he reached a king and rook ending against the grandmaster");
  // Letters joined by a plus outside chess stay letters.
  EXPECT_EQ(normalize_text("the new R+B playlist").find("rook"), std::string::npos);
  EXPECT_EQ(normalize_text("Smith v Jones").find("king"), std::string::npos);
}

TEST(ChessNotes, MinutesOnTheClock) {
  EXPECT_EQ(normalize_text("each side had 3′ in the blitz final"), "each side had three minutes in the blitz final");
  EXPECT_EQ(normalize_text("with 1′ left on the clock"), "with one minute left on the clock");
  // Without a clock's word a prime stays for the measure rules (feet, arcminutes).
  EXPECT_EQ(normalize_text("the wall was 6′ high").find("minute"), std::string::npos);
}

TEST(ChessNotes, AnnotationMarksMidSentence) {
  EXPECT_EQ(normalize_text("after 31.Rxf7!! the defence collapsed"),
            "after thirty one rook takes f-seven the defence collapsed");
  EXPECT_EQ(normalize_text("but 14.Nd5?! and 15.c4 followed"), "but fourteen knight d-five and fifteen c-four followed");
  EXPECT_EQ(normalize_text("then 22...Qg5?? 23.Rxg5 won"), "then twenty two, queen g-five twenty three rook takes g-five won");
  // At the end of a sentence the mark stays, as the stop it is.
  EXPECT_EQ(normalize_text("He won with 40.Qh7!! The crowd rose."), "He won with forty queen h-seven!! The crowd rose.");
}

TEST(ChessNotes, ScoreOutOfTheRoundsNotADate) {
  EXPECT_EQ(normalize_text("the grandmaster is on 5/7 with two rounds of the chess open left"),
            "the grandmaster is on five out of seven with two rounds of the chess open left");
  // Without a word of chess "on 5/7" stays a date.
  EXPECT_EQ(normalize_text("the hearing is on 5/7 at noon").find("out of"), std::string::npos);
}

}  // namespace briefcast
