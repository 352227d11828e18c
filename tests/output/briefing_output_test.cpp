#include "output/briefing_output.h"

#include <gtest/gtest.h>

namespace briefcast {
namespace {

TEST(ClockDuration, MinutesAndZeroPaddedSeconds) {
  EXPECT_EQ(clock_duration(0, 22050), "0:00");
  EXPECT_EQ(clock_duration(22050 * 61, 22050), "1:01");
  EXPECT_EQ(clock_duration(22050 * 61 - 1, 22050), "1:00");  // whole seconds, rounded down
  EXPECT_EQ(clock_duration(48000LL * 3725, 48000), "62:05");  // minutes grow past an hour
  EXPECT_EQ(clock_duration(1000, 0), "0:00");                // no rate: nothing to divide by
}

OutputReport stereo_report() {
  OutputReport report;
  report.written = {"brief.mp3", "brief.vtt"};
  report.frames = 44100LL * 125;
  report.sample_rate_hz = 44100;
  report.channels = 2;
  return report;
}

TEST(DescribeOutput, NamesTheAudioItsLengthAndFormat) {
  EXPECT_EQ(describe_output(stereo_report(), 4), "brief.mp3: 4 chapter(s), 2:05 of audio, 44100 Hz, 2 channel(s)");
}

TEST(DescribeOutput, AddsTheLoudnessReachedWhenItNormalized) {
  OutputReport report = stereo_report();
  report.loudness_applied = true;
  report.loudness.target_lufs = -16;
  report.loudness.output_lufs = -16.04;
  report.loudness.output_true_peak_dbtp = -1.26;
  EXPECT_EQ(describe_output(report, 1),
            "brief.mp3: 1 chapter(s), 2:05 of audio, 44100 Hz, 2 channel(s), -16.0 LUFS (target -16.0), true peak -1.3 dBTP");
}

}  // namespace
}  // namespace briefcast
