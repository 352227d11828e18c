// `briefcast daily` end to end on loopback fixture feeds: two days make two episodes, the
// second holding only the new item; a rerun of a day replaces it; a day with nothing new adds
// nothing; concurrent runs and a crash before the feed update leave a consistent feed.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <thread>

#include "publish/podcast_test_support.h"
#include "support/fixture_server.h"

namespace briefcast::testing {
namespace {

namespace fs = std::filesystem;

std::string item(const std::string& title, const std::string& path, const std::string& date) {
  return "<item><title>" + title + "</title><link>" + path + "</link><guid>" + path + "</guid><pubDate>" + date +
         "</pubDate></item>";
}

class DailyCli : public ::testing::Test {
 public:
  void SetUp() override {
    fs::create_directories(web_.file("pages"));
    // Short real-looking articles (copied page text), served as the items' pages.
    const std::string articles = test_data("formats/");
    fs::copy_file(articles + "harbor-ferry.txt", web_.file("pages/bridge.txt"));
    fs::copy_file(articles + "library-hours.txt", web_.file("pages/market.txt"));
    fs::copy_file(articles + "school-garden.txt", web_.file("pages/trams.txt"));
    set_feed({item("Bridge reopens after repairs", "pages/bridge.txt", "Mon, 03 Mar 2031 08:00:00 +0000"),
              item("Market adds evening hours", "pages/market.txt", "Mon, 03 Mar 2031 07:00:00 +0000")});
    server_ = std::make_unique<FixtureServer>(web_.path());
  }

  void set_feed(const std::vector<std::string>& items) {
    std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>City desk</title><link>/</link>";
    for (const std::string& entry : items) xml += entry;
    write_text_file(web_.file("news.rss"), xml + "</channel></rss>");
  }

  CommandResult daily(const std::string& date, const std::vector<std::string>& env = {}) {
    std::vector<std::string> argv = {"env", "XDG_CACHE_HOME=" + cache_.path()};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.insert(argv.end(), {BRIEFCAST_CLI_PATH, "daily", "--feed", server_->url("/news.rss"), "--out-dir", out_.path(),
                             "--base-url", "https://casts.example.net/daily", "--date", date});
    return run_command(argv);
  }

  // daily with its settings in a config file, as a timer would run it.
  CommandResult daily_from_config(const std::string& date, const std::string& out_dir, const std::string& extra) {
    const std::string config = cache_.file("daily-" + date + ".toml");
    write_text_file(config, "# the daily podcast\nfeed = [\n  \"" + server_->url("/news.rss") + "\",\n]\nout-dir = \"" +
                                out_dir + "\"\nbase-url = \"https://casts.example.net/daily\"\n" + extra);
    return run_command({"env", "XDG_CACHE_HOME=" + cache_.path(), BRIEFCAST_CLI_PATH, "daily", "--config", config,
                        "--date", date});
  }

