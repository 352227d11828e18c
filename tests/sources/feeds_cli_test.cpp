// The CLI on web inputs, quick cases: listing feeds, cleaning a URL, and every failure giving
// one line per problem quickly, with nothing written.
#include <gtest/gtest.h>

#include <filesystem>

#include "sources/web_test_support.h"
#include "support/shell.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

TEST(FeedCommand, ListsItemsAsJsonWithoutFetchingPages) {
  TempDir dir;
  const int ferry_before = answers("/web/ferry.html", 200);
  const int market_before = answers("/web/market.html", 200);
  const CommandResult result =
      run_briefcast({"feed", web_server().url("/feeds/news.rss"), web_server().url("/feeds/news.atom"), "--json",
                     "--cache-dir", dir.file("cache"), "--max-items", "2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto items = nlohmann::json::parse(result.out);
  ASSERT_EQ(items.size(), 3u);  // two per feed, the ferry story once
  EXPECT_EQ(items[0]["title"], "Harbour ferry switches to battery power");
  EXPECT_EQ(items[0]["published"], "2026-11-29T07:30:00Z");
  EXPECT_EQ(items[0]["guid"], "bayside-2026-0415");
  EXPECT_EQ(items[0]["feed"], web_server().url("/feeds/news.rss"));
  EXPECT_EQ(items[2]["link"], web_server().url("/web/market.html"));
  EXPECT_EQ(answers("/web/ferry.html", 200), ferry_before);
  EXPECT_EQ(answers("/web/market.html", 200), market_before);
}

TEST(FeedCommand, SinceFiltersAndABadSinceIsAUsageError) {
  TempDir dir;
  const std::string feed = web_server().url("/feeds/news.rss");
  const CommandResult since = run_briefcast({"feed", feed, "--since", "2026-11-28", "--json", "--cache-dir", dir.path()});
  ASSERT_EQ(since.exit_code, 0) << since.err;
  EXPECT_EQ(nlohmann::json::parse(since.out).size(), 2u);
  const CommandResult bad = run_briefcast({"feed", feed, "--since", "yesterday", "--cache-dir", dir.path()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "briefcast: --since yesterday: not a duration (24h, 7d, 90m, 2w) or a date (2026-11-28)\n");
}

TEST(CleanCommand, TakesAPageUrl) {
  TempDir dir;
  const CommandResult result =
      run_briefcast({"clean", web_server().url("/web/market.html"), "--cache-dir", dir.file("cache")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("Farmers market moves indoors for the winter\n\nThe Saturday farmers market", 0), 0u);
}

TEST(BuildFailures, HostileFeedsAndFailedFetchesGiveOneLineEachAndWriteNothing) {
  TempDir dir;
  TempDir cache;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/feeds/billion-laughs.xml", "not a feed: entity expansion refused (an entity bomb)"},
      {"/feeds/xxe.xml", "refused: the document declares external entities (never loaded)"},
      {"/feeds/not-a-feed.xml", "not a feed: the document is <catalog>, not RSS or Atom"},
      {"/status/404", "HTTP 404 Not Found"},
      {"/status/500", "HTTP 500 Internal Server Error"},
      {"/loop", "too many redirects (more than 5)"},
      {"/huge", "too large (over 16 MiB)"},
      {"/to-file", "refused: redirected to a scheme other than http or https"},
  };
  std::vector<std::string> args = {"build", "-o", dir.file("briefing.wav"), "--cache-dir", cache.path()};
  std::string expected;
  for (const auto& [path, cause] : cases) {
    args.insert(args.end(), {"--feed", web_server().url(path)});
    expected += "briefcast: " + web_server().url(path) + ": " + cause + "\n";
  }
  args.insert(args.end(), {"--feed", web_server().url("/feeds/file-link.rss")});
  expected += "briefcast: file:///etc/passwd: refused: file: URLs are not fetched (only http and https); the feed "
              "gives no full text\n";
  const CommandResult result = run_briefcast(args);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, expected + "briefcast: " + dir.file("briefing.wav") +
                            ": not written (9 article(s) failed; --keep-going builds the rest)\n");
  EXPECT_TRUE(dir.entries().empty());
}

TEST(BuildFailures, TimeoutNamesTheUrl) {
  TempDir dir;
  const std::string url = web_server().url("/slow/5/web/ferry.html");
  const CommandResult result = run_briefcast(
      {"build", url, "-o", dir.file("b.wav"), "--fetch-timeout", "0.5", "--cache-dir", dir.file("cache")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(lines_of(result.err).at(0), "briefcast: " + url + ": timed out after 0.5 s");
  EXPECT_FALSE(std::filesystem::exists(dir.file("b.wav")));
}

TEST(BuildFailures, OtherSchemesAsArticlesAreRefused) {
  TempDir dir;
  const CommandResult result =
      run_briefcast({"build", "file:///etc/passwd", "-o", dir.file("b.wav"), "--cache-dir", dir.file("cache")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(lines_of(result.err).at(0),
            "briefcast: file:///etc/passwd: refused: file: URLs are not fetched (only http and https)");
  EXPECT_EQ(result.err.find("root:"), std::string::npos);
}

}  // namespace
}  // namespace briefcast
