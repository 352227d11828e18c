// Abbreviations that travel with a sum: "min." and "max." before it, "p.a." after its rate.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AmountAbbreviations, LimitsBeforeASumAndAYearAfterARate) {
  EXPECT_EQ(normalize_text("Bids open at min. $1,500 for the lot."), "Bids open at minimum one thousand five hundred dollars for the lot.");
  EXPECT_NE(normalize_text("Fines run to max. \u00a3900, the council said.").find("maximum nine hundred pounds"), std::string::npos);
  EXPECT_NE(normalize_text("Tuition is A$24,000 per student p.a. at the college.").find("per student per annum at"),
            std::string::npos);
  EXPECT_NE(normalize_text("The bond pays 4.1% p.a. until 2030.").find("percent per annum until"), std::string::npos);
  // A minute, a name or letters with no sum beside them stay as they are.
  EXPECT_EQ(normalize_text("Wait 5 min. Then stir.").find("minimum"), std::string::npos);
  EXPECT_EQ(normalize_text("The p.a. system failed twice.").find("annum"), std::string::npos);
}

}  // namespace briefcast
