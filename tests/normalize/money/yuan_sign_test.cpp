// The sign "¥" is said "yuan" in a passage about China and "yen" elsewhere.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(YuanSign, ChinesePassageSaysYuan) {
  EXPECT_EQ(normalize_text("Chinese shoppers spent \u00a5540bn during the festival."),
            "Chinese shoppers spent five hundred forty billion yuan during the festival.");
  EXPECT_EQ(normalize_text("Beijing set aside \u00a53 trillion for the plan."),
            "Beijing set aside three trillion yuan for the plan.");
}

TEST(YuanSign, JapaneseOrUnmarkedPassageKeepsYen) {
  EXPECT_EQ(normalize_text("The ticket costs \u00a51,200."), "The ticket costs one thousand two hundred yen.");
  EXPECT_EQ(normalize_text("Tokyo and Beijing each pledged \u00a5500m."),
            "Tokyo and Beijing each pledged five hundred million yen.");
  // China as a market of a company that reports in yen.
  EXPECT_EQ(normalize_text("The carmaker earned ¥900bn as China sales slowed."),
            "The carmaker earned nine hundred billion yen as China sales slowed.");
}

// A range in one word carries the yuan to both ends; a scale after it is left to the range rules.
TEST(YuanSign, GluedRangeInAChinesePassageSaysYuan) {
  EXPECT_EQ(normalize_text("In Hangzhou a crate of lychees sold for \u00a5210-\u00a5260 on Monday."),
            "In Hangzhou a crate of lychees sold for two hundred ten yuan to two hundred sixty yuan on Monday.");
  EXPECT_EQ(normalize_text("Shanghai rents rose to \u00a545-60 a night.").find("yen"), std::string::npos);
  EXPECT_EQ(normalize_text("Tokyo fares were \u00a5210-\u00a5260.").find("yuan"), std::string::npos);
}

}  // namespace briefcast
