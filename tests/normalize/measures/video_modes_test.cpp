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

TEST(VideoModes, CameraAndMonitorCopy) {
  EXPECT_EQ(normalize_text("The camera records 8K/30p and 1080p/240 slow motion."),
            "The camera records eight K at thirty frames per second and ten eighty p at two hundred forty slow motion.");
  EXPECT_EQ(normalize_text("The panel does 1440p/144Hz."), "The panel does fourteen forty p at one hundred forty four hertz.");
  EXPECT_EQ(normalize_text("Drones now film 4K/120fps footage."),
            "Drones now film four K at one hundred twenty frames per second footage.");
}

}  // namespace briefcast
