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

TEST(MonthPeriods, GoesOnBeforeAClockTime) {
  EXPECT_EQ(normalize_text("Voting opens on 4 Mar. 09:30 and closes on 6 Mar. 17:00."),
            "Voting opens on the fourth of March nine thirty and closes on the sixth of March five PM.");
  // A count after the date may open a sentence: the period stays.
  EXPECT_EQ(normalize_text("The fair ended on 4 Mar. 12 stalls had sold out."),
            "The fair ended on the fourth of March. twelve stalls had sold out.");
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

TEST(MonthPeriods, SlashedMonthAbbreviationsAreSaidInFull) {
  EXPECT_EQ(normalize_text("Mills booked Apr/May cargoes."), "Mills booked April-May cargoes.");
  EXPECT_EQ(normalize_text("the Nov/Dec/Jan quarter"), "the November, December, January quarter");
}

TEST(MonthPeriods, SlashedWordsThatAreNotAllMonthsStay) {
  EXPECT_EQ(normalize_text("He said Jan/Sam."), "He said Jan Sam.");
}

}  // namespace briefcast
