// The cache: a second fetch of an unchanged page is a conditional request answered by 304.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "fetch/fetch_test_support.h"

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

}  // namespace
}  // namespace briefcast
