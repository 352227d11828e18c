// Figure skating's jump codes said as commentators say them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SkatingJumps, TurnsAndTheJumpAmongWordsOfSkating) {
  EXPECT_EQ(normalize_text("The skater opened with a clean 3A in her short program."),
            "The skater opened with a clean triple Axel in her short program.");
  EXPECT_EQ(normalize_text("He landed 4T+2T and then a 3Lo late in the free skate."),
            "He landed quad toe loop, double toe loop and then a triple loop late in the free skate.");
  // A judges' call after the jump is not said.
  EXPECT_EQ(normalize_text("Her 3F! cost points in the skating final."), "Her triple flip cost points in the skating final.");
  EXPECT_EQ(normalize_text("The 2Lz< was marked down by the skating judges."),
            "The double Lutz was marked down by the skating judges.");
}

TEST(SkatingJumps, WordsOfJumpsAndJudgingAreCuesToo) {
  EXPECT_EQ(normalize_text("Her 3Lz was ruled under-rotated on review."),
            "Her triple Lutz was ruled under-rotated on review.");
  EXPECT_EQ(normalize_text("The technical panel downgraded his 4S late on."),
            "The technical panel downgraded his quad Salchow late on.");
  // An edge call's mark after a flip, with the next jump glued on by "+".
  EXPECT_EQ(normalize_text("A 3F!+2T got an edge call and she doubled her 2A."),
            "A triple flip, double toe loop got an edge call and she doubled her double Axel.");
}

TEST(SkatingJumps, ClassesAndSizesStay) {
  // A word of jumps alone does not make a bare "3F" or "2A" a jump; a protocol's code it does.
  EXPECT_EQ(normalize_text("The long jump final is at gate 2A, block 3F.").find("Axel"), std::string::npos);
  EXPECT_EQ(normalize_text("Her best jump, a 3Lz+2T, came late."), "Her best jump, a triple Lutz, double toe loop, came late.");
  // Judging words and jump words elsewhere: rooms, engines, prices.
  EXPECT_EQ(normalize_text("The technical panel of the inquiry met in Room 3A on Tuesday.").find("Axel"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The price of the 3Lo model jumps next month.").find("loop"), std::string::npos);
  EXPECT_EQ(normalize_text("The referee's edge call in the 3T bout was disputed.").find("toe"), std::string::npos);
  EXPECT_EQ(normalize_text("Under-rotated shafts were found in the 2A engines.").find("Axel"), std::string::npos);
  EXPECT_EQ(normalize_text("His 4Lo and 3Eu elements were judged clean."),
            "His quad loop and triple Euler elements were judged clean.");
  // The weather may use the same words as jumps.
  EXPECT_EQ(normalize_text("Temperatures will jump from -10F to 3F by noon.").find("flip"), std::string::npos);
  EXPECT_EQ(normalize_text("Pupils in 3A sat the test early.").find("Axel"), std::string::npos);
  EXPECT_EQ(normalize_text("The shop sold 2S and 4F shirts.").find("flip"), std::string::npos);
  // A scorer's line on the ice: goals and assists.
  EXPECT_EQ(normalize_text("She skated well and had 1G, 2A in the quad-overtime win.").find("Axel"), std::string::npos);
}

}  // namespace briefcast
