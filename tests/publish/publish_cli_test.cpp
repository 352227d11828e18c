// `briefcast publish` end to end: briefings made by `build` in two formats become episodes
// that python3-feedparser and newsboat (over a loopback server) read, with enclosure lengths,
// durations and chapters that match the files.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <thread>

#include "publish/feed_lock.h"
#include "publish/podcast_test_support.h"
#include "support/fixture_server.h"

namespace briefcast::testing {
namespace {

namespace fs = std::filesystem;

class PublishCli : public ::testing::Test {
 protected:
  // Two short briefings, built once: an MP3 with chapters JSON and captions beside it, and an
  // M4A with nothing beside it (publish makes its chapters JSON from the audio).
  static void SetUpTestSuite() {
    inputs_ = new TempDir;
    const std::string dir = test_data("formats/");
    CommandResult mp3 = run_briefcast({"build", dir + "harbor-ferry.txt", dir + "library-hours.txt", "-o",
                                       inputs_->file("first.mp3"), "--chapters", "json", "--captions",
                                       inputs_->file("first.vtt"), "-q"});
    ASSERT_EQ(mp3.exit_code, 0) << mp3.err;
    CommandResult m4a = run_briefcast({"build", dir + "school-garden.txt", dir + "harbor-ferry.txt", "-o",
                                       inputs_->file("second.m4a"), "-q"});
    ASSERT_EQ(m4a.exit_code, 0) << m4a.err;
  }
  static void TearDownTestSuite() {
    delete inputs_;
    inputs_ = nullptr;
  }

  CommandResult publish(const std::vector<std::string>& files, const std::vector<std::string>& extra = {},
                        const std::vector<std::string>& env = {}) {
    std::vector<std::string> argv = {"env"};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.insert(argv.end(), {BRIEFCAST_CLI_PATH, "publish"});
    for (const std::string& file : files) argv.push_back(inputs_->file(file));
    argv.insert(argv.end(), {"--out-dir", out_.path(), "--base-url", "http://127.0.0.1:1/cast", "-q"});
    argv.insert(argv.end(), extra.begin(), extra.end());
    return run_command(argv);
  }

  static TempDir* inputs_;
  TempDir out_;
};

TempDir* PublishCli::inputs_ = nullptr;

TEST_F(PublishCli, FeedparserSeesEveryEpisodeWithExactLengthsAndDurations) {
  CommandResult result = publish({"first.mp3", "second.m4a"}, {"--date", "2031-03-04"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json entries = expect_consistent_feed(out_.path());
  ASSERT_EQ(entries.size(), 2u);
  for (const auto& entry : entries) {
    std::string url = entry.at("enclosure_url");
    std::string file = out_.file(url.substr(url.find_last_of('/') + 1));
    double probed = ffprobe_duration_s(file);
    EXPECT_LE(std::abs(std::stod(entry.at("duration").get<std::string>()) - probed), 0.5 + 1e-3) << file;
    EXPECT_EQ(entry.at("enclosure_type"), file.ends_with(".mp3") ? "audio/mpeg" : "audio/mp4");
    EXPECT_NE(entry.at("title").get<std::string>().find("2031-03-04: "), std::string::npos);
  }
}

TEST_F(PublishCli, ChaptersJsonMatchesTheAudiosOwnChapters) {
  ASSERT_EQ(publish({"first.mp3", "second.m4a"}).exit_code, 0);
  for (const std::string& name : {std::string("first"), std::string("second")}) {
    std::string audio = out_.file(name + (name == "first" ? ".mp3" : ".m4a"));
    auto probed = ffprobe_chapters(audio);
    nlohmann::json json = nlohmann::json::parse(read_text_file(out_.file(name + ".chapters.json")));
    const auto& chapters = json.at("chapters");
    ASSERT_EQ(chapters.size(), probed.size()) << name;
    ASSERT_EQ(probed.size(), 2u);
    for (std::size_t i = 0; i < probed.size(); ++i) {
      EXPECT_NEAR(chapters[i].at("startTime").get<double>(), probed[i].first, 0.002) << name << " " << i;
      EXPECT_EQ(chapters[i].at("title"), probed[i].second);
    }
  }
  // The transcript came along from beside the MP3; the M4A had none.
  EXPECT_TRUE(fs::exists(out_.file("first.vtt")));
  std::string feed = read_text_file(out_.file("feed.xml"));
  EXPECT_NE(feed.find("http://127.0.0.1:1/cast/first.vtt"), std::string::npos);
  EXPECT_EQ(feed.find("second.vtt"), std::string::npos);
}

TEST_F(PublishCli, NewsboatListsEveryEpisodeFromALoopbackServer) {
  ASSERT_EQ(publish({"first.mp3", "second.m4a"}).exit_code, 0);
  FixtureServer server(out_.path());
  TempDir home;
  nlohmann::json seen = read_with_newsboat(server.url("/feed.xml"), home.path());
  EXPECT_EQ(seen.value("exit_code", -1), 0) << seen.dump();
  ASSERT_EQ(seen.at("items").size(), 2u) << seen.dump();
  for (const auto& item : seen.at("items")) {
    EXPECT_TRUE(item.at("enclosure_url").get<std::string>().starts_with("http://127.0.0.1:1/cast/"));
  }
}

TEST_F(PublishCli, PublishingTheSameFileAgainReplacesItsEpisode) {
  ASSERT_EQ(publish({"first.mp3"}).exit_code, 0);
  ASSERT_EQ(publish({"first.mp3"}).exit_code, 0);
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 1u);
}

TEST_F(PublishCli, ACrashBeforeTheFeedUpdateLeavesTheFeedConsistent) {
#ifndef BRIEFCAST_TEST_HOOKS
  GTEST_SKIP() << "crash points exist only in test builds";
#endif
  ASSERT_EQ(publish({"first.mp3"}).exit_code, 0);
  CommandResult crashed = publish({"second.m4a"}, {}, {"BRIEFCAST_TEST_CRASH=publish"});
  EXPECT_NE(crashed.exit_code, 0);
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 1u);
  EXPECT_FALSE(fs::exists(out_.file("second.m4a")));  // still in the staging folder only
  ASSERT_EQ(publish({"second.m4a"}).exit_code, 0);
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 2u);
}

TEST_F(PublishCli, TwoRunsAtOnceBothLand) {
  CommandResult first, second;
  std::thread a([&] { first = publish({"first.mp3"}); });
  std::thread b([&] { second = publish({"second.m4a"}); });
  a.join();
  b.join();
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 2u);
}

TEST_F(PublishCli, ARunThatCannotGetTheLockSaysSoAndChangesNothing) {
  ASSERT_EQ(publish({"first.mp3"}).exit_code, 0);
  std::string before = read_text_file(out_.file("feed.xml"));
  FeedLock held(out_.path(), 0);
  CommandResult result = publish({"second.m4a"}, {"--lock-wait", "0.2"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("another briefcast run is updating this podcast folder"), std::string::npos) << result.err;
  EXPECT_EQ(read_text_file(out_.file("feed.xml")), before);
}

TEST_F(PublishCli, MissingFeedSettingsAreUsageErrors) {
  CommandResult result = run_briefcast({"publish", inputs_->file("first.mp3"), "--out-dir", out_.path()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--base-url"), std::string::npos) << result.err;
  result = publish({"first.mp3"}, {"--date", "2031-13-45"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
}

}  // namespace
}  // namespace briefcast::testing