  TempDir web_, out_, cache_;
  std::unique_ptr<FixtureServer> server_;
};

void add_new_item(DailyCli& test) {
  test.set_feed({item("New trams enter service", "pages/trams.txt", "Tue, 04 Mar 2031 08:00:00 +0000"),
                 item("Bridge reopens after repairs", "pages/bridge.txt", "Mon, 03 Mar 2031 08:00:00 +0000"),
                 item("Market adds evening hours", "pages/market.txt", "Mon, 03 Mar 2031 07:00:00 +0000")});
}

TEST_F(DailyCli, TwoDaysMakeTwoEpisodesAndTheSecondHoldsOnlyNewItems) {
  CommandResult first = daily("2031-03-04");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  add_new_item(*this);
  CommandResult second = daily("2031-03-05");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(fs::exists(out_.file("2031-03-05.mp3")));
  EXPECT_TRUE(fs::exists(out_.file("2031-03-05.chapters.json")));
  EXPECT_TRUE(fs::exists(out_.file("2031-03-05.vtt")));

  nlohmann::json entries = expect_consistent_feed(out_.path());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].at("title"), "2031-03-05: New trams enter service");
  std::string newest = entries[0].at("description");
  EXPECT_NE(newest.find("New trams enter service"), std::string::npos) << newest;
  EXPECT_EQ(newest.find("Bridge reopens"), std::string::npos) << newest;
  std::string oldest = entries[1].at("description");
  EXPECT_NE(oldest.find("Bridge reopens after repairs"), std::string::npos) << oldest;
  EXPECT_NE(oldest.find("Market adds evening hours"), std::string::npos) << oldest;
  EXPECT_NE(oldest.find(server_->url("/pages/market.txt")), std::string::npos) << oldest;
  // The episode's chapters are its stories, as the audio has them.
  auto chapters = ffprobe_chapters(out_.file("2031-03-04.mp3"));
  nlohmann::json json = nlohmann::json::parse(read_text_file(out_.file("2031-03-04.chapters.json")));
  ASSERT_EQ(chapters.size(), json.at("chapters").size());
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    EXPECT_NEAR(json.at("chapters")[i].at("startTime").get<double>(), chapters[i].first, 0.002);
  }
  EXPECT_NEAR(std::stod(entries[0].at("duration").get<std::string>()), ffprobe_duration_s(out_.file("2031-03-05.mp3")),
              0.5 + 1e-3);

  // A rerun of the second day replaces its episode; newsboat still lists two.
  CommandResult rerun = daily("2031-03-05");
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 2u);
  FixtureServer cast(out_.path());
  TempDir home;
  nlohmann::json seen = read_with_newsboat(cast.url("/feed.xml"), home.path());
  EXPECT_EQ(seen.at("items").size(), 2u) << seen.dump();

  // A day with nothing new adds nothing and says so.
  CommandResult quiet_day = daily("2031-03-06");
  EXPECT_EQ(quiet_day.exit_code, 0) << quiet_day.err;
  EXPECT_NE(quiet_day.out.find("nothing new"), std::string::npos) << quiet_day.out;
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 2u);
  EXPECT_FALSE(fs::exists(out_.file("2031-03-06.mp3")));
}

TEST_F(DailyCli, ACrashBetweenTheAudioAndTheFeedLeavesTheFeedConsistent) {
#ifndef BRIEFCAST_TEST_HOOKS
  GTEST_SKIP() << "crash points exist only in test builds";
#endif
  ASSERT_EQ(daily("2031-03-04").exit_code, 0);
  std::string before = read_text_file(out_.file("feed.xml"));
  // The same day again, killed after its audio is written: the old episode stays whole.
  CommandResult crashed = daily("2031-03-04", {"BRIEFCAST_TEST_CRASH=daily"});
  EXPECT_NE(crashed.exit_code, 0);
  EXPECT_EQ(read_text_file(out_.file("feed.xml")), before);
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 1u);
  add_new_item(*this);
  CommandResult crashed_new = daily("2031-03-05", {"BRIEFCAST_TEST_CRASH=daily"});
  EXPECT_NE(crashed_new.exit_code, 0);
  EXPECT_EQ(expect_consistent_feed(out_.path()).size(), 1u);
  // The next run makes the missed episode, with the item the crashed run never published.
  CommandResult recovered = daily("2031-03-05");
  ASSERT_EQ(recovered.exit_code, 0) << recovered.err;
  nlohmann::json entries = expect_consistent_feed(out_.path());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].at("title"), "2031-03-05: New trams enter service");
}

TEST_F(DailyCli, TwoRunsAtOnceMakeOneConsistentEpisode) {
  CommandResult first, second;
  std::thread a([&] { first = daily("2031-03-04"); });
  std::thread b([&] { second = daily("2031-03-04"); });
  a.join();
  b.join();
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(second.exit_code, 0) << second.err;
  nlohmann::json entries = expect_consistent_feed(out_.path());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].at("description").get<std::string>().find("Market adds evening hours"), std::string::npos);
}

