// `build --captions`: cues that ffmpeg reads, one per spoken sentence, starting where the
// audio itself (ffmpeg's silencedetect) shows speech starting.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <cmath>
#include <fstream>
#include <regex>

#include "tool_run.h"

namespace briefcast::test {
namespace {

struct Cue {
  double start_s;
  double end_s;
  std::string text;
};

std::vector<Cue> probe_cues(const std::filesystem::path& captions) {
  ToolResult probe = run_tool("ffprobe -v error -show_packets -show_entries packet=pts_time,duration_time "
                              "-of json " + captions.string());
  EXPECT_EQ(probe.exit_code, 0);
  std::vector<Cue> cues;
  const nlohmann::json result = nlohmann::json::parse(probe.output);
  for (const auto& packet : result["packets"]) {
    double start = std::stod(packet["pts_time"].get<std::string>());
    cues.push_back({start, start + std::stod(packet["duration_time"].get<std::string>()), ""});
  }
  return cues;
}

// Times where speech resumes after at least 0.25 s of quiet, as ffmpeg hears them.
std::vector<double> speech_onsets(const std::filesystem::path& audio) {
  ToolResult run = run_tool("ffmpeg -hide_banner -nostats -i " + audio.string() +
                            " -af silencedetect=noise=-45dB:d=0.25 -f null - 2>&1");
  std::vector<double> onsets;
  std::regex pattern(R"(silence_end: ([0-9.]+))");
  for (auto it = std::sregex_iterator(run.output.begin(), run.output.end(), pattern); it != std::sregex_iterator(); ++it) {
    onsets.push_back(std::stod((*it)[1]));
  }
  return onsets;
}

class Captions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = make_temp_dir("briefcast-captions-");
    ASSERT_EQ(build_briefing(dir_ / "briefing.wav", "--captions " + (dir_ / "briefing.vtt").string()), 0);
    ASSERT_EQ(build_briefing(dir_ / "again.wav", "--captions " + (dir_ / "briefing.srt").string()), 0);
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }
  static inline std::filesystem::path dir_;
};

TEST_F(Captions, OneCuePerHeadlineAndSentence) {
  std::vector<Cue> cues = probe_cues(dir_ / "briefing.vtt");
  // Two intro sentences, three headlines, 6 + 5 + 5 body sentences, one outro sentence.
  EXPECT_EQ(cues.size(), 22u);
  for (std::size_t i = 1; i < cues.size(); ++i) {
    EXPECT_GT(cues[i].start_s, cues[i - 1].start_s);
    EXPECT_GE(cues[i].start_s, cues[i - 1].end_s);  // sentences never overlap
  }
  EXPECT_EQ(probe_cues(dir_ / "briefing.srt").size(), cues.size());
}

TEST_F(Captions, CuesStartWhereSpeechStarts) {
  std::vector<Cue> cues = probe_cues(dir_ / "briefing.vtt");
  std::vector<double> onsets = speech_onsets(dir_ / "briefing.wav");
  ASSERT_FALSE(onsets.empty());
  for (std::size_t i = 1; i < cues.size(); ++i) {
    double nearest = 1e9;
    for (double onset : onsets) nearest = std::min(nearest, std::fabs(onset - cues[i].start_s));
    EXPECT_LT(nearest, 0.15) << "cue " << i + 1 << " at " << cues[i].start_s << " s";
  }
}

TEST_F(Captions, ShowTheWrittenText) {
  std::ifstream in(dir_ / "briefing.vtt");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text.rfind("WEBVTT\n", 0), 0u);
  EXPECT_NE(text.find("\nHarbor Ferry Returns After Winter Repairs\n"), std::string::npos);
  EXPECT_NE(text.find("\nCrews replaced both engines and repainted the hull.\n"), std::string::npos);
}

TEST_F(Captions, OtherExtensionsAreAUsageError) {
  EXPECT_EQ(build_briefing(dir_ / "x.wav", "--captions " + (dir_ / "x.txt").string()), 2);
}

}  // namespace
}  // namespace briefcast::test
