// A measure glued to its figure: a length in feet and inches written with the marks.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AttachedMeasures, FeetWithNoInchesOverSayOh) {
  EXPECT_EQ(normalize_text("She rode a 7'0\" funboard at the point."), "She rode a seven foot oh funboard at the point.");
  // Inches over are said as the figure.
  EXPECT_EQ(normalize_text("The forward is 6'4\" and quick."), "The forward is six foot four and quick.");
}

}  // namespace briefcast
