#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "fetch/fetch_test_support.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

TEST(Fetcher, FetchesAPageWithItsContentType) {
  const FetchResult result = fetch_one(data_server().url("/web/ferry.html"));
  ASSERT_TRUE(result.ok()) << error_of(result);
  EXPECT_EQ(result.http_status, 200);
  EXPECT_EQ(result.body, read_text_file(test_data("web/ferry.html")));
  EXPECT_EQ(result.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(result.final_url, result.url);
  EXPECT_FALSE(result.from_cache);
}

TEST(Fetcher, FollowsUpToFiveRedirectsAndReportsTheFinalUrl) {
  const FetchResult result = fetch_one(data_server().url("/redirect/5/web/market.html"));
  ASSERT_TRUE(result.ok()) << error_of(result);
  EXPECT_EQ(result.final_url, data_server().url("/web/market.html"));
  EXPECT_EQ(result.body, read_text_file(test_data("web/market.html")));
}

TEST(Fetcher, DecompressesGzip) {
  const FetchResult result = fetch_one(data_server().url("/gzip/web/council.html"));
  ASSERT_TRUE(result.ok()) << error_of(result);
  EXPECT_EQ(result.body, read_text_file(test_data("web/council.html")));
}

TEST(Fetcher, SendsItsUserAgentAndAcceptsCompression) {
  const FetchResult result = fetch_one(data_server().url("/headers"));
  ASSERT_TRUE(result.ok()) << error_of(result);
  const auto headers = nlohmann::json::parse(result.body);
  EXPECT_EQ(headers.value("User-Agent", ""), std::string("briefcast/") + BRIEFCAST_VERSION);
  EXPECT_NE(headers.value("Accept-Encoding", "").find("gzip"), std::string::npos);
}

TEST(Fetcher, ManyUrlsInParallelComeBackInOrder) {
  std::vector<std::string> urls;
  const std::vector<std::string> pages = {"web/ferry.html", "web/market.html", "web/council.html", "feeds/news.rss",
                                          "feeds/news.atom", "feeds/news.rdf", "articles/harbor-electric-ferry.txt"};
  for (const auto& page : pages) urls.push_back(data_server().url("/slow/0.2/" + page));
  urls.push_back(data_server().url("/status/404"));
  FetchConfig config;
  config.jobs = 3;
  const auto results = fetch_all(urls, config);
  ASSERT_EQ(results.size(), urls.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    ASSERT_TRUE(results[i].ok()) << error_of(results[i]);
    EXPECT_EQ(results[i].url, urls[i]);
    EXPECT_EQ(results[i].body, read_text_file(test_data(pages[i])));
  }
  EXPECT_FALSE(results.back().ok());
}

TEST(Fetcher, DefaultCacheDirFollowsXdg) {
  const char* old_xdg = std::getenv("XDG_CACHE_HOME");
  const std::string saved = old_xdg != nullptr ? old_xdg : "";
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg-cache", 1);
  EXPECT_EQ(default_cache_dir(), "/tmp/xdg-cache/briefcast");
  ::unsetenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  if (home != nullptr) {
    EXPECT_EQ(default_cache_dir(), std::string(home) + "/.cache/briefcast");
  }
  if (old_xdg != nullptr) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
}

}  // namespace
}  // namespace briefcast
