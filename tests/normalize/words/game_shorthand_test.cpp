// Game reports' shorthand said as words, each with its cue.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GameShorthand, OvertimesPointsBreakAndGuarantee) {
  EXPECT_NE(normalize_text("They won 88-85 in 3OT on Friday.").find("triple overtime"), std::string::npos);
  EXPECT_NE(normalize_text("a 3-pt shot at the buzzer").find("three-point shot"), std::string::npos);
  EXPECT_NE(normalize_text("Lyon won 2-1 (HT 0-1).").find("half-time"), std::string::npos);
  EXPECT_NE(normalize_text("a $60M deal with $41M gtd").find("guaranteed"), std::string::npos);
}

TEST(GameShorthand, WithoutTheCueItStays) {
  EXPECT_EQ(normalize_text("the HT cable was cut").find("half-time"), std::string::npos);
  EXPECT_EQ(normalize_text("the 5OT file").find("overtime"), std::string::npos);
  EXPECT_EQ(normalize_text("she said gtd twice").find("guaranteed"), std::string::npos);
}

}  // namespace briefcast
