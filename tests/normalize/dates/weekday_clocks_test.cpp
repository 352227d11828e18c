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

}  // namespace briefcast
