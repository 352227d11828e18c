// Hours and minutes written with unit letters.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RunningTimes, BeforeTheirNounOneCompoundAdjective) {
  EXPECT_EQ(normalize_text("It is a 2h 14m thriller."), "It is a two-hour-fourteen-minute thriller.");
  EXPECT_EQ(normalize_text("Expect a 3hr 40min wait."), "Expect a three-hour-forty-minute wait.");
}

TEST(RunningTimes, AloneAnAmount) {
  EXPECT_EQ(normalize_text("The cut runs 2h 14m."), "The cut runs two hours fourteen minutes.");
  EXPECT_EQ(normalize_text("The cut runs 2h14m."), "The cut runs two hours fourteen minutes.");
  EXPECT_EQ(normalize_text("The cut runs 01h05m."), "The cut runs one hour five minutes.");
}

}  // namespace briefcast
