// The period of a month abbreviated after its day.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MonthPeriods, GoesOnBeforeALowerCaseWord) {
  EXPECT_EQ(normalize_text("Entries close on 3rd Nov. at the club house."),
            "Entries close on the third of November at the club house.");
  // Before a capital that may open a sentence, the period stays.
  EXPECT_EQ(normalize_text("Entries closed on 3 Nov. The draw followed."),
            "Entries closed on the third of November. The draw followed.");
}

}  // namespace briefcast
