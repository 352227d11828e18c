// `build` sounds produced: a spoken intro and outro (unless --no-intro) and, with --chime, a
// sound in the pause between stories. Checked in the captions and with ffmpeg's silencedetect.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "tool_run.h"

namespace briefcast::test {
namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

double duration_s(const std::filesystem::path& audio) {
  return std::stod(run_tool("ffprobe -v error -show_entries format=duration -of csv=p=0 " + audio.string()).output);
}

// Stretches of at least `min_s` seconds quieter than -50 dBFS.
std::size_t long_silences(const std::filesystem::path& audio, double min_s) {
  ToolResult run = run_tool("ffmpeg -hide_banner -nostats -i " + audio.string() +
                            " -af silencedetect=noise=-50dB:d=" + std::to_string(min_s) + " -f null - 2>&1");
  std::regex pattern("silence_end");
  return static_cast<std::size_t>(
      std::distance(std::sregex_iterator(run.output.begin(), run.output.end(), pattern), std::sregex_iterator()));
}

class ProducedSound : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = make_temp_dir("briefcast-produced-"); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(ProducedSound, IntroAndOutroAreSpokenByDefault) {
  ASSERT_EQ(build_briefing(dir_ / "b.wav", "--captions " + (dir_ / "b.vtt").string()), 0);
  std::string captions = read_text(dir_ / "b.vtt");
  EXPECT_TRUE(std::regex_search(captions, std::regex("\n00:00:00\\.000 --> [0-9:.]+\nBriefing for [A-Z][a-z]+day, ")));
  EXPECT_NE(captions.find("Three stories: Harbor Ferry Returns After Winter Repairs; City Library Extends Weekend "
                          "Opening Hours; and School Garden Wins Regional Prize."),
            std::string::npos);
  EXPECT_TRUE(std::regex_search(captions, std::regex("\nThat was the briefing for [A-Z][a-z]+day, [A-Z][a-z]+ [0-9]+\\.\n$")));
  // The intro opens chapter one, which starts at 0 in every player.
  ToolResult probe = run_tool("ffprobe -v error -show_chapters -of json " + (dir_ / "b.wav").string());
  nlohmann::json chapters = nlohmann::json::parse(probe.output)["chapters"];
  ASSERT_EQ(chapters.size(), 3u);
  EXPECT_EQ(chapters[0]["start"], 0);
}

TEST_F(ProducedSound, NoIntroStartsWithTheFirstHeadline) {
  ASSERT_EQ(build_briefing(dir_ / "b.wav", "--no-intro --captions " + (dir_ / "b.vtt").string()), 0);
  std::string captions = read_text(dir_ / "b.vtt");
  EXPECT_EQ(captions.rfind("WEBVTT\n\n1\n00:00:00.000 --> ", 0), 0u);
  EXPECT_NE(captions.find(" --> 00:00:02.", 0), std::string::npos);
  EXPECT_EQ(captions.find("Briefing for"), std::string::npos);
  EXPECT_EQ(captions.find("That was the briefing"), std::string::npos);
}

TEST_F(ProducedSound, ChimeFillsThePauseBetweenStories) {
  const std::string chime = std::string(BRIEFCAST_TEST_DATA_DIR) + "/../../audio/chime.wav";
  ASSERT_TRUE(std::filesystem::exists(chime)) << "run scripts/make-chime";
  ASSERT_EQ(build_briefing(dir_ / "plain.wav", "--no-intro"), 0);
  ASSERT_EQ(build_briefing(dir_ / "chimed.wav", "--no-intro --chime " + chime), 0);
  // Two gaps between three stories, each now holding the 0.75 s chime.
  EXPECT_NEAR(duration_s(dir_ / "chimed.wav") - duration_s(dir_ / "plain.wav"), 2 * 0.75, 0.01);
  // The plain briefing has a 2 s silence between stories; with the chime none lasts 1.5 s.
  EXPECT_EQ(long_silences(dir_ / "plain.wav", 1.5), 2u);
  EXPECT_EQ(long_silences(dir_ / "chimed.wav", 1.5), 0u);
}

TEST_F(ProducedSound, MissingChimeIsAnInputError) {
  EXPECT_EQ(build_briefing(dir_ / "b.wav", "--chime " + (dir_ / "none.wav").string()), 1);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "b.wav"));
}

}  // namespace
}  // namespace briefcast::test
