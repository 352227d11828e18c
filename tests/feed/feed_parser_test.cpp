#include <gtest/gtest.h>

#include "feed/feed.h"
#include "feed/feed_dates.h"
#include "model/error.h"
#include "support/run_command.h"

namespace briefcast {
namespace {

using testing::read_text_file;
using testing::test_data;

constexpr const char* kBase = "http://127.0.0.1:8080/feeds/";

Feed parse_fixture(const std::string& name) {
  return parse_feed(read_text_file(test_data("feeds/" + name)), name, std::string(kBase) + name);
}

TEST(FeedParser, Rss2ItemsWithRelativeLinksResolvedAgainstTheFeedUrl) {
  const Feed feed = parse_fixture("news.rss");
  EXPECT_EQ(feed.format, FeedFormat::kRss2);
  EXPECT_EQ(feed.title, "Bayside Courier & Friends");
  ASSERT_EQ(feed.items.size(), 3u);
  EXPECT_EQ(feed.items[0].title, "Council approves new cycle lanes");
  EXPECT_EQ(feed.items[0].link, "http://127.0.0.1:8080/web/council.html");
  EXPECT_EQ(feed.items[0].guid, "bayside-2026-0412");
  EXPECT_EQ(feed.items[0].published, parse_rfc3339_date("2026-11-27T18:00:00Z"));
  EXPECT_EQ(feed.items[0].feed_title, "Bayside Courier & Friends");
  EXPECT_EQ(feed.items[0].feed_source, "news.rss");
}

TEST(FeedParser, Rss2TitleMarkupBecomesPlainText) {
  const Feed feed = parse_fixture("news.rss");
  EXPECT_EQ(feed.items[1].title, "Harbour ferry switches to battery power");
  EXPECT_EQ(feed.items[1].link, "http://127.0.0.1:8080/web/ferry.html?utm_source=rss&utm_medium=feed");
}

TEST(FeedParser, Rss2ContentEncodedIsKeptAsTheFullArticle) {
  const Feed feed = parse_fixture("news.rss");
  EXPECT_NE(feed.items[2].content_html.find("<p>Night buses will run"), std::string::npos);
  EXPECT_EQ(feed.items[2].summary_html, "Services resume on Friday.");
  EXPECT_TRUE(feed.items[0].content_html.empty());
}

TEST(FeedParser, AtomEntriesTakeTheAlternateLinkAndPublishedDate) {
  const Feed feed = parse_fixture("news.atom");
  EXPECT_EQ(feed.format, FeedFormat::kAtom);
  EXPECT_EQ(feed.title, "Valley Gazette");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].link, "http://127.0.0.1:8080/web/market.html");
  EXPECT_EQ(feed.items[0].guid, "tag:valley-gazette.example,2026:market");
  EXPECT_EQ(feed.items[0].published, parse_rfc3339_date("2026-11-29T07:00:00Z"));
  // No <published>: <updated> dates it.
  EXPECT_EQ(feed.items[1].published, parse_rfc3339_date("2026-11-28T12:00:00Z"));
  EXPECT_EQ(feed.items[1].link, "http://127.0.0.1:8080/web/ferry.html#comments");
}

TEST(FeedParser, AtomContentTypes) {
  const std::string atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><title type="html">A &lt;i&gt;big&lt;/i&gt; day</title><id>1</id>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>two</b></p></div></content></entry>
    <entry><title>Plain &lt;tag&gt;</title><id>2</id><content type="text">a &lt; b</content></entry>
    <entry><title>Elsewhere</title><id>3</id><content src="http://127.0.0.1/x" type="text/html"/></entry>
  </feed>)";
  const Feed feed = parse_feed(atom, "inline.atom");
  ASSERT_EQ(feed.items.size(), 3u);
  EXPECT_EQ(feed.items[0].title, "A big day");
  EXPECT_NE(feed.items[0].content_html.find("<p>One <b>two</b></p>"), std::string::npos);
  EXPECT_EQ(feed.items[1].title, "Plain <tag>");
  EXPECT_EQ(feed.items[1].content_html, "a &lt; b");
  EXPECT_TRUE(feed.items[2].content_html.empty());
}

TEST(FeedParser, RdfItemsAreSiblingsOfTheChannel) {
  const Feed feed = parse_fixture("news.rdf");
  EXPECT_EQ(feed.format, FeedFormat::kRdf);
  EXPECT_EQ(feed.title, "Riverside Weekly");
  ASSERT_EQ(feed.items.size(), 2u);
  EXPECT_EQ(feed.items[0].guid, "tag:valley-gazette.example,2026:market");
  EXPECT_EQ(feed.items[0].link, "http://127.0.0.1:8080/web/market-syndicated.html");
  EXPECT_EQ(feed.items[1].published, parse_rfc3339_date("2026-11-27T18:30:00Z"));
}

TEST(FeedParser, XmlBaseOverridesTheFeedUrl) {
  const std::string rss = R"(<rss version="2.0"><channel xml:base="http://127.0.0.1:9000/news/"><title>B</title>
    <item><title>x</title><link>story.html</link></item></channel></rss>)";
  EXPECT_EQ(parse_feed(rss, "b.rss", kBase).items.at(0).link, "http://127.0.0.1:9000/news/story.html");
}

TEST(FeedParser, PermalinkGuidStandsInForAMissingLink) {
  const std::string rss = R"(<rss version="2.0"><channel><title>G</title>
    <item><title>x</title><guid>/a/1.html</guid></item>
    <item><title>y</title><guid isPermaLink="false">id-2</guid></item></channel></rss>)";
  const Feed feed = parse_feed(rss, "g.rss", kBase);
  EXPECT_EQ(feed.items[0].link, "http://127.0.0.1:8080/a/1.html");
  EXPECT_TRUE(feed.items[1].link.empty());
}

TEST(FeedParser, OtherXmlIsNotAFeed) {
  try {
    parse_fixture("not-a-feed.xml");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.one_line(), "not-a-feed.xml: not a feed: the document is <catalog>, not RSS or Atom");
  }
}

TEST(FeedParser, HtmlAndGarbageAreNotFeeds) {
  for (const std::string& bytes : {std::string("<!DOCTYPE html><html><body><p>hi</p></body></html>"),
                                  std::string("just some words"), std::string()}) {
    try {
      parse_feed(bytes, "page");
      FAIL() << "accepted: " << bytes;
    } catch (const Error& e) {
      EXPECT_EQ(e.one_line().rfind("page: not a feed: ", 0), 0u) << e.one_line();
      EXPECT_EQ(e.one_line().find('\n'), std::string::npos);
    }
  }
}

TEST(Opml, EveryXmlUrlNestedOnceInDocumentOrder) {
  const auto urls = parse_opml(read_text_file(test_data("feeds/subscriptions.opml")), "subscriptions.opml");
  const std::vector<std::string> expected = {"http://127.0.0.1:8/feeds/news.rss", "http://127.0.0.1:8/feeds/news.atom",
                                             "http://127.0.0.1:8/feeds/news.rdf"};
  EXPECT_EQ(urls, expected);
}

TEST(Opml, AFeedIsNotOpml) {
  EXPECT_THROW(parse_opml(read_text_file(test_data("feeds/news.rss")), "news.rss"), Error);
}

}  // namespace
}  // namespace briefcast
