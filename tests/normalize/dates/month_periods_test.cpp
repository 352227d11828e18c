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

TEST(MonthPeriods, MonthAfterItsEdge) {
  EXPECT_EQ(normalize_text("Stocks were low at end-Nov., the agency said."),
            "Stocks were low at end-November, the agency said.");
  EXPECT_EQ(normalize_text("Prices eased from mid-Feb. onwards."),
            "Prices eased from mid-February onwards.");
}

TEST(MonthPeriods, AnEdgeOfAMonthInsideABracket) {
  EXPECT_EQ(normalize_text("The pool opens in summer (early-Jun to late-Sep)."),
            "The pool opens in summer (early-June to late-September).");
}

}  // namespace briefcast
