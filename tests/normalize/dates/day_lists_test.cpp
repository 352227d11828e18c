// Days of one month listed before it are ordinals, the first with "the".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DayLists, DaysBeforeTheirMonthAreOrdinals) {
  EXPECT_EQ(normalize_text("Drivers will strike on 2, 9 and 16 August."),
            "Drivers will strike on the second, ninth and the sixteenth of August.");
  EXPECT_EQ(normalize_text("The office shuts between 23 and 27 December."),
            "The office shuts between the twenty third and the twenty seventh of December.");
  EXPECT_EQ(normalize_text("shows on 4th or 5th October"), "shows on the fourth or the fifth of October");
}

TEST(DayLists, FiguresThatAreNoDaysStay) {
  // No word that a date follows: ages, counts.
  EXPECT_EQ(normalize_text("children aged 6, 8 and 10 March"), "children aged six, eight and the tenth of March");
  // A figure past a month's days ends the list.
  EXPECT_EQ(normalize_text("on 40 and 2 May").find("fortieth"), std::string::npos);
}

}  // namespace briefcast
