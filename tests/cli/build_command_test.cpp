// End to end: the real briefcast binary, checked with independent readers (ffprobe, soxi).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

#include "support/run_command.h"

namespace briefcast {

using testing::run_briefcast;
using testing::run_command;
using testing::TempDir;
using testing::test_data;
using testing::write_text_file;

namespace {

constexpr int kRate = 22050;

// Article bodies long enough to be told apart from page debris by the cleaner.
constexpr const char* kBodyA = "The city council voted on Tuesday to extend the night bus service for another year. Officials said the extension would cost less than expected. Riders welcomed the decision.";
constexpr const char* kBodyB1 = "Farmers in the valley reported an early harvest this autumn after a warm and dry summer. Prices at the weekly market fell slightly as supply rose.";
constexpr const char* kBodyB2 = "Agricultural advisers expect the trend to continue next year, although they warned that water reserves remain low in several districts.";
constexpr const char* kBodyC = "The regional museum reopened its doors on Saturday after a two-year renovation that added a new wing for modern art. Visitors queued for more than an hour to see the collection.";

std::string article(const std::string& headline, const char* body = kBodyA) {
  return headline + "\n\n" + body + "\n";
}

nlohmann::json probe_chapters(const std::string& wav) {
  auto probe = run_command({"ffprobe", "-v", "error", "-show_chapters", "-show_format", "-of", "json", wav});
  EXPECT_EQ(probe.exit_code, 0) << probe.err;
  return nlohmann::json::parse(probe.out);
}

// The samples of a mono 16-bit file, decoded by ffmpeg (not by our own reader).
std::vector<std::int16_t> decode_samples(const std::string& wav) {
  auto decoded = run_command({"ffmpeg", "-v", "error", "-i", wav, "-f", "s16le", "-acodec", "pcm_s16le", "-"});
  EXPECT_EQ(decoded.exit_code, 0) << decoded.err;
  std::vector<std::int16_t> samples(decoded.out.size() / 2);
  std::memcpy(samples.data(), decoded.out.data(), samples.size() * 2);
  return samples;
}

std::int64_t frames_of(const std::string& wav) {
  auto soxi = run_command({"soxi", "-s", wav});
  EXPECT_EQ(soxi.exit_code, 0) << soxi.err;
  return std::stoll(soxi.out);
}

}  // namespace

TEST(BuildCommand, OneChapterPerArticleAtTheFramesWrittenBeforeIt) {
  TempDir dir;
  write_text_file(dir.file("a.txt"), "First Story Here\n\n" + std::string(kBodyA) + "\n");
  write_text_file(dir.file("b.txt"), "Second Story Here\n\n" + std::string(kBodyB1) + "\n\n" + kBodyB2 + "\n");
  write_text_file(dir.file("c.txt"), "Third Story Here\n\n" + std::string(kBodyC) + "\n");
  // No spoken intro or outro: this test counts the frames of the stories alone.
  const std::vector<std::string> pause_flags = {"--pause-chapter", "1500", "--no-intro"};

  // Each article alone: its own length in frames.
  std::vector<std::int64_t> alone;
  for (const char* name : {"a", "b", "c"}) {
    std::vector<std::string> args = {"build", dir.file(std::string(name) + ".txt"), "-o",
                                     dir.file(std::string(name) + ".wav"), "-q", "--no-intro"};
    auto result = run_briefcast(args);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    alone.push_back(frames_of(dir.file(std::string(name) + ".wav")));
  }

  std::vector<std::string> args = {"build", dir.file("a.txt"), dir.file("b.txt"), dir.file("c.txt"),
                                   "-o", dir.file("all.wav"), "--title", "Evening news", "-q"};
  args.insert(args.end(), pause_flags.begin(), pause_flags.end());
  auto result = run_briefcast(args);
  ASSERT_EQ(result.exit_code, 0) << result.err;

  const std::int64_t pause = 1500 * kRate / 1000;
  auto json = probe_chapters(dir.file("all.wav"));
  ASSERT_EQ(json["chapters"].size(), 3u);
  EXPECT_EQ(json["chapters"][0]["tags"]["title"], "First Story Here");
  EXPECT_EQ(json["chapters"][1]["tags"]["title"], "Second Story Here");
  EXPECT_EQ(json["chapters"][2]["tags"]["title"], "Third Story Here");
  EXPECT_EQ(json["chapters"][0]["start"], 0);
  EXPECT_EQ(json["chapters"][1]["start"], alone[0] + pause);
  // eSpeak carries a little state from one text to the next, so a later article's length
  // can differ by a few frames from its length alone; the chapter must still start exactly
  // where the silence between articles ends.
  const std::int64_t third = json["chapters"][2]["start"];
  EXPECT_LE(std::abs(third - (alone[0] + pause + alone[1] + pause)), kRate / 10);
  EXPECT_EQ(json["chapters"][0]["time_base"], "1/22050");
  std::vector<std::int16_t> samples = decode_samples(dir.file("all.wav"));
  EXPECT_NEAR(static_cast<double>(samples.size()), static_cast<double>(alone[0] + alone[1] + alone[2] + 2 * pause), kRate / 5);
  for (std::int64_t start : {alone[0] + pause, third}) {
    auto begin = samples.begin() + (start - pause);
    EXPECT_TRUE(std::all_of(begin, begin + pause, [](std::int16_t s) { return s == 0; }))
        << "the chapter pause before frame " << start << " is not silent";
  }
  EXPECT_EQ(json["format"]["tags"]["title"], "Evening news");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"a.txt", "a.wav", "all.wav", "b.txt", "b.wav", "c.txt", "c.wav"}));
}

