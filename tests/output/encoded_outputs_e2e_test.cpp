// `build -o briefing.<ext>`: every format decodes with ffmpeg to the WAV's length, and carries
// the chapters and tags in its own place, as ffprobe and metaflac read them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tool_run.h"

namespace briefcast::test {
namespace {

// Seconds of audio ffmpeg decodes from `path` (counting samples, not trusting headers).
double decoded_seconds(const std::filesystem::path& path) {
  ToolResult rate = run_tool("ffprobe -v error -select_streams a:0 -show_entries stream=sample_rate -of csv=p=0 " +
                             path.string());
  ToolResult bytes = run_tool("ffmpeg -v error -xerror -i " + path.string() + " -map 0:a -ac 1 -f s16le - | wc -c");
  EXPECT_EQ(bytes.exit_code, 0);
  return std::stod(bytes.output) / 2.0 / std::stod(rate.output);
}

nlohmann::json probe(const std::filesystem::path& path) {
  ToolResult run = run_tool("ffprobe -v error -show_chapters -show_format -show_streams -of json " + path.string());
  EXPECT_EQ(run.exit_code, 0) << path;
  return nlohmann::json::parse(run.output);
}

class EncodedOutputs : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    dir_ = make_temp_dir("briefcast-encoded-");
    ASSERT_EQ(build_briefing(dir_ / "briefing.wav", "--title 'Morning Briefing'"), 0);
    reference_seconds_ = decoded_seconds(dir_ / "briefing.wav");
    nlohmann::json wav = probe(dir_ / "briefing.wav");
    for (const auto& chapter : wav["chapters"]) wav_starts_.push_back(std::stod(chapter["start_time"].get<std::string>()));
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }

  static inline std::filesystem::path dir_;
  static inline double reference_seconds_ = 0;
  static inline std::vector<double> wav_starts_;
};

TEST_P(EncodedOutputs, DecodesToTheWavLengthWithChaptersAndTags) {
  const std::filesystem::path out = dir_ / ("again." + GetParam());
  ASSERT_EQ(build_briefing(out, "--title 'Morning Briefing'"), 0);
  EXPECT_NEAR(decoded_seconds(out), reference_seconds_, 0.050);

  nlohmann::json info = probe(out);
  ASSERT_EQ(info["chapters"].size(), 3u) << info.dump();
  ASSERT_EQ(wav_starts_.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(info["chapters"][i]["tags"]["title"], format_titles()[i]);
    EXPECT_NEAR(std::stod(info["chapters"][i]["start_time"].get<std::string>()), wav_starts_[i], 0.002);
  }
  // Ogg keeps its comments on the stream, the others on the file.
  nlohmann::json tags = info["format"].value("tags", nlohmann::json::object());
  if (tags.empty()) tags = info["streams"][0].value("tags", nlohmann::json::object());
  std::string title;
  for (auto& [key, value] : tags.items()) {
    if (key == "title" || key == "TITLE") title = value;
  }
  EXPECT_EQ(title, "Morning Briefing") << tags.dump();
}

INSTANTIATE_TEST_SUITE_P(Formats, EncodedOutputs, ::testing::Values("wav", "flac", "ogg", "opus", "mp3", "m4a", "m4b"));

TEST(EncodedOutputChecks, MetaflacListsChapterComments) {
  std::filesystem::path dir = make_temp_dir("briefcast-flac-");
  ASSERT_EQ(build_briefing(dir / "b.flac", ""), 0);
  ToolResult list = run_tool("metaflac --list --block-type=VORBIS_COMMENT " + (dir / "b.flac").string());
  ASSERT_EQ(list.exit_code, 0);
  EXPECT_NE(list.output.find("CHAPTER001=00:00:00.000"), std::string::npos) << list.output;
  EXPECT_NE(list.output.find("CHAPTER003NAME=School Garden Wins Regional Prize"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(EncodedOutputChecks, OpusIsWrittenAt48kHz) {
  std::filesystem::path dir = make_temp_dir("briefcast-opus-");
  ASSERT_EQ(build_briefing(dir / "b.opus", ""), 0);
  ToolResult rate = run_tool("ffprobe -v error -show_entries stream=codec_name -of csv=p=0 " + (dir / "b.opus").string());
  EXPECT_EQ(rate.output, "opus\n");
  EXPECT_EQ(build_briefing(dir / "c.opus", "--sample-rate 44100"), 2);
  std::filesystem::remove_all(dir);
}

TEST(EncodedOutputChecks, M4bIsAacAtTheRequestedLayout) {
  std::filesystem::path dir = make_temp_dir("briefcast-m4b-");
  ASSERT_EQ(build_briefing(dir / "b.m4b", "--sample-rate 44100 --channels 2"), 0);
  ToolResult stream = run_tool("ffprobe -v error -select_streams a:0 -show_entries stream=codec_name,sample_rate,channels "
                               "-of csv=p=0 " + (dir / "b.m4b").string());
  EXPECT_EQ(stream.output, "aac,44100,2\n");
  // Chapter starts move with the rate change: the same times as at the voice's own rate.
  ASSERT_EQ(build_briefing(dir / "b.wav", ""), 0);
  nlohmann::json resampled = probe(dir / "b.m4b")["chapters"];
  nlohmann::json original = probe(dir / "b.wav")["chapters"];
  ASSERT_EQ(resampled.size(), 3u);
  ASSERT_EQ(original.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(std::stod(resampled[i]["start_time"].get<std::string>()),
                std::stod(original[i]["start_time"].get<std::string>()), 0.002);
  }
  std::filesystem::remove_all(dir);
}

TEST(EncodedOutputChecks, UnknownExtensionIsAUsageError) {
  std::filesystem::path dir = make_temp_dir("briefcast-ext-");
  EXPECT_EQ(build_briefing(dir / "b.aiff", ""), 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace briefcast::test
