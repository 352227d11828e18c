// A lower-case "m" after a figure is million, not meters, when the line gives it away: other
// figures carry their scale, a participle clause follows, or a plural subject changes to it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(MillionCues, OneFigureBeforeAPluralInALineOfScaledSums) {
  EXPECT_TRUE(has(normalize_text("The plan funds 3m vaccinations this year and 2bn doses by 2030."),
                  "three million vaccinations"));
  EXPECT_TRUE(has(normalize_text("The network logs 4m sessions a day against 1.2 billion a year ago."),
                  "four million sessions"));
}

TEST(MillionCues, ParticipleClauseAfterAFigureWithAPoint) {
  EXPECT_TRUE(has(normalize_text("About 2.3m people were treated in 2022 and 0.81m admitted to wards."),
                  "zero point eight one million admitted"));
}

TEST(MillionCues, PluralSubjectWithAParticipleAndAYearOnYearChange) {
  EXPECT_TRUE(has(normalize_text("Permits granted in March rose 12% y/y to 2.6m, the agency said."),
                  "two point six million"));
}

TEST(MillionCues, LengthsStayMeters) {
  EXPECT_TRUE(has(normalize_text("She cleared 1.60m to win the high jump."), "meter"));
  EXPECT_TRUE(has(normalize_text("The 400m final starts at 8pm."), "meter"));
  EXPECT_TRUE(has(normalize_text("The contract is worth \u00a33m and covers 2m fences along the road."), "meter"));
  // A sum of money beside them makes no count of things lengths are given for.
  EXPECT_TRUE(has(normalize_text("The \u00a38m bridge needs 6m piers and new railings."), "six-meter piers"));
  EXPECT_TRUE(has(normalize_text("The shelf, 1.2m mounted on the wall, holds the urns."), "meter"));
  EXPECT_TRUE(has(normalize_text("Water levels rose 20% to 2.5m, flooding the square."), "meter"));
}

}  // namespace briefcast
