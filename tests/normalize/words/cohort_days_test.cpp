// The days of cohort metrics listed with slashes, beside a word of those metrics.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CohortDays, DaysOfRetention) {
  EXPECT_EQ(normalize_text("Its D3/D14 retention fell."), "Its day three and day fourteen retention fell.");
  EXPECT_EQ(normalize_text("the D1/D7/D60 cohort figures"), "the day one, day seven and day sixty cohort figures");
}

TEST(CohortDays, OtherDCodesStay) {
  // No word of the metrics: a list of grades or of roads.
  EXPECT_EQ(normalize_text("Pupils sat D1/D2 papers.").find("day"), std::string::npos);
  EXPECT_EQ(normalize_text("The D5/D7 junction shut.").find("day"), std::string::npos);
}

}  // namespace briefcast
