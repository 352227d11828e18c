// The diameter sign before a length says what the length measures.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DiameterMarks, BeforeANounOneAdjective) {
  EXPECT_EQ(normalize_text("The kit has Ø 6 mm dowels."), "The kit has six-millimeter-diameter dowels.");
}

TEST(DiameterMarks, ElsewhereInDiameter) {
  EXPECT_EQ(normalize_text("Drains are Ø 160 mm, the plan says."),
            "Drains are one hundred sixty millimeters in diameter, the plan says.");
}

TEST(DiameterMarks, NoLengthNoDiameter) {
  // The sign before a figure with no length after it is left to the other rules.
  EXPECT_EQ(normalize_text("Ø 12 kg").find("diameter"), std::string::npos);
}

}  // namespace briefcast
