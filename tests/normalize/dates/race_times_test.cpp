// A race time written like a clock.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RaceTimes, AResultAfterItsCueIsMinutesAndSeconds) {
  EXPECT_EQ(normalize_text("She took the 5k title in 16:07."), "She took the five k title in sixteen minutes seven seconds.");
  EXPECT_EQ(normalize_text("He swam a time of 3:51 in the heat."), "He swam a time of three minutes fifty one seconds in the heat.");
  EXPECT_EQ(normalize_text("The veteran clocked 21:10 on the hilly course to win."),
            "The veteran clocked twenty one minutes ten seconds on the hilly course to win.");
}

TEST(RaceTimes, AResultBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("She ran a 2:24:05 marathon in Boston."),
            "She ran a two-hour-twenty-four-minute-five-second marathon in Boston.");
  EXPECT_EQ(normalize_text("He clocked a 14:59 run."), "He clocked a fourteen-minute-fifty-nine-second run.");
}

TEST(RaceTimes, AClockInARaceLineStaysAClock) {
  EXPECT_EQ(normalize_text("The race starts at 10:30."), "The race starts at ten thirty.");
  // A race named by its start, as racing copy names them.
  EXPECT_EQ(normalize_text("Her horse took the 4:05 race at Ascot."), "Her horse took the four oh five race at Ascot.");
  EXPECT_EQ(normalize_text("The marathon begins at 7:45 am."), "The marathon begins at seven forty five AM.");
  // No race word near: a time of day.
  EXPECT_EQ(normalize_text("The meeting ended in 10:15 chaos."), "The meeting ended in ten fifteen chaos.");
}

}  // namespace briefcast
