// The shorthand of rivers, tides and flood risk, among their words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(WaterWords, RiverNamedAfterR) {
  EXPECT_EQ(normalize_text("Flood warnings are in force on the R. Wensum tonight."),
            "Flood warnings are in force on the River Wensum tonight.");
  // A person's initial, without a word of rivers, stays.
  EXPECT_EQ(normalize_text("He thanked the R. Jones family.").find("River"), std::string::npos);
}

TEST(WaterWords, ChartDatum) {
  EXPECT_EQ(normalize_text("The tide reached 5.1 m above CD at noon."),
            "The tide reached five point one meters above chart datum at noon.");
  EXPECT_EQ(normalize_text("Sales stayed above CD levels.").find("chart datum"), std::string::npos);
}

TEST(WaterWords, FlowInCubicFeetPerSecond) {
  EXPECT_EQ(normalize_text("The creek ran at 2,300 cfs on Sunday."),
            "The creek ran at twenty three hundred cubic feet per second on Sunday.");
}

TEST(WaterWords, FloodChanceIsOneInSoMany) {
  EXPECT_EQ(normalize_text("The wall guards the town against a 1:100 flood."),
            "The wall guards the town against a one in one hundred flood.");
  EXPECT_EQ(normalize_text("River models test a 1:1000-year storm."),
            "River models test a one-in-one-thousand-year storm.");
  // A scale or a slope by the river stays a ratio.
  EXPECT_EQ(normalize_text("A 1:50 model of the river weir was built.").find("one in"), std::string::npos);
  EXPECT_EQ(normalize_text("The odds were 1:200 design ratios.").find("one in"), std::string::npos);
}

TEST(WaterWords, ARiverLevelKeepsItsPoint) {
  EXPECT_EQ(normalize_text("The river rose to 3.42 m at the gauge."), "The river rose to three point four two meters at the gauge.");
  EXPECT_EQ(normalize_text("She cleared 1.94 m in the final."), "She cleared one meter ninety four in the final.");
}

TEST(WaterWords, LevelAboveOrdnanceDatumIsInMeters) {
  EXPECT_EQ(normalize_text("The borehole read 61.3 m AOD today.").find("million"), std::string::npos);
  EXPECT_NE(normalize_text("The borehole read 61.3 m AOD today.").find("meters"), std::string::npos);
}

}  // namespace briefcast
