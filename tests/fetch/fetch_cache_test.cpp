// The cache: a second fetch of an unchanged page is a conditional request answered by 304.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "fetch/fetch_test_support.h"
#include "fetch/http_cache.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

// How many answers with `status` the server sent for `path`.
int answers(const std::string& path, int status) {
  const FetchResult stats = fetch_one(data_server().url("/stats"));
  const auto json = nlohmann::json::parse(stats.body);
  if (!json.contains(path)) return 0;
  return json[path].value(std::to_string(status), 0);
}

TEST(FetchCache, RerunMakesOnlyConditionalRequests) {
  TempDir cache;
  FetchConfig config;
  config.cache_dir = cache.file("cache");
  const std::string path = "/slow/0/web/market.html";  // a path no other test asks for
  const FetchResult first = fetch_one(data_server().url(path), config);
  ASSERT_TRUE(first.ok()) << error_of(first);
  EXPECT_FALSE(first.from_cache);
  const FetchResult second = fetch_one(data_server().url(path), config);
  ASSERT_TRUE(second.ok()) << error_of(second);
  EXPECT_TRUE(second.from_cache);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(second.content_type, first.content_type);
  EXPECT_EQ(answers(path, 200), 1);
  EXPECT_EQ(answers(path, 304), 1);
}

TEST(FetchCache, ResponsesWithoutValidatorsAreNotStored) {
  TempDir cache;
  FetchConfig config;
  config.cache_dir = cache.file("cache");
  const std::string path = "/nocache/web/council.html";
  ASSERT_TRUE(fetch_one(data_server().url(path), config).ok());
  const FetchResult second = fetch_one(data_server().url(path), config);
  EXPECT_FALSE(second.from_cache);
  EXPECT_EQ(answers(path, 200), 2);
}

TEST(FetchCache, AMissingBodyFallsBackToAFullRequest) {
  TempDir cache;
  FetchConfig config;
  config.cache_dir = cache.file("cache");
  const std::string path = "/slow/0/web/council.html";
  ASSERT_TRUE(fetch_one(data_server().url(path), config).ok());
  for (const auto& entry : std::filesystem::directory_iterator(config.cache_dir)) {
    if (entry.path().extension() == ".body") std::filesystem::remove(entry.path());
  }
  const FetchResult again = fetch_one(data_server().url(path), config);
  ASSERT_TRUE(again.ok()) << error_of(again);
  EXPECT_EQ(again.body, read_text_file(test_data("web/council.html")));
  EXPECT_EQ(answers(path, 200), 2);
}

TEST(FetchCache, ErrorsAreNotCached) {
  TempDir cache;
  FetchConfig config;
  config.cache_dir = cache.file("cache");
  EXPECT_FALSE(fetch_one(data_server().url("/status/500"), config).ok());
  EXPECT_FALSE(fetch_one(data_server().url("/status/500"), config).ok());
}

// Dates a file `days` days back, as if no run had touched it since.
void age_file(const std::filesystem::path& path, int days) {
  std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() - std::chrono::hours(24 * days));
}

// The JSON file of the entry for `url`.
std::filesystem::path entry_file(const std::string& dir, const std::string& url) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    if (nlohmann::json::parse(read_text_file(entry.path().string())).value("url", "") == url) return entry.path();
  }
  return {};
}

TEST(FetchCache, PruneRemovesEntriesUnusedForLongerThanTheLimit) {
  TempDir dir;
  const HttpCache cache(dir.file("cache"));
  CacheEntry old_entry{"http://127.0.0.1:1/old", "http://127.0.0.1:1/old", "\"a\"", "", "text/html"};
  CacheEntry new_entry{"http://127.0.0.1:1/new", "http://127.0.0.1:1/new", "\"b\"", "", "text/html"};
  ASSERT_TRUE(cache.store(old_entry, "old page"));
  ASSERT_TRUE(cache.store(new_entry, "new page"));
  const std::filesystem::path old_json = entry_file(dir.file("cache"), old_entry.url);
  ASSERT_FALSE(old_json.empty());
  age_file(old_json, 40);
  age_file(std::filesystem::path(old_json).replace_extension(".body"), 40);
  write_text_file(dir.file("cache/notes.txt"), "not an entry");
  age_file(dir.file("cache/notes.txt"), 400);

  EXPECT_EQ(cache.prune(std::chrono::hours(24 * 30)), 1u);
  EXPECT_FALSE(cache.lookup(old_entry.url).has_value());
  EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(old_json).replace_extension(".body")));
  ASSERT_TRUE(cache.lookup(new_entry.url).has_value());
  EXPECT_EQ(cache.body(new_entry.url).value_or(""), "new page");
  EXPECT_TRUE(std::filesystem::exists(dir.file("cache/notes.txt")));
}

TEST(FetchCache, AnEntryA304ReusesIsKeptHowEverOldItsBody) {
  TempDir dir;
  FetchConfig config;
  config.cache_dir = dir.file("cache");
  const std::string path = "/slow/0.0/web/ferry.html";  // a path no other test asks for
  ASSERT_TRUE(fetch_one(data_server().url(path), config).ok());
  const std::filesystem::path json = entry_file(config.cache_dir, data_server().url(path));
  ASSERT_FALSE(json.empty());
  age_file(json, 29);
  age_file(std::filesystem::path(json).replace_extension(".body"), 400);
  const FetchResult again = fetch_one(data_server().url(path), config);
  ASSERT_TRUE(again.from_cache) << error_of(again);
  // Used today: a prune with a one-day limit keeps it, body and all.
  EXPECT_EQ(HttpCache(config.cache_dir).prune(std::chrono::hours(24)), 0u);
  EXPECT_TRUE(HttpCache(config.cache_dir).body(data_server().url(path)).has_value());
}

TEST(FetchCache, AFetchPrunesTheFolderWithItsLimit) {
  TempDir dir;
  FetchConfig config;
  config.cache_dir = dir.file("cache");
  const std::string stale_url = "http://127.0.0.1:1/gone";
  ASSERT_TRUE(HttpCache(config.cache_dir).store({stale_url, stale_url, "\"x\"", "", "text/html"}, "gone"));
  age_file(entry_file(config.cache_dir, stale_url), 31);
  ASSERT_TRUE(fetch_one(data_server().url("/slow/0.0/web/market.html"), config).ok());
  EXPECT_FALSE(HttpCache(config.cache_dir).lookup(stale_url).has_value());
}

}  // namespace
}  // namespace briefcast
