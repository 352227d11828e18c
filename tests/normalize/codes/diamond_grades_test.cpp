// A diamond's colour and clarity grades joined by a slash.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DiamondGrades, ColourThenClarity) {
  EXPECT_EQ(normalize_text("The ring's stone is E/VVS1 and bright."), "The ring's stone is E, V V S one and bright.");
  EXPECT_EQ(normalize_text("a J-K/SI2 cluster"), "a J K, S I two cluster");
  EXPECT_EQ(normalize_text("a D/FL gem"), "a D, F L gem");
}

TEST(DiamondGrades, OtherLetterPairsStay) {
  EXPECT_EQ(normalize_text("an A/B test").find(','), std::string::npos);
  EXPECT_EQ(normalize_text("the F/A-18 jet").find(','), std::string::npos);
  EXPECT_EQ(normalize_text("a W/L record").find(','), std::string::npos);
}

}  // namespace briefcast
