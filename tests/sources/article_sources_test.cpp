#include <gtest/gtest.h>

#include "sources/article_sources.h"
#include "sources/web_test_support.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

SourceConfig feeds_config(const std::vector<std::string>& paths, const TempDir& cache) {
  SourceConfig config;
  for (const std::string& path : paths) config.feeds.push_back(web_server().url(path));
  config.fetch.cache_dir = cache.file("cache");
  return config;
}

TEST(ArticleSources, FilesAndPageUrlsInTheOrderGiven) {
  TempDir cache;
  const std::vector<std::string> inputs = {web_server().url("/web/ferry.html"),
                                           test_data("articles/harbor-electric-ferry.txt"),
                                           web_server().url("/status/500")};
  const auto loaded = load_sources(inputs, feeds_config({}, cache));
  ASSERT_EQ(loaded.size(), 3u);
  ASSERT_TRUE(loaded[0].ok()) << loaded[0].error->one_line();
  EXPECT_EQ(loaded[0].article->title, "Harbour ferry switches to battery power");
  EXPECT_EQ(loaded[0].article->paragraphs.size(), 5u);
  EXPECT_EQ(loaded[0].article->metadata.source_path, inputs[0]);
  EXPECT_TRUE(loaded[1].ok());
  ASSERT_FALSE(loaded[2].ok());
  EXPECT_EQ(loaded[2].error->one_line(), inputs[2] + ": HTTP 500 Internal Server Error");
}

TEST(ArticleSources, FeedItemsOncePerStoryTitledByTheFeed) {
  TempDir cache;
  const auto loaded =
      load_sources({}, feeds_config({"/feeds/news.rss", "/redirect/1/feeds/news.atom", "/feeds/news.rdf"}, cache));
  ASSERT_EQ(loaded.size(), 4u);
  const std::vector<std::string> titles = {"Harbour ferry switches to battery power", "Night buses return to the old town",
                                           "Council approves new cycle lanes",
                                           "Farmers market moves indoors for the winter"};
  for (std::size_t i = 0; i < titles.size(); ++i) {
    ASSERT_TRUE(loaded[i].ok()) << loaded[i].error->one_line();
    EXPECT_EQ(loaded[i].article->title, titles[i]);
  }
  // The market page came through the redirected Atom feed's relative link.
  EXPECT_EQ(loaded[3].source, web_server().url("/web/market.html"));
  EXPECT_NE(loaded[3].article->paragraphs.at(0).find("grain hall"), std::string::npos);
}

TEST(ArticleSources, AnItemWhosePageFailsIsSpokenFromTheFeedsFullText) {
  TempDir cache;
  const auto loaded = load_sources({}, feeds_config({"/feeds/news.rss"}, cache));
  ASSERT_EQ(loaded.size(), 3u);
  const SourcedArticle& buses = loaded[1];  // its link answers 404
  ASSERT_TRUE(buses.ok()) << buses.error->one_line();
  EXPECT_EQ(buses.article->title, "Night buses return to the old town");
  ASSERT_EQ(buses.article->paragraphs.size(), 3u);
  EXPECT_EQ(buses.article->paragraphs[0].rfind("Night buses will run through the old town", 0), 0u);
}

TEST(ArticleSources, AFileLinkFailsWithOneLineNamingIt) {
  TempDir cache;
  const auto loaded = load_sources({}, feeds_config({"/feeds/file-link.rss"}, cache));
  ASSERT_EQ(loaded.size(), 1u);
  ASSERT_FALSE(loaded[0].ok());
  EXPECT_EQ(loaded[0].error->one_line(),
            "file:///etc/passwd: refused: file: URLs are not fetched (only http and https); the feed gives no full text");
}

TEST(ArticleSources, FeedsThatFailAddOneErrorEach) {
  TempDir cache;
  const auto loaded = load_sources(
      {}, feeds_config({"/feeds/billion-laughs.xml", "/feeds/xxe.xml", "/feeds/not-a-feed.xml", "/loop"}, cache));
  ASSERT_EQ(loaded.size(), 4u);
  for (const SourcedArticle& failed : loaded) {
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error->one_line().rfind(failed.source + ": ", 0), 0u) << failed.error->one_line();
  }
  EXPECT_NE(loaded[0].error->message().find("entity"), std::string::npos);
  EXPECT_NE(loaded[1].error->message().find("external entities"), std::string::npos);
  EXPECT_EQ(loaded[2].error->message(), "not a feed: the document is <catalog>, not RSS or Atom");
  EXPECT_EQ(loaded[3].error->message(), "too many redirects (more than 5)");
}

TEST(ArticleSources, FeedFilesAndOpmlLists) {
  TempDir dir;
  const std::string opml = dir.file("list.opml");
  write_text_file(opml, "<opml version=\"2.0\"><head/><body><outline text=\"x\" xmlUrl=\"" +
                            web_server().url("/feeds/news.rss") + "\"/></body></opml>");
  SourceConfig config;
  config.opml_files = {opml};
  config.feeds = {test_data("feeds/news.rdf")};  // a file: its relative links cannot be fetched
  config.fetch.cache_dir = dir.file("cache");
  const auto loaded = load_sources({}, config);
  // The two RDF items (relative links without a base fail), then the three RSS items.
  ASSERT_EQ(loaded.size(), 5u);
  EXPECT_FALSE(loaded[0].ok());
  EXPECT_NE(loaded[0].error->message().find("not an http or https URL"), std::string::npos);
  ASSERT_TRUE(loaded[2].ok()) << loaded[2].error->one_line();
  EXPECT_EQ(loaded[2].article->title, "Harbour ferry switches to battery power");
}

TEST(ArticleSources, ContentKeysAreStableAcrossACachedRerun) {
  TempDir cache;
  const SourceConfig config = feeds_config({"/feeds/news.atom"}, cache);
  const auto first = load_sources({}, config);
  const int full = answers("/web/market.html", 200);
  const int not_modified = answers("/web/market.html", 304);
  const auto second = load_sources({}, config);
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].content_key, second[i].content_key);
  EXPECT_EQ(answers("/web/market.html", 200), full);
  EXPECT_EQ(answers("/web/market.html", 304), not_modified + 1);
}

}  // namespace
}  // namespace briefcast
