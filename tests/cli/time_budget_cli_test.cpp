// End to end: --max-minutes, --headlines and segment --json's "kept", through the real binary
// with real synthesis; lengths measured by ffprobe, not by our own reader.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

#include "support/run_command.h"

namespace briefcast {

using testing::run_briefcast;
using testing::run_command;
using testing::TempDir;
using testing::test_data;
using testing::write_text_file;

namespace {

std::vector<std::string> sample_articles() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(test_data("articles"))) paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

double seconds_of(const std::string& audio) {
  auto probe = run_command({"ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", audio});
  EXPECT_EQ(probe.exit_code, 0) << probe.err;
  return probe.exit_code == 0 ? std::stod(probe.out) : 0;
}

std::string build(const std::vector<std::string>& articles, const std::string& output,
                  const std::vector<std::string>& options) {
  std::vector<std::string> args = {"build"};
  args.insert(args.end(), articles.begin(), articles.end());
  args.insert(args.end(), {"-o", output, "-q"});
  args.insert(args.end(), options.begin(), options.end());
  auto result = run_briefcast(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return output;
}

// The segments of `article` as JSON objects, as `segment --json` prints them.
std::vector<nlohmann::json> segments(const std::vector<std::string>& args) {
  auto result = run_briefcast(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<nlohmann::json> lines;
  std::istringstream in(result.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

// An invented article of `paragraphs` paragraphs of three sentences each.
std::string invented_article(int number, int paragraphs) {
  std::string text = "Council report number " + std::to_string(number) + " is published\n\n";
  for (int p = 0; p < paragraphs; ++p) {
    text += "The committee met on day " + std::to_string(p + 1) + " to review the transport plan for district " +
            std::to_string(number) + ". Members asked for more buses on the northern routes. ";
    text += "The chair said a decision would follow after the public hearing.\n\n";
  }
  return text;
}

}  // namespace

TEST(TimeBudgetCli, SampleArticlesFitTwoMinutesWithEveryHeadlineAndLeadInTheCaptions) {
  TempDir dir;
  const std::vector<std::string> articles = sample_articles();
  const double seconds = seconds_of(build(articles, dir.file("two.wav"), {"--max-minutes", "2", "--captions", dir.file("two.vtt")}));
  EXPECT_LE(seconds, 120.0);
  EXPECT_GE(seconds, 108.0);
  const std::string captions = testing::read_text_file(dir.file("two.vtt"));
  EXPECT_NE(captions.find("stories, about two minutes."), std::string::npos) << captions.substr(0, 300);
  for (const std::string& article : articles) {
    std::vector<nlohmann::json> lines = segments({"segment", article, "--json"});
    ASSERT_GE(lines.size(), 2u);
    EXPECT_NE(captions.find(lines[0]["text"].get<std::string>()), std::string::npos) << article;
    EXPECT_NE(captions.find(lines[1]["text"].get<std::string>()), std::string::npos) << article;
  }
  // The chapters follow the shortened audio: one per article, the last ending at its end.
  auto probe = run_command({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", dir.file("two.wav")});
  auto chapters = nlohmann::json::parse(probe.out)["chapters"];
  ASSERT_EQ(chapters.size(), articles.size());
  EXPECT_NEAR(std::stod(chapters.back()["end_time"].get<std::string>()), seconds, 0.01);
}

TEST(TimeBudgetCli, HeadlinesAreUnderAThirdOfTheFullBriefing) {
  TempDir dir;
  const std::vector<std::string> articles = sample_articles();
  const double full = seconds_of(build(articles, dir.file("full.wav"), {}));
  const double headlines = seconds_of(build(articles, dir.file("headlines.wav"), {"--headlines"}));
  EXPECT_LT(headlines * 3, full) << headlines << " s of " << full << " s";
}

TEST(TimeBudgetCli, TooShortForTheHeadlinesFailsSayingWhatTheyNeed) {
  TempDir dir;
  std::vector<std::string> args = {"build"};
  for (const std::string& article : sample_articles()) args.push_back(article);
  args.insert(args.end(), {"-o", dir.file("none.wav"), "--max-minutes", "0.5"});
  auto result = run_briefcast(args);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--max-minutes 0.5 is too short: the headlines and leads of the 5 stories need "),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("none.wav")));
}

TEST(TimeBudgetCli, OneArticleFitsItsBudgetAndSegmentShowsTheCut) {
  TempDir dir;
  write_text_file(dir.file("one.txt"), invented_article(7, 8));
  const double full = seconds_of(build({dir.file("one.txt")}, dir.file("full.wav"), {}));
  ASSERT_GT(full, 60.0);
  const double cut = seconds_of(build({dir.file("one.txt")}, dir.file("cut.wav"), {"--max-minutes", "0.75"}));
  EXPECT_LE(cut, 45.0);
  EXPECT_GE(cut, 40.5);
  std::vector<nlohmann::json> lines = segments({"segment", dir.file("one.txt"), "--json", "--max-minutes", "0.75"});
  ASSERT_GT(lines.size(), 3u);
  EXPECT_TRUE(lines[0]["kept"].get<bool>());
  EXPECT_TRUE(lines[1]["kept"].get<bool>());
  EXPECT_FALSE(lines.back()["kept"].get<bool>());
}

TEST(TimeBudgetCli, ThreeArticlesFitTheirBudget) {
  TempDir dir;
  std::vector<std::string> articles;
  for (int i = 0; i < 3; ++i) {
    articles.push_back(dir.file("a" + std::to_string(i) + ".txt"));
    write_text_file(articles.back(), invented_article(i, 3 + 2 * i));
  }
  const double cut = seconds_of(build(articles, dir.file("cut.wav"), {"--max-minutes", "1.5", "--chime", test_data("../../audio/chime.wav")}));
  EXPECT_LE(cut, 90.0);
  EXPECT_GE(cut, 81.0);
}

TEST(TimeBudgetCli, TwentyArticlesFitTheirBudget) {
  TempDir dir;
  std::vector<std::string> articles;
  for (int i = 0; i < 20; ++i) {
    articles.push_back(dir.file("a" + std::to_string(i) + ".txt"));
    write_text_file(articles.back(), invented_article(i, 1 + i % 4));
  }
  const double cut = seconds_of(build(articles, dir.file("cut.wav"), {"--max-minutes", "6", "--no-intro"}));
  EXPECT_LE(cut, 360.0);
  EXPECT_GE(cut, 324.0);
}

TEST(TimeBudgetCli, AQuotationIsNeverCutInHalf) {
  TempDir dir;
  std::string text = "Mayor opens the new bridge\n\nThe mayor opened the new bridge across the river on Monday morning. ";
  text += "\u201CWe waited twenty years for this day. We argued about every detail. Today we finally cross it,\u201D she said.\n\n";
  for (int p = 0; p < 6; ++p) text += "Engineers checked the cables again in the afternoon. Traffic was light on the first day.\n\n";
  write_text_file(dir.file("bridge.txt"), text);
  for (const char* minutes : {"0.3", "0.4", "0.5", "0.6"}) {
    std::vector<nlohmann::json> lines =
        segments({"segment", dir.file("bridge.txt"), "--json", "--no-intro", "--max-minutes", minutes});
    ASSERT_GE(lines.size(), 5u);
    EXPECT_EQ(lines[2]["kept"], lines[3]["kept"]) << minutes;
    EXPECT_EQ(lines[3]["kept"], lines[4]["kept"]) << minutes;
  }
}

TEST(TimeBudgetCli, BatchCombinedFitsItsBudgetAndKeepsTheArticlesWhole) {
  TempDir dir;
  std::vector<std::string> args = {"batch", test_data("articles"), "--out-dir", dir.file("out"), "-q",
                                   "--combined", dir.file("combined.wav"), "--max-minutes", "2"};
  auto result = run_briefcast(args);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const double combined = seconds_of(dir.file("combined.wav"));
  EXPECT_LE(combined, 120.0);
  EXPECT_GE(combined, 108.0);
  double articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("out"))) articles += seconds_of(entry.path().string());
  EXPECT_GT(articles, 3 * combined);

  auto without_combined = run_briefcast({"batch", test_data("articles"), "--out-dir", dir.file("out"), "--headlines"});
  EXPECT_EQ(without_combined.exit_code, 2);
}

}  // namespace briefcast
