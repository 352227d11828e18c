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

TEST(RunningTimes, TimesInPartsDownToSeconds) {
  EXPECT_EQ(normalize_text("The rowers crossed the Atlantic in 35d 14h 3m."),
            "The rowers crossed the Atlantic in thirty five days fourteen hours three minutes.");
  EXPECT_EQ(normalize_text("Her solo record stood at 2h 5m 9s until Sunday."),
            "Her solo record stood at two hours five minutes nine seconds until Sunday.");
  EXPECT_EQ(normalize_text("He finished 1h 1m 1s behind."),
            "He finished one hour one minute one second behind.");
}

TEST(RunningTimes, SpacedHoursAndMinutes) {
  EXPECT_EQ(normalize_text("Waits averaged 3 h 40 m last week."), "Waits averaged three hours forty minutes last week.");
  // Metres after a figure with no hours before them stay metres.
  EXPECT_EQ(normalize_text("a 40 m drop"), normalize_text("a 40 m drop"));
  EXPECT_NE(normalize_text("he ran 3 km 40 m"), "he ran three km forty minutes");
}

}  // namespace briefcast
