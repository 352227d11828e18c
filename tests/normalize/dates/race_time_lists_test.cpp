// The race times of one list read alike.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RaceTimeLists, HoursAndMinutesInALongRace) {
  EXPECT_EQ(normalize_text("Marathon pacers lead groups at 3:15, 3:30 and 4:00 this year."),
            "Marathon pacers lead groups at three hours fifteen minutes, three hours thirty minutes and four hours this "
            "year.");
  EXPECT_EQ(normalize_text("In the triathlon she hoped for 2:20 or 2:30."),
            "In the triathlon she hoped for two hours twenty minutes or two hours thirty minutes.");
}

TEST(RaceTimeLists, MinutesAndSecondsInAnotherRace) {
  EXPECT_EQ(normalize_text("Over the mile relay their laps were 4:05, 4:11, and 4:00."),
            "Over the mile relay their laps were four minutes five seconds, four minutes eleven seconds, and four "
            "minutes.");
}

TEST(RaceTimeLists, ClockTimesElsewhereStay) {
  EXPECT_EQ(normalize_text("Buses leave at 6:15 and 7:00 daily."), normalize_text("Buses leave at 6:15 and 7:00 daily."));
  EXPECT_EQ(normalize_text("Buses leave at 6:15 and 7:00 daily.").find("hour"), std::string::npos);
}

}  // namespace briefcast
