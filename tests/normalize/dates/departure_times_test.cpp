// Services named by their departure time with a period.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DepartureTimes, TheTimeBeforeItsRoute) {
  EXPECT_EQ(normalize_text("the 17.05 to York was late"), "the seventeen oh five to York was late");
  EXPECT_EQ(normalize_text("The 22.30 from Euston"), "The twenty two thirty from Euston");
  EXPECT_EQ(normalize_text("the 6.00 service"), "the six o'clock service");
}

TEST(DepartureTimes, FiguresThatAreNoTimes) {
  EXPECT_EQ(normalize_text("the 2.50 to 3.10 band").find("two fifty"), std::string::npos);
  EXPECT_EQ(normalize_text("the 18.75 to beat").find("eighteen seventy"), std::string::npos);
  EXPECT_EQ(normalize_text("the 12.40 figure").find("twelve forty"), std::string::npos);
}

TEST(DepartureTimes, RaceByItsOffTimeAndCourse) {
  EXPECT_NE(normalize_text("She won the 2.55 at Kempton.").find("the two fifty five at Kempton"), std::string::npos);
  EXPECT_NE(normalize_text("the 4.10 race was abandoned").find("four ten race"), std::string::npos);
}

TEST(DepartureTimes, TheTwentyFourHourClockWithNoPeriod) {
  EXPECT_EQ(normalize_text("The 0640 ferry was full."), "The oh six forty ferry was full.");
  EXPECT_EQ(normalize_text("Take the 0900 to Oban."), "Take the oh nine hundred to Oban.");
  // Four figures with no zero before "to" are a span or a count, not a service.
  EXPECT_EQ(normalize_text("Crowds grew from the 1500 to 2000 mark."), "Crowds grew from the fifteen hundred to two thousand mark.");
  // Without the hour's zero, four figures before a service's noun are a year or a count.
  EXPECT_EQ(normalize_text("The 2000 race went to the courts.").find("twenty hundred"), std::string::npos);
  EXPECT_EQ(normalize_text("the 1000 service members").find("ten hundred"), std::string::npos);
}

}  // namespace briefcast
