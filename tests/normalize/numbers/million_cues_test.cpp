// A lower-case "m" after a figure is million, not meters, when the line gives it away: a
// participle of things counted follows, or a plural subject changes to it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(MillionCues, AScaledCountElsewhereLeavesALoneFigureAMeasure) {
  // A million elsewhere on the line says nothing of this figure: a lone whole one before a
  // plural stays a length.
  EXPECT_TRUE(has(normalize_text("Almost 3 million visitors came, and 2m screens were put up along the quay."),
                  "two-meter screens"));
  EXPECT_TRUE(has(normalize_text("Rs 4bn upgrade installs 3m hoardings on the bypass."), "three-meter hoardings"));
  EXPECT_FALSE(has(normalize_text("Nearly 6 million fans watched her clear 3m hurdles."), "million hurdles"));
}

TEST(MillionCues, ParticipleOfThingsCountedAfterAFigureWithAPoint) {
  EXPECT_TRUE(has(normalize_text("About 2.3m people were tested in 2022 and 0.64m infected with the virus."),
                  "zero point six four million infected"));
}

TEST(MillionCues, GenericParticipleAfterALengthKeepsTheMeter) {
  EXPECT_TRUE(has(normalize_text("The dam rose to 6.4m compared with 5.1m last spring, and 800 households were evacuated."),
                  "six point four meters compared"));
  EXPECT_TRUE(has(normalize_text("The swell reached 7.8m recorded at the buoy, and 2,000 homes lost power."),
                  "seven point eight meters recorded"));
  EXPECT_TRUE(has(normalize_text("The creek crested at 3.9m measured near the bridge, and 300 families left."),
                  "three point nine meters measured"));
  EXPECT_FALSE(has(normalize_text("The jumper cleared 2.31m required for the final, watched by 30,000 spectators."),
                   "million"));
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
