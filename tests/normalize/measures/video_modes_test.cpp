// A resolution and a frame or refresh rate, slashed: the rate is said "at".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(VideoModes, ResolutionAtRate) {
  EXPECT_EQ(normalize_text("The drone films 5K/30fps footage."), "The drone films five K at thirty frames per second footage.");
  EXPECT_EQ(normalize_text("The panel runs 1440p/165Hz."), "The panel runs fourteen forty p at one hundred sixty five hertz.");
  EXPECT_EQ(normalize_text("It outputs 4K@120Hz."), "It outputs four K at one hundred twenty hertz.");
  EXPECT_EQ(normalize_text("It outputs 8K@60 too."), "It outputs eight K at sixty too.");
  EXPECT_EQ(normalize_text("It streams 720p/30 only."), "It streams seven twenty p at thirty only.");
}

TEST(VideoModes, OtherSlashesAreNoMode) {
  EXPECT_EQ(normalize_text("It shot 30fps."), "It shot thirty frames per second.");
  EXPECT_EQ(normalize_text("Pick 720p/1080p first.").find(" at "), std::string::npos);
  EXPECT_EQ(normalize_text("a 4K/33 split").find(" at "), std::string::npos);
  EXPECT_EQ(normalize_text("a 400MW/1,600MWh battery"), "a four-hundred-megawatt, sixteen-hundred-megawatt-hour battery");
}

}  // namespace briefcast
