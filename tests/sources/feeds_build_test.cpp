// The CLI on web inputs, end to end through the audio: chapters from feeds, a page URL,
// OPML, batch on URLs, and a rerun that makes only conditional requests.
#include <gtest/gtest.h>

#include <filesystem>

#include "sources/web_test_support.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

std::vector<std::string> chapter_titles(const std::string& audio) {
  const CommandResult probe = run_command({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", audio});
  std::vector<std::string> titles;
  EXPECT_EQ(probe.exit_code, 0) << probe.err;
  if (probe.exit_code != 0) return titles;
  const nlohmann::json json = nlohmann::json::parse(probe.out);
  for (const auto& chapter : json["chapters"]) {
    titles.push_back(chapter["tags"].value("title", ""));
  }
  return titles;
}

const std::vector<std::string> kFeedTitles = {"Harbour ferry switches to battery power",
                                              "Night buses return to the old town", "Council approves new cycle lanes",
                                              "Farmers market moves indoors for the winter"};

TEST(FeedsBuild, OneChapterPerDistinctItemTitledByTheItem) {
  TempDir dir;
  const CommandResult result = run_briefcast(
      {"build", "--feed", web_server().url("/feeds/news.rss"), "--feed", web_server().url("/redirect/1/feeds/news.atom"),
       "--feed", web_server().url("/feeds/news.rdf"), "-o", dir.file("briefing.wav"), "--no-intro", "--cache-dir",
       dir.file("cache")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(chapter_titles(dir.file("briefing.wav")), kFeedTitles);
}

TEST(FeedsBuild, APageUrlAndOpml) {
  TempDir dir;
  const std::string opml = dir.file("news.opml");
  write_text_file(opml, "<opml version=\"2.0\"><body><outline text=\"news\"><outline xmlUrl=\"" +
                            web_server().url("/feeds/news.atom") + "\"/></outline></body></opml>");
  const CommandResult result =
      run_briefcast({"build", web_server().url("/web/council.html"), "--opml", opml, "--max-items", "1", "-o",
                     dir.file("b.wav"), "--no-intro", "--cache-dir", dir.file("cache")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> expected = {"Council approves new cycle lanes",
                                             "Farmers market moves indoors for the winter"};
  EXPECT_EQ(chapter_titles(dir.file("b.wav")), expected);
}

TEST(FeedsBuild, KeepGoingBuildsFromTheItemsThatWorked) {
  TempDir dir;
  const CommandResult result =
      run_briefcast({"build", "--feed", web_server().url("/feeds/news.rss"), "--feed", web_server().url("/status/503"),
                     "--keep-going", "-o", dir.file("b.wav"), "--no-intro", "--cache-dir", dir.file("cache")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.rfind("briefcast: " + web_server().url("/status/503") + ": HTTP 503 Service Unavailable\n", 0), 0u)
      << result.err;
  EXPECT_EQ(chapter_titles(dir.file("b.wav")).size(), 3u);
}

TEST(FeedsBuild, ARerunWithUnchangedPagesMakesOnlyConditionalRequests) {
  TempDir dir;
  const std::vector<std::string> args = {"build", "--feed", web_server().url("/feeds/news.atom"), "-o",
                                         dir.file("b.wav"), "--no-intro", "--cache-dir", dir.file("cache")};
  ASSERT_EQ(run_briefcast(args).exit_code, 0);
  const std::vector<std::string> paths = {"/feeds/news.atom", "/web/market.html", "/web/ferry.html"};
  std::vector<int> full;
  std::vector<int> not_modified;
  for (const std::string& path : paths) {
    full.push_back(answers(path, 200));
    not_modified.push_back(answers(path, 304));
    EXPECT_GE(full.back(), 1) << path;
  }
  const CommandResult again = run_briefcast(args);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    EXPECT_EQ(answers(paths[i], 200), full[i]) << paths[i];
    EXPECT_EQ(answers(paths[i], 304), not_modified[i] + 1) << paths[i];
  }
}

TEST(FeedsBatch, UrlsAndFeedItemsAreUpToDateOnARerun) {
  TempDir dir;
  const std::vector<std::string> args = {"batch", web_server().url("/web/council.html"), "--feed",
                                         web_server().url("/feeds/news.atom"), "--out-dir", dir.file("out"),
                                         "-j", "2", "--cache-dir", dir.file("cache")};
  const CommandResult first = run_briefcast(args);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::vector<std::string> outputs = {"council.wav", "ferry.wav", "market.wav"};
  for (const std::string& name : outputs) EXPECT_TRUE(std::filesystem::exists(dir.file("out/" + name))) << name;
  const int council_full = answers("/web/council.html", 200);
  const CommandResult second = run_briefcast(args);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("3 article(s): 0 synthesized, 3 up to date, 0 failed"), std::string::npos) << second.err;
  EXPECT_EQ(answers("/web/council.html", 200), council_full);
}

TEST(FeedsBatch, APageThatCannotBeFetchedIsAFailedArticleOfTheReport) {
  TempDir dir;
  const std::string missing = web_server().url("/status/503");
  const CommandResult result =
      run_briefcast({"batch", web_server().url("/web/council.html"), missing, "--out-dir", dir.file("out"), "--report",
                     dir.file("report.json"), "--cache-dir", dir.file("cache")});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("2 article(s): 1 synthesized, 0 up to date, 1 failed"), std::string::npos) << result.err;
  EXPECT_TRUE(std::filesystem::exists(dir.file("out/council.wav")));
  const nlohmann::json report = nlohmann::json::parse(read_text_file(dir.file("report.json")));
  EXPECT_EQ(report["total"], 2);
  EXPECT_EQ(report["failed"], 1);
  bool listed = false;
  for (const nlohmann::json& entry : report["articles"]) {
    if (entry["input"] != missing) continue;
    listed = true;
    EXPECT_EQ(entry["status"], "failed");
    EXPECT_NE(entry["error"].get<std::string>().find("HTTP 503"), std::string::npos) << entry.dump();
  }
  EXPECT_TRUE(listed) << report.dump();
}

TEST(FeedsBatch, TheReportIsWrittenWhenNoPageCouldBeFetched) {
  TempDir dir;
  const CommandResult result = run_briefcast({"batch", web_server().url("/status/404"), "--out-dir", dir.file("out"),
                                              "--report", dir.file("report.json"), "--cache-dir", dir.file("cache")});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const nlohmann::json report = nlohmann::json::parse(read_text_file(dir.file("report.json")));
  EXPECT_EQ(report["failed"], 1);
  EXPECT_EQ(report["articles"][0]["status"], "failed");
}

}  // namespace
}  // namespace briefcast
