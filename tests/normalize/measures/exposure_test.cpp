// Camera settings: apertures, shutter speeds and video frame rates.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(Exposure, ApertureIsNoSlash) {
  EXPECT_TRUE(has(normalize_text("Stop down to f/11 for the landscape."), "to f eleven for"));
  EXPECT_TRUE(has(normalize_text("a bright f/1.4 prime"), "f one point four prime"));
}

TEST(Exposure, ShutterSpeedIsAFractionOfASecond) {
  EXPECT_TRUE(has(normalize_text("Use 1/500s for birds."), "one five hundredth of a second for"));
  EXPECT_TRUE(has(normalize_text("at 1/60 sec handheld"), "one sixtieth of a second handheld"));
  EXPECT_FALSE(has(normalize_text("Only 1/50 of votes were cast."), "second"));
}

TEST(Exposure, FrameRateBesideVideo) {
  EXPECT_TRUE(has(normalize_text("It records 4K video at 60p."), "sixty p"));
  // Pence elsewhere.
  EXPECT_TRUE(has(normalize_text("A stamp costs 60p now."), "pence"));
  EXPECT_TRUE(has(normalize_text("The video app costs \xc2\xa3" "1 or 60p a week."), "pence"));
}

TEST(Exposure, LensNamedByFocalLengthAndAperture) {
  EXPECT_NE(normalize_text("The 85mm f/1.4 is sharp.").find("eighty-five-millimeter f one point four"), std::string::npos);
  EXPECT_NE(normalize_text("a 16-35mm f/4 zoom").find("sixteen-to-thirty-five-millimeter f four zoom"), std::string::npos);
}

TEST(Exposure, ApertureOfAZoomAsARange) {
  EXPECT_EQ(normalize_text("Shoot the 70-300mm f/4-5.6 wide open."),
            "Shoot the seventy-to-three-hundred-millimeter f four to five point six wide open.");
}

TEST(Exposure, SensorOpticalFormat) {
  EXPECT_EQ(normalize_text("It has a 1/2.55 inch sensor."), "It has a one over two point five five inch sensor.");
  EXPECT_EQ(normalize_text("A 1/1.7-inch sensor sits behind it."), "A one-over-one-point-seven-inch sensor sits behind it.");
  // A fraction with no point in its bottom stays a fraction.
  EXPECT_EQ(normalize_text("Mix 1/2 cup of flour."), "Mix half a cup of flour.");
}

TEST(Exposure, HighFrameRatesInPairs) {
  EXPECT_TRUE(has(normalize_text("The camcorder can film slow motion at 240p in short bursts."), "two forty p"));
  EXPECT_TRUE(has(normalize_text("Its sensor gives clean footage, even in low light, at up to 120p."), "one twenty p"));
  EXPECT_TRUE(has(normalize_text("Bread is up to 120p a loaf."), "one hundred twenty pence"));
}

TEST(Exposure, PenceBesideAWordOfPayingOrACamera) {
  EXPECT_TRUE(has(normalize_text("Tourists paid 30p extra for camera straps at the gate."), "thirty pence"));
  EXPECT_TRUE(has(normalize_text("Film rolls cost 60p more after the video shop shut."), "sixty pence"));
  // A word of video nearer than a word of paying keeps the frame rate.
  EXPECT_TRUE(has(normalize_text("The phone costs less but shoots footage at 60p all day."), "sixty p"));
}

TEST(Exposure, ChromaSubsamplingBesideVideo) {
  EXPECT_TRUE(has(normalize_text("The camcorder records 10-bit 4:2:0 internally."), "four-two-zero"));
  EXPECT_TRUE(has(normalize_text("External recorders take 4:4:4:4 video over SDI."), "four-four-four-four video"));
  // Without words of video it stays a ratio.
  EXPECT_FALSE(has(normalize_text("They split the seats 4:2:2 after the vote."), "four-two-two"));
}

}  // namespace briefcast
