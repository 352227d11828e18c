// `build --loudness`: ffmpeg's own EBU R 128 meter finds the target within ±1 LU and the true
// peak at or under -1 dBTP, for mono and for 44.1 kHz stereo.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "tool_run.h"

namespace briefcast::test {
namespace {

struct Measured {
  double integrated_lufs = 0;
  double true_peak_dbtp = 0;
};

Measured ffmpeg_ebur128(const std::filesystem::path& audio) {
  ToolResult run = run_tool("ffmpeg -hide_banner -nostats -i " + audio.string() +
                            " -af ebur128=peak=true:framelog=verbose -f null - 2>&1");
  Measured measured;
  std::smatch match;
  EXPECT_TRUE(std::regex_search(run.output, match, std::regex(R"(I:\s+(-?[0-9.]+) LUFS\s+Threshold)")))
      << run.output.substr(run.output.size() > 2000 ? run.output.size() - 2000 : 0);
  if (!match.empty()) measured.integrated_lufs = std::stod(match[1]);
  EXPECT_TRUE(std::regex_search(run.output, match, std::regex(R"(True peak:\s+Peak:\s+(-?[0-9.]+) dBFS)")));
  if (!match.empty()) measured.true_peak_dbtp = std::stod(match[1]);
  return measured;
}

class Loudness : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = make_temp_dir("briefcast-loudness-"); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(Loudness, MonoDefaultIsMinus19Lufs) {
  ASSERT_EQ(build_briefing(dir_ / "mono.wav", ""), 0);
  Measured m = ffmpeg_ebur128(dir_ / "mono.wav");
  EXPECT_NEAR(m.integrated_lufs, -19.0, 1.0);
  EXPECT_LE(m.true_peak_dbtp, -1.0);
}

TEST_F(Loudness, StereoDefaultIsMinus16LufsAt44100) {
  ASSERT_EQ(build_briefing(dir_ / "stereo.wav", "--channels 2 --sample-rate 44100"), 0);
  ToolResult probe = run_tool("ffprobe -v error -show_entries stream=sample_rate,channels -of csv=p=0 " +
                              (dir_ / "stereo.wav").string());
  EXPECT_EQ(probe.output, "44100,2\n");
  Measured m = ffmpeg_ebur128(dir_ / "stereo.wav");
  EXPECT_NEAR(m.integrated_lufs, -16.0, 1.0);
  EXPECT_LE(m.true_peak_dbtp, -1.0);
}

TEST_F(Loudness, LossyFormatsDecodeUnderThePeakLimit) {
  for (const char* name : {"b.opus", "b.mp3", "b.m4a"}) {
    ASSERT_EQ(build_briefing(dir_ / name, ""), 0) << name;
    Measured m = ffmpeg_ebur128(dir_ / name);
    EXPECT_NEAR(m.integrated_lufs, -19.0, 1.0) << name;
    EXPECT_LE(m.true_peak_dbtp, -1.0) << name;
  }
}

TEST_F(Loudness, ExplicitTargetIsMet) {
  ASSERT_EQ(build_briefing(dir_ / "quiet.wav", "--loudness -23"), 0);
  Measured m = ffmpeg_ebur128(dir_ / "quiet.wav");
  EXPECT_NEAR(m.integrated_lufs, -23.0, 1.0);
  EXPECT_LE(m.true_peak_dbtp, -1.0);
}

TEST_F(Loudness, OffKeepsTheSynthesizedLevel) {
  ASSERT_EQ(build_briefing(dir_ / "raw.wav", "--loudness off"), 0);
  ASSERT_EQ(build_briefing(dir_ / "levelled.wav", ""), 0);
  Measured raw = ffmpeg_ebur128(dir_ / "raw.wav");
  Measured levelled = ffmpeg_ebur128(dir_ / "levelled.wav");
  // eSpeak NG speaks near -21 LUFS with peaks near full scale; off must not touch that.
  EXPECT_GT(raw.true_peak_dbtp, -1.0);
  EXPECT_GT(std::fabs(raw.integrated_lufs - levelled.integrated_lufs), 0.5);
}

TEST_F(Loudness, BadTargetIsAUsageError) {
  EXPECT_EQ(build_briefing(dir_ / "x.wav", "--loudness loud"), 2);
  EXPECT_EQ(build_briefing(dir_ / "x.wav", "--channels 3"), 2);
}

}  // namespace
}  // namespace briefcast::test
