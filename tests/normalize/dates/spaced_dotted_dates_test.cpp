// Dates written year first with a dot and a space after each part.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SpacedDottedDates, YearMonthDayWithDots) {
  EXPECT_EQ(normalize_text("The bridge reopened on 2024. 11. 03., officials said."),
            "The bridge reopened on the third of November twenty twenty four, officials said.");
  EXPECT_EQ(normalize_text("It was filed on 2023. 02. 28. in Pécs."), "It was filed on the twenty eighth of February twenty twenty three in Pécs.");
}

TEST(SpacedDottedDates, SentencesThatEndOnAYearAreNoDate) {
  // No dot after the count: a year ends one sentence and a count opens the next.
  EXPECT_EQ(normalize_text("It closed in 2019. 12 staff left.").find("December"), std::string::npos);
  // A thirteenth month is no date.
  EXPECT_EQ(normalize_text("It closed in 2019. 13. 4. again.").find("of"), std::string::npos);
}

}  // namespace briefcast
