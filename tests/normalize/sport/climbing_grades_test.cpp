// The American grade of a rock climb.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ClimbingGrades, GradeBesideClimbingWords) {
  EXPECT_EQ(normalize_text("She led the 5.12c route on her first try"), "She led the five twelve C route on her first try");
  EXPECT_EQ(normalize_text("a crack climb graded 5.11+"), "a crack climb graded five eleven plus");
}

}  // namespace briefcast
