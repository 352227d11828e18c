// An undotted weekday before a clock time.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(WeekdayClocks, InventedSentences) {
  EXPECT_EQ(normalize_text("The depot is staffed Sun 08:00-14:00 and Thurs 7pm."),
            "The depot is staffed Sunday eight AM to two PM and Thursday seven PM.");
  EXPECT_EQ(normalize_text("The Sun 10:00 edition carried the story."),
            "The Sun ten o'clock edition carried the story.");
}

TEST(WeekdayClocks, AShortDayAfterAClockAndItsHours) {
  EXPECT_EQ(normalize_text("Bookings close at 1700 hrs Thu and reopen at 0900 hours Mon."),
            "Bookings close at seventeen hundred hours Thursday and reopen at oh nine hundred hours Monday.");
  // After a count of hours the word is left to the other rules.
  EXPECT_EQ(normalize_text("She worked 12 hours Sat and Sun.").find("Saturday"), std::string::npos);
}

}  // namespace briefcast
