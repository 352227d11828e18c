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

TEST(SkatingJumps, ClassesAndSizesStay) {
  EXPECT_EQ(normalize_text("Pupils in 3A sat the test early.").find("Axel"), std::string::npos);
  EXPECT_EQ(normalize_text("The shop sold 2S and 4F shirts.").find("flip"), std::string::npos);
  // A scorer's line on the ice: goals and assists.
  EXPECT_EQ(normalize_text("She skated well and had 1G, 2A in the quad-overtime win.").find("Axel"), std::string::npos);
}

}  // namespace briefcast