TEST(BuildCommand, SampleArticleBriefingIsValidPcmWav) {
  TempDir dir;
  auto result = run_briefcast({"build", test_data("articles/voa-defense-cooperation.txt"), "-o", dir.file("b.wav")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto probe = run_command({"ffprobe", "-v", "error", "-show_streams", "-show_chapters", "-of", "json", dir.file("b.wav")});
  auto json = nlohmann::json::parse(probe.out);
  EXPECT_EQ(json["streams"][0]["codec_name"], "pcm_s16le");
  EXPECT_EQ(json["streams"][0]["channels"], 1);
  EXPECT_EQ(json["streams"][0]["sample_rate"], "22050");
  ASSERT_EQ(json["chapters"].size(), 1u);
  EXPECT_EQ(json["chapters"][0]["tags"]["title"], "Top US and Russian Defense Officials Renew Military Cooperation");
  // 21 paragraphs of speech: well over two minutes.
  EXPECT_GT(std::stod(json["chapters"][0]["end_time"].get<std::string>()), 120.0);
  // The decoded audio is clean from start to end.
  auto decode = run_command({"ffmpeg", "-v", "error", "-i", dir.file("b.wav"), "-f", "null", "-"});
  EXPECT_EQ(decode.exit_code, 0);
  EXPECT_EQ(decode.err, "");
}

TEST(BuildCommand, ArticleFromStandardInput) {
  TempDir dir;
  auto result = run_briefcast({"build", "-", "-o", dir.file("b.wav"), "-q"}, article("Piped Headline"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto json = probe_chapters(dir.file("b.wav"));
  ASSERT_EQ(json["chapters"].size(), 1u);
  EXPECT_EQ(json["chapters"][0]["tags"]["title"], "Piped Headline");
}

TEST(BuildCommand, MissingArticleFailsWithOneLineAndWritesNothing) {
  TempDir dir;
  write_text_file(dir.file("good.txt"), article("Headline"));
  auto result = run_briefcast({"build", dir.file("good.txt"), dir.file("nope.txt"), "-o", dir.file("b.wav")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("briefcast: " + dir.file("nope.txt") + ": cannot open: No such file or directory\n"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"good.txt"});
}

TEST(BuildCommand, KeepGoingBuildsTheReadableArticlesAndExitsOne) {
  TempDir dir;
  write_text_file(dir.file("good.txt"), article("Good Headline"));
  write_text_file(dir.file("empty.txt"), "");
  auto result =
      run_briefcast({"build", dir.file("empty.txt"), dir.file("good.txt"), "-o", dir.file("b.wav"), "--keep-going"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(dir.file("empty.txt") + ": file is empty"), std::string::npos) << result.err;
  auto json = probe_chapters(dir.file("b.wav"));
  ASSERT_EQ(json["chapters"].size(), 1u);
  EXPECT_EQ(json["chapters"][0]["tags"]["title"], "Good Headline");
}

TEST(BuildCommand, EmptyAndWhitespaceArticlesAreRefused) {
  TempDir dir;
  write_text_file(dir.file("empty.txt"), "");
  write_text_file(dir.file("blank.txt"), "  \n\n\t \n");
  for (const char* name : {"empty.txt", "blank.txt"}) {
    auto result = run_briefcast({"build", dir.file(name), "-o", dir.file("b.wav")});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("briefcast: " + dir.file(name) + ": "), std::string::npos);
  }
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"blank.txt", "empty.txt"}));
}

TEST(BuildCommand, AllDebrisArticleHasNoArticleText) {
  TempDir dir;
  write_text_file(dir.file("debris.txt"), "Accessibility links\n\nSkip to content\nHome\nWorld\nSports\n\nXS\nSM\nMD\nLG\n");
  auto result = run_briefcast({"build", dir.file("debris.txt"), "-o", dir.file("b.wav")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(dir.file("debris.txt") + ": no article text found"), std::string::npos) << result.err;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"debris.txt"});
}

TEST(BuildCommand, UnknownVoiceIsAUsageError) {
  TempDir dir;
  write_text_file(dir.file("a.txt"), article("Headline"));
  auto result = run_briefcast({"build", dir.file("a.txt"), "-o", dir.file("b.wav"), "--voice", "xx-nowhere"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown voice 'xx-nowhere'"), std::string::npos) << result.err;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"a.txt"});
}

TEST(BuildCommand, UnwritableOutputFailsAndLeavesNoPartialFile) {
  TempDir dir;
  write_text_file(dir.file("a.txt"), article("Headline"));
  auto result = run_briefcast({"build", dir.file("a.txt"), "-o", dir.file("no/such/dir/b.wav")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(dir.file("no/such/dir/b.wav") + ": cannot create output"), std::string::npos)
      << result.err;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"a.txt"});
}

TEST(BuildCommand, OutputOverAFolderIsRefused) {
  TempDir dir;
  write_text_file(dir.file("a.txt"), article("Headline"));
  auto result = run_briefcast({"build", dir.file("a.txt"), "-o", dir.path()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("is a directory"), std::string::npos) << result.err;
}

TEST(BuildCommand, MissingOutputOptionIsUsage) {
  auto result = run_briefcast({"build", test_data("articles/voa-defense-cooperation.txt")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--output"), std::string::npos) << result.err;
}

}  // namespace briefcast

namespace briefcast {

TEST(BuildCommand, WithoutVoiceEachArticleIsSpokenByItsLanguagesVoice) {
  TempDir dir;
  write_text_file(dir.file("de.txt"),
                  "Stadtrat beschließt neuen Haushalt\n\nDer Stadtrat hat am Dienstag einen neuen Haushalt für das "
                  "kommende Jahr beschlossen. Die Ausgaben für Schulen und Kindergärten steigen deutlich, während die "
                  "Verwaltung sparen muss.\n");
  auto frames_with = [&](std::vector<std::string> extra, const std::string& out) {
    std::vector<std::string> args = {"build", dir.file("de.txt"), "-o", dir.file(out), "-q", "--no-intro",
                                     "--loudness", "off"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto result = run_briefcast(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return frames_of(dir.file(out));
  };
  std::int64_t detected = frames_with({}, "auto.wav");
  std::int64_t german = frames_with({"--voice", "de"}, "de.wav");
  std::int64_t english = frames_with({"--voice", "en-us"}, "en.wav");
  EXPECT_EQ(detected, german);
  EXPECT_NE(detected, english);
}

// libespeak-ng 1.51 can crash or hang on crafted input. `build` speaks every article in one
// process, so it must end with an error naming the article, and leave no file behind.
// BRIEFCAST_TEST_ENGINE_FAULT makes "the engine" fail on the article whose path matches.
class BuildEngineFault : public ::testing::TestWithParam<std::string> {};

TEST_P(BuildEngineFault, NamesTheArticleAndWritesNothing) {
  TempDir dir;
  write_text_file(dir.file("a.txt"), article("Council approves the budget"));
  write_text_file(dir.file("b.txt"), article("Harvest comes early", kBodyB1));
  const std::string fault = GetParam() + ":b.txt";
  auto run = run_command({"env", "BRIEFCAST_TEST_ENGINE_FAULT=" + fault, BRIEFCAST_CLI_PATH, "build", dir.file("a.txt"),
                          dir.file("b.txt"), "-o", dir.file("briefing.wav"), "--chapters", "all", "--timeout", "2"});
  EXPECT_EQ(run.exit_code, 1);
  const std::string what = GetParam() == "hang" ? "speaking this article took over 2 s; stopped (see --timeout)"
                                                : "the speech engine crashed while speaking this article";
  EXPECT_EQ(run.err, "briefcast: " + dir.file("b.txt") + ": " + what + "\n");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"a.txt", "b.txt"}));  // no audio, sidecar or temp file
}

INSTANTIATE_TEST_SUITE_P(Faults, BuildEngineFault, ::testing::Values("segv", "abort", "hang"));

}  // namespace briefcast

namespace briefcast {

// Under a file-size limit (ulimit -f) the kernel sends SIGXFSZ on a write past it, which would
// kill the process (exit 153) and leave its temporary file. `build` must instead report the
// write error like a full disk, exit 1 and leave nothing behind.
TEST(BuildCommand, FileSizeLimitIsAnOutputErrorNotADeath) {
  TempDir dir;
  write_text_file(dir.file("a.txt"), article("Council approves the budget"));
  // 16 KiB (ulimit -f counts 1024-byte blocks): far less than the seconds of speech written.
  auto run = run_command({"bash", "-c", "ulimit -f 16; exec \"$0\" \"$@\"", BRIEFCAST_CLI_PATH, "build",
                          dir.file("a.txt"), "-o", dir.file("briefing.wav"), "--no-intro"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  std::string err = run.err;
  std::transform(err.begin(), err.end(), err.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  EXPECT_NE(err.find("briefing.wav"), std::string::npos) << run.err;
  EXPECT_NE(err.find("file too large"), std::string::npos) << run.err;
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"a.txt"}));  // no audio and no temporary file
}

}  // namespace briefcast
