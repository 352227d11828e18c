#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "model/error.h"
#include "publish/feed_lock.h"
#include "publish/publisher.h"
#include "support/run_command.h"

namespace briefcast {
namespace {

using testing::read_text_file;
using testing::TempDir;
using testing::write_text_file;

PublishConfig config_for(const TempDir& dir) {
  PublishConfig config;
  config.out_dir = dir.path();
  config.channel.base_url = "https://casts.example.net/daily";
  return config;
}

// Stages an episode's audio (of `bytes` bytes) and returns the episode to publish.
PodcastEpisode staged_episode(const TempDir& dir, const std::string& date, std::size_t bytes,
                              std::vector<StagedFile>& files) {
  std::filesystem::create_directories(staging_dir(dir.path()));
  std::string name = date + ".mp3";
  std::string staged = staging_dir(dir.path()) + "/" + name;
  write_text_file(staged, std::string(bytes, 'a'));
  files = {{staged, name}};
  PodcastEpisode episode;
  episode.key = "daily:" + date;
  episode.date = date;
  episode.title = date + ": story";
  episode.audio_file = name;
  episode.duration_ms = 1000;
  struct tm day {};
  strptime((date + " 12:00:00").c_str(), "%Y-%m-%d %H:%M:%S", &day);
  episode.published_s = timegm(&day);
  return episode;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(Publisher, AddsEpisodesNewestFirstWithLengthsFromDisk) {
  TempDir dir;
  PublishConfig config = config_for(dir);
  FeedState state;
  std::vector<StagedFile> files;
  publish_episode(config, state, staged_episode(dir, "2031-03-04", 10, files), files, {"a", "b"}, 0);
  PublishResult result = publish_episode(config, state, staged_episode(dir, "2031-03-05", 20, files), files, {"c"}, 0);
  EXPECT_EQ(result.episode_count, 2u);
  ASSERT_EQ(state.episodes.size(), 2u);
  EXPECT_EQ(state.episodes[0].date, "2031-03-05");
  std::string feed = read_text_file(dir.file("feed.xml"));
  EXPECT_NE(feed.find("length=\"20\""), std::string::npos);
  EXPECT_NE(feed.find("length=\"10\""), std::string::npos);
  EXPECT_LT(feed.find("2031-03-05.mp3"), feed.find("2031-03-04.mp3"));
  EXPECT_TRUE(std::filesystem::exists(dir.file("2031-03-04.mp3")));
  // The state round-trips through its file.
  FeedState reread = load_feed_state(dir.path());
  ASSERT_EQ(reread.episodes.size(), 2u);
  EXPECT_EQ(reread.spoken.at("a").episode_key, "daily:2031-03-04");
  EXPECT_EQ(reread.spoken.at("c").date, "2031-03-05");
}

TEST(FeedState, AStorysShortenedTextSurvivesTheStateFile) {
  TempDir dir;
  FeedState state;
  PodcastEpisode episode;
  episode.key = "daily:2031-03-04";
  episode.stories = {{"Ferry returns", "https://news.example.net/f", "Harbor desk", "The ferry sails again."}};
  state.episodes.push_back(episode);
  save_feed_state(dir.path(), state);
  FeedState reread = load_feed_state(dir.path());
  ASSERT_EQ(reread.episodes.size(), 1u);
  ASSERT_EQ(reread.episodes[0].stories.size(), 1u);
  EXPECT_EQ(reread.episodes[0].stories[0].spoken_text, "The ferry sails again.");
  EXPECT_EQ(reread.episodes[0].stories[0].source, "Harbor desk");
}

TEST(Publisher, SameKeyReplacesAndForgetsWhatTheOldEpisodeSpoke) {
  TempDir dir;
  PublishConfig config = config_for(dir);
  FeedState state;
  std::vector<StagedFile> files;
  publish_episode(config, state, staged_episode(dir, "2031-03-04", 10, files), files, {"old"}, 0);
  publish_episode(config, state, staged_episode(dir, "2031-03-04", 30, files), files, {"new"}, 0);
  ASSERT_EQ(state.episodes.size(), 1u);
  EXPECT_EQ(state.spoken.count("old"), 0u);
  EXPECT_TRUE(is_new_item(state, "new", "daily:2031-03-04"));
  EXPECT_FALSE(is_new_item(state, "new", "daily:2031-03-05"));
  std::string feed = read_text_file(dir.file("feed.xml"));
  EXPECT_EQ(count(feed, "<item>"), 1u);
  EXPECT_NE(feed.find("length=\"30\""), std::string::npos);
}

TEST(Publisher, KeepsTheNewestAndPrunesOnlyWhenAsked) {
  TempDir dir;
  PublishConfig config = config_for(dir);
  config.keep = 2;
  FeedState state;
  std::vector<StagedFile> files;
  for (const char* date : {"2031-03-01", "2031-03-02", "2031-03-03"}) {
    publish_episode(config, state, staged_episode(dir, date, 5, files), files, {}, 0);
  }
  EXPECT_EQ(state.episodes.size(), 2u);
  EXPECT_TRUE(std::filesystem::exists(dir.file("2031-03-01.mp3")));  // kept on disk without prune
  config.prune = true;
  PublishResult result = publish_episode(config, state, staged_episode(dir, "2031-03-04", 5, files), files, {}, 0);
  ASSERT_EQ(result.deleted.size(), 1u);
  EXPECT_EQ(result.deleted[0], dir.file("2031-03-02.mp3"));
  EXPECT_FALSE(std::filesystem::exists(dir.file("2031-03-02.mp3")));
  EXPECT_TRUE(std::filesystem::exists(dir.file("2031-03-04.mp3")));
  EXPECT_EQ(count(read_text_file(dir.file("feed.xml")), "<item>"), 2u);
}

TEST(Publisher, AnEpisodeWhoseAudioIsGoneIsLeftOutOfTheFeed) {
  TempDir dir;
  PublishConfig config = config_for(dir);
  FeedState state;
  std::vector<StagedFile> files;
  publish_episode(config, state, staged_episode(dir, "2031-03-04", 10, files), files, {}, 0);
  std::filesystem::remove(dir.file("2031-03-04.mp3"));
  EXPECT_EQ(write_podcast_feed(config, state, 0), 0u);
  EXPECT_EQ(count(read_text_file(dir.file("feed.xml")), "<item>"), 0u);
}

TEST(FeedState, ADamagedStateFileIsNamed) {
  TempDir dir;
  write_text_file(dir.file(kStateFileName), "{\"version\": 1, \"episodes\": [{\"key\": 3}]}");
  try {
    load_feed_state(dir.path());
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(e.one_line().find(kStateFileName), std::string::npos) << e.one_line();
  }
}

TEST(FeedLock, ASecondHolderWaitsThenGivesUpWithAClearMessage) {
  TempDir dir;
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    FeedLock lock(dir.path(), 0);
    char byte = 1;
    if (write(ready[1], &byte, 1) != 1) _exit(1);
    sleep(30);  // killed by the parent long before
    _exit(0);
  }
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1);
  try {
    FeedLock second(dir.path(), 0.3);
    ADD_FAILURE() << "the lock was taken twice";
  } catch (const Error& e) {
    EXPECT_NE(e.one_line().find("another briefcast run"), std::string::npos) << e.one_line();
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  // The kernel released the dead holder's lock: it is free at once.
  FeedLock third(dir.path(), 0);
  close(ready[0]);
  close(ready[1]);
}

}  // namespace
}  // namespace briefcast
