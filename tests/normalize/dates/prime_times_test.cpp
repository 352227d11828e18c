// Minutes and seconds written with primes, spaced apart, in a result or a gap of a race.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PrimeTimes, AfterHoursThePrimesAreMinutesAndSeconds) {
  EXPECT_EQ(normalize_text("She took the queen stage in 5h 03' 17\"."),
            "She took the queen stage in five hours three minutes seventeen seconds.");
}

TEST(PrimeTimes, AfterAResultWordInARaceLine) {
  EXPECT_EQ(normalize_text("The Dane clocked 14' 52\" on the time-trial course."),
            "The Dane clocked fourteen minutes fifty two seconds on the time-trial course.");
  EXPECT_EQ(normalize_text("The leader finished in 27' 09\" after the descent."),
            "The leader finished in twenty seven minutes nine seconds after the descent.");
}

TEST(PrimeTimes, AnglesHeightsAndTheSkyKeepTheirReadings) {
  // After degrees: parts of a degree.
  EXPECT_NE(normalize_text("The wreck lies at 43° 17' 44\" north.").find("seventeen arcminutes"), std::string::npos);
  // Beside words of the sky: parts of a degree too.
  EXPECT_EQ(normalize_text("The comet was at declination 14' 52\" in the finder.").find(" minutes"), std::string::npos);
  // A height in feet and inches.
  EXPECT_EQ(normalize_text("The centre stands 6' 11\" tall."), "The centre stands six foot eleven tall.");
  // No race and no hours: nothing says it is a time.
  EXPECT_EQ(normalize_text("The plank measured 14' 52\" on the sketch.").find(" minutes"), std::string::npos);
}

}  // namespace briefcast