// The time budget in daily: the episode fits --max-minutes, every story keeps its headline,
// and the chapters, the transcript and the feed's description follow the shortened text.
TEST_F(DailyCli, AnEpisodeWithinMaxMinutesAndItsFeedFollowTheCut) {
  TempDir full_dir;
  CommandResult full = daily_from_config("2031-03-04", full_dir.path(), "");
  ASSERT_EQ(full.exit_code, 0) << full.err;
  const double full_s = ffprobe_duration_s(full_dir.file("2031-03-04.mp3"));
  const double max_minutes = 0.8 * full_s / 60;
  std::ostringstream extra;
  extra << "max-minutes = " << max_minutes << "\n";
  CommandResult cut = daily_from_config("2031-03-04", out_.path(), extra.str());
  ASSERT_EQ(cut.exit_code, 0) << cut.err;

  const double cut_s = ffprobe_duration_s(out_.file("2031-03-04.mp3"));
  EXPECT_LE(cut_s, max_minutes * 60 + 0.05) << "full " << full_s;  // an MP3 frame of encoder padding
  EXPECT_GE(cut_s, 0.9 * max_minutes * 60) << "full " << full_s;
  nlohmann::json entries = expect_consistent_feed(out_.path());
  ASSERT_EQ(entries.size(), 1u);
  // Whole seconds, rounded; ffprobe's MP3 length also counts the encoder's padding (< 50 ms).
  EXPECT_NEAR(std::stod(entries[0].at("duration").get<std::string>()), cut_s, 0.55);
  const std::string description = entries[0].at("description");
  EXPECT_NE(description.find("Bridge reopens after repairs"), std::string::npos) << description;
  EXPECT_NE(description.find("Market adds evening hours"), std::string::npos) << description;
  EXPECT_NE(description.find("Shortened: "), std::string::npos) << description;
  const std::string full_description = expect_consistent_feed(full_dir.path())[0].at("description");
  EXPECT_EQ(full_description.find("Shortened: "), std::string::npos) << full_description;

  // Every chapter starts inside the shortened audio; the transcript ends within it too.
  nlohmann::json json = nlohmann::json::parse(read_text_file(out_.file("2031-03-04.chapters.json")));
  ASSERT_EQ(json.at("chapters").size(), ffprobe_chapters(out_.file("2031-03-04.mp3")).size());
  for (const auto& chapter : json.at("chapters")) EXPECT_LT(chapter.at("startTime").get<double>(), cut_s);
  const std::string vtt = read_text_file(out_.file("2031-03-04.vtt"));
  EXPECT_LT(vtt.size(), read_text_file(full_dir.file("2031-03-04.vtt")).size());
  EXPECT_NE(vtt.find("Bridge reopens after repairs"), std::string::npos);
  EXPECT_NE(vtt.find("Market adds evening hours"), std::string::npos);
}

// --headlines and a budget too short for the headlines: a roundup, or exit 2 with no episode.
TEST_F(DailyCli, HeadlinesMakeARoundupAndATooShortBudgetAddsNothing) {
  CommandResult too_short = daily_from_config("2031-03-04", out_.path(), "max-minutes = 0.05\n");
  EXPECT_EQ(too_short.exit_code, 2) << too_short.err;
  EXPECT_NE(too_short.err.find("minutes"), std::string::npos) << too_short.err;
  EXPECT_FALSE(fs::exists(out_.file("2031-03-04.mp3")));
  // The command line adds what the file does not say.
  CommandResult roundup = run_command({"env", "XDG_CACHE_HOME=" + cache_.path(), BRIEFCAST_CLI_PATH, "daily", "--config",
                                       cache_.file("daily-2031-03-04.toml"), "--date", "2031-03-05", "--headlines",
                                       "--max-minutes", "5"});
  ASSERT_EQ(roundup.exit_code, 0) << roundup.err;
  nlohmann::json entries = expect_consistent_feed(out_.path());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].at("description").get<std::string>().find("Shortened: "), std::string::npos);
}

}  // namespace
}  // namespace briefcast::testing
