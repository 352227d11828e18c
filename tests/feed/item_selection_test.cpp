#include <gtest/gtest.h>

#include "feed/feed_dates.h"
#include "feed/item_selection.h"
#include "support/run_command.h"

namespace briefcast {
namespace {

using testing::read_text_file;
using testing::test_data;

std::vector<Feed> fixture_feeds() {
  std::vector<Feed> feeds;
  for (const std::string& name : std::vector<std::string>{"news.rss", "news.atom", "news.rdf"}) {
    feeds.push_back(parse_feed(read_text_file(test_data("feeds/" + name)), name, "http://127.0.0.1:8080/feeds/" + name));
  }
  return feeds;
}

std::vector<std::string> titles(const std::vector<FeedItem>& items) {
  std::vector<std::string> out;
  for (const FeedItem& item : items) out.push_back(item.title);
  return out;
}

TEST(ItemSelection, NewestFirstPerFeedAndEachStoryOnce) {
  const auto items = select_items(fixture_feeds(), {});
  const std::vector<std::string> expected = {"Harbour ferry switches to battery power", "Night buses return to the old town",
                                             "Council approves new cycle lanes",
                                             "Farmers market moves indoors for the winter"};
  EXPECT_EQ(titles(items), expected);
}

TEST(ItemSelection, MaxItemsIsPerFeed) {
  ItemSelection selection;
  selection.max_items_per_feed = 1;
  const std::vector<std::string> expected = {"Harbour ferry switches to battery power",
                                             "Farmers market moves indoors for the winter"};
  // The RDF feed's newest item is the market story again, so it adds nothing.
  EXPECT_EQ(titles(select_items(fixture_feeds(), selection)), expected);
}

TEST(ItemSelection, SinceLeavesOutOlderItems) {
  ItemSelection selection;
  selection.since = parse_rfc3339_date("2026-11-28T00:00:00Z");
  const std::vector<std::string> expected = {"Harbour ferry switches to battery power", "Night buses return to the old town",
                                             "Farmers market moves indoors for the winter"};
  EXPECT_EQ(titles(select_items(fixture_feeds(), selection)), expected);
}

TEST(ItemSelection, UndatedItemsFollowDatedOnesAndPassTheCutoff) {
  Feed feed;
  feed.items = {{.title = "undated", .link = "http://127.0.0.1/u"},
                {.title = "old", .link = "http://127.0.0.1/o", .published = 100},
                {.title = "new", .link = "http://127.0.0.1/n", .published = 200}};
  ItemSelection selection;
  selection.since = 150;
  const std::vector<std::string> expected = {"new", "undated"};
  EXPECT_EQ(titles(select_items({feed}, selection)), expected);
}

TEST(NormalizeLink, SameStoryDifferentSpelling) {
  const std::string key = normalize_link("http://news.example/a/story?id=7");
  EXPECT_EQ(normalize_link("HTTPS://News.Example:443/a/story?id=7#top"), key);
  EXPECT_EQ(normalize_link("http://news.example/a/story?utm_source=rss&id=7&utm_campaign=x&fbclid=abc"), key);
  EXPECT_EQ(normalize_link("http://news.example:80/a/story?id=7"), key);
  EXPECT_NE(normalize_link("http://news.example/a/story?id=8"), key);
  EXPECT_NE(normalize_link("http://news.example/A/story?id=7"), key);  // paths are case-sensitive
  EXPECT_EQ(normalize_link("http://news.example"), "http://news.example/");
  EXPECT_EQ(normalize_link("http://news.example/x?utm_medium=feed"), "http://news.example/x");
}

}  // namespace
}  // namespace briefcast
