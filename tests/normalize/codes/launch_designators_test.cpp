// A spacecraft's international designator: a year, a launch number and a piece's letters.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LaunchDesignators, ReadAsOneCode) {
  EXPECT_EQ(normalize_text("Debris tagged 2021-088D fell."), "Debris tagged twenty twenty one dash oh eight eight D fell.");
  EXPECT_EQ(normalize_text("the 2019-145BK fragment"), "the twenty nineteen dash one forty five B.K fragment");
}

TEST(LaunchDesignators, NoRangeNorTemperature) {
  EXPECT_EQ(normalize_text("object 2022-137C drifted").find("Celsius"), std::string::npos);
  // Without the letters a year pair is still a range.
  EXPECT_EQ(normalize_text("in the 2021-22 season"), "in the twenty twenty one to twenty two season");
}

}  // namespace briefcast
