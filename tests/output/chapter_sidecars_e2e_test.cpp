// `build --chapters all`: the sidecar files are read by the programs they are for.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tool_run.h"

namespace briefcast::test {
namespace {

class ChapterSidecars : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = make_temp_dir("briefcast-sidecars-");
    ASSERT_FALSE(dir_.empty());
    ASSERT_EQ(build_briefing(dir_ / "briefing.wav", "--chapters all"), 0);
    // The WAV's own chapters, read by ffprobe, are the reference for every sidecar.
    ToolResult probe = run_tool("ffprobe -v error -show_chapters -of json " + (dir_ / "briefing.wav").string());
    ASSERT_EQ(probe.exit_code, 0);
    wav_chapters_ = nlohmann::json::parse(probe.output)["chapters"];
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }

  static std::string read(const std::string& name) {
    std::ifstream in(dir_ / name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  static double wav_start_s(std::size_t i) { return std::stod(wav_chapters_[i]["start_time"].get<std::string>()); }

  static inline std::filesystem::path dir_;
  static inline nlohmann::json wav_chapters_;
};

TEST_F(ChapterSidecars, WritesEveryFormatBesideTheAudio) {
  for (const char* name : {"briefing.cue", "briefing.ffmeta", "briefing.chapters.json", "briefing.chapters.vtt"}) {
    EXPECT_TRUE(std::filesystem::exists(dir_ / name)) << name;
  }
  ASSERT_EQ(wav_chapters_.size(), 3u);
}

TEST_F(ChapterSidecars, MpvNavigatesTheCueSheet) {
  std::string format = "CHAPTERS=${chapters}";
  for (int i = 0; i < 3; ++i) {
    format += "\\n${chapter-list/" + std::to_string(i) + "/title}|${=chapter-list/" + std::to_string(i) + "/time}";
  }
  ToolResult mpv = run_tool("timeout 60 mpv --no-config --ao=null --vo=null --length=0.2 "
                            "--msg-level=all=no,term-msg=info --term-playing-msg='" + format + "' " +
                            (dir_ / "briefing.cue").string() + " 2>/dev/null");
  ASSERT_EQ(mpv.exit_code, 0) << mpv.output;
  std::istringstream lines(mpv.output);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "CHAPTERS=3");
  for (std::size_t i = 0; i < 3; ++i) {
    ASSERT_TRUE(std::getline(lines, line));
    std::size_t bar = line.rfind('|');
    ASSERT_NE(bar, std::string::npos) << line;
    EXPECT_EQ(line.substr(0, bar), format_titles()[i]);
    // CUE indexes have 1/75 s resolution and round down.
    double start = std::stod(line.substr(bar + 1));
    EXPECT_NEAR(start, wav_start_s(i), 1.0 / 75 + 0.001) << line;
  }
}

TEST_F(ChapterSidecars, FfmetadataGivesAnM4bItsChapters) {
  std::string m4b = (dir_ / "from-ffmeta.m4b").string();
  ToolResult mux = run_tool("ffmpeg -v error -y -i " + (dir_ / "briefing.wav").string() + " -i " +
                            (dir_ / "briefing.ffmeta").string() + " -map 0:a -map_metadata 1 -map_chapters 1 -c:a aac " +
                            m4b + " 2>&1");
  ASSERT_EQ(mux.exit_code, 0) << mux.output;
  ToolResult probe = run_tool("ffprobe -v error -show_chapters -show_format -of json " + m4b);
  ASSERT_EQ(probe.exit_code, 0);
  nlohmann::json result = nlohmann::json::parse(probe.output);
  ASSERT_EQ(result["chapters"].size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(result["chapters"][i]["tags"]["title"], format_titles()[i]);
    EXPECT_NEAR(std::stod(result["chapters"][i]["start_time"].get<std::string>()), wav_start_s(i), 0.001);
  }
  EXPECT_EQ(result["format"]["tags"]["artist"], "briefcast");
}

TEST_F(ChapterSidecars, JsonChaptersMatchTheWav) {
  nlohmann::json doc = nlohmann::json::parse(read("briefing.chapters.json"));
  EXPECT_EQ(doc["version"], "1.2.0");
  ASSERT_EQ(doc["chapters"].size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(doc["chapters"][i]["title"], format_titles()[i]);
    EXPECT_NEAR(doc["chapters"][i]["startTime"].get<double>(), wav_start_s(i), 0.001);
  }
}

TEST_F(ChapterSidecars, WebVttIsAChapterTrackFfmpegReads) {
  EXPECT_EQ(read("briefing.chapters.vtt").rfind("WEBVTT\n", 0), 0u);
  // ffmpeg parses WebVTT as a subtitle stream: one packet per cue, with its start time.
  ToolResult probe = run_tool("ffprobe -v error -show_packets -show_entries packet=pts_time -of json " +
                              (dir_ / "briefing.chapters.vtt").string());
  ASSERT_EQ(probe.exit_code, 0);
  nlohmann::json packets = nlohmann::json::parse(probe.output)["packets"];
  ASSERT_EQ(packets.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(std::stod(packets[i]["pts_time"].get<std::string>()), wav_start_s(i), 0.001);
  }
}

TEST(ChapterSidecarOptions, UnknownFormatIsAUsageError) {
  std::filesystem::path dir = make_temp_dir("briefcast-sidecars-");
  EXPECT_EQ(build_briefing(dir / "b.wav", "--chapters cue,mp4"), 2);
  EXPECT_FALSE(std::filesystem::exists(dir / "b.wav"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace briefcast::test
