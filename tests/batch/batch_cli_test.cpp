// End-to-end tests of `briefcast batch` and `briefcast join`: the real binary, checked with
// ffprobe and the JSON report.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "assemble/wav_reader.h"
#include "batch_test_support.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

class BatchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "a.txt", sample_article("Council approves new bike lanes", "bike lanes"));
    write_file(dir_ / "b.txt", sample_article("Library to open on Sundays", "library"));
    write_file(dir_ / "c.txt", sample_article("Harbor bridge repairs start", "bridge"));
  }

  // The per-article statuses of a report, by input file name.
  std::map<std::string, nlohmann::json> report_by_input(const std::string& path) {
    std::map<std::string, nlohmann::json> entries;
    const nlohmann::json report = read_json(path);  // kept alive: the loop refers into it
    for (const nlohmann::json& entry : report["articles"]) {
      entries[fs::path(entry["input"].get<std::string>()).filename().string()] = entry;
    }
    return entries;
  }

  void expect_valid_article_wav(const std::string& path, const std::string& title) {
    Probe probe = ffprobe(path);
    ASSERT_TRUE(probe.ok) << path;
    EXPECT_EQ(probe.sample_rate_hz, 22050);
    EXPECT_GT(probe.duration_seconds, 5.0) << path;
    ASSERT_EQ(probe.chapters.size(), 1u) << path;
    EXPECT_EQ(probe.chapters[0].second, title);
    EXPECT_EQ(probe.chapters[0].first, 0.0);
  }

  ScratchDir dir_;
};

TEST_F(BatchCli, BadArticlesFailAloneAndGoodOnesAreWritten) {
  write_file(dir_ / "binary.txt", std::string("GIF89a\0\0\x01\x02", 10));
  write_file(dir_ / "debris.txt", debris_article());
  RunResult run = run_cli({"batch", "a.txt", "missing.txt", "b.txt", "binary.txt", "debris.txt", "c.txt", "--out-dir",
                           "out", "-j", "2", "--report", "report.json"},
                          dir_.path());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("missing.txt"), std::string::npos) << run.err;

  expect_valid_article_wav(dir_ / "out/a.wav", "Council approves new bike lanes");
  expect_valid_article_wav(dir_ / "out/b.wav", "Library to open on Sundays");
  expect_valid_article_wav(dir_ / "out/c.wav", "Harbor bridge repairs start");
  EXPECT_FALSE(fs::exists(dir_ / "out/missing.wav"));
  EXPECT_FALSE(fs::exists(dir_ / "out/binary.wav"));
  EXPECT_TRUE(temp_files_in(dir_ / "out").empty());

  auto report = report_by_input(dir_ / "report.json");
  EXPECT_EQ(report["a.txt"]["status"], "synthesized");
  EXPECT_EQ(report["c.txt"]["status"], "synthesized");
  EXPECT_EQ(report["missing.txt"]["status"], "failed");
  EXPECT_EQ(report["binary.txt"]["status"], "failed");
  EXPECT_NE(report["binary.txt"]["error"].get<std::string>().find("binary"), std::string::npos);
  EXPECT_TRUE(report["missing.txt"]["output"].is_null());
  EXPECT_GT(report["a.txt"]["duration_seconds"].get<double>(), 5.0);

  // All debris counts as a failure exactly when the cleaner finds no article in it.
  bool cleaner_rejects = run_cli({"clean", "debris.txt"}, dir_.path()).exit_code != 0;
  EXPECT_EQ(report["debris.txt"]["status"], cleaner_rejects ? "failed" : "synthesized");
  EXPECT_EQ(fs::exists(dir_ / "out/debris.wav"), !cleaner_rejects);
}

TEST_F(BatchCli, AllDebrisArticleFails) {
  write_file(dir_ / "debris.txt", debris_article());
  if (run_cli({"clean", "debris.txt"}, dir_.path()).exit_code == 0) {
    GTEST_SKIP() << "this cleaner keeps page debris as an article";
  }
  RunResult run = run_cli({"batch", "a.txt", "debris.txt", "--out-dir", "out"}, dir_.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("debris.txt"), std::string::npos) << run.err;
  EXPECT_TRUE(fs::exists(dir_ / "out/a.wav"));
  EXPECT_FALSE(fs::exists(dir_ / "out/debris.wav"));
}

TEST_F(BatchCli, RerunSkipsWorkAndChangesRedoOnlyWhatTheyAffect) {
  std::vector<std::string> args = {"batch", "a.txt", "b.txt", "c.txt", "--out-dir", "out", "--report", "r.json"};
  ASSERT_EQ(run_cli(args, dir_.path()).exit_code, 0);
  auto first_write = fs::last_write_time(dir_ / "out/b.wav");

  RunResult rerun = run_cli(args, dir_.path());
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  for (auto& [name, entry] : report_by_input(dir_ / "r.json")) EXPECT_EQ(entry["status"], "up_to_date") << name;
  EXPECT_EQ(fs::last_write_time(dir_ / "out/b.wav"), first_write);

  write_file(dir_ / "b.txt", sample_article("Library to open on Sundays and holidays", "library"));
  ASSERT_EQ(run_cli(args, dir_.path()).exit_code, 0);
  auto report = report_by_input(dir_ / "r.json");
  EXPECT_EQ(report["a.txt"]["status"], "up_to_date");
  EXPECT_EQ(report["b.txt"]["status"], "synthesized");
  EXPECT_EQ(report["b.txt"]["title"], "Library to open on Sundays and holidays");

  std::vector<std::string> faster = args;
  faster.insert(faster.end(), {"--rate", "220"});
  ASSERT_EQ(run_cli(faster, dir_.path()).exit_code, 0);
  for (auto& [name, entry] : report_by_input(dir_ / "r.json")) EXPECT_EQ(entry["status"], "synthesized") << name;

  faster.push_back("--force");
  ASSERT_EQ(run_cli(faster, dir_.path()).exit_code, 0);
  for (auto& [name, entry] : report_by_input(dir_ / "r.json")) EXPECT_EQ(entry["status"], "synthesized") << name;
}

TEST_F(BatchCli, NameCollisionsNeverOverwrite) {
  write_file(dir_ / "x/story.txt", sample_article("First story", "park"));
  write_file(dir_ / "y/story.txt", sample_article("Second story", "school"));
  write_file(dir_ / "z/Story.html", sample_article("Third story", "road"));
  write_file(dir_ / "w/-story.txt", sample_article("Fourth story", "market"));
  RunResult run = run_cli({"batch", "x", "y", "z", "w", "--out-dir", "out"}, dir_.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  expect_valid_article_wav(dir_ / "out/story.wav", "First story");
  expect_valid_article_wav(dir_ / "out/story-2.wav", "Second story");
  expect_valid_article_wav(dir_ / "out/Story-3.wav", "Third story");
  expect_valid_article_wav(dir_ / "out/story-4.wav", "Fourth story");
}

TEST_F(BatchCli, CombinedBriefingHasAChapterPerGoodArticleInInputOrder) {
  RunResult run = run_cli({"batch", "c.txt", "missing.txt", "a.txt", "b.txt", "--out-dir", "out", "--combined",
                           "out/briefing.wav", "--pause-chapter", "1500", "--report", "r.json", "--title", "Nightly"},
                          dir_.path());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  Probe probe = ffprobe(dir_ / "out/briefing.wav");
  ASSERT_TRUE(probe.ok);
  ASSERT_EQ(probe.chapters.size(), 3u);
  EXPECT_EQ(probe.chapters[0].second, "Harbor bridge repairs start");
  EXPECT_EQ(probe.chapters[1].second, "Council approves new bike lanes");
  EXPECT_EQ(probe.chapters[2].second, "Library to open on Sundays");

  auto report = report_by_input(dir_ / "r.json");
  const char* order[] = {"c.txt", "a.txt", "b.txt"};
  std::int64_t expected_start = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    const nlohmann::json& entry = report[order[i]];
    EXPECT_EQ(entry["combined_start_frame"].get<std::int64_t>(), expected_start) << order[i];
    EXPECT_NEAR(probe.chapters[i].first, static_cast<double>(expected_start) / 22050, 1e-3) << order[i];
    expected_start += entry["frames"].get<std::int64_t>() + 22050 * 3 / 2;
  }
  EXPECT_TRUE(report["missing.txt"]["combined_start_frame"].is_null());
  EXPECT_EQ(read_json(dir_ / "r.json")["combined"]["chapters"], 3);
  EXPECT_FALSE(fs::exists(dir_ / "out/briefing-2.wav"));

  // Nothing changed: the combined briefing is left as it is.
  auto written = fs::last_write_time(dir_ / "out/briefing.wav");
  run_cli({"batch", "c.txt", "missing.txt", "a.txt", "b.txt", "--out-dir", "out", "--combined", "out/briefing.wav",
           "--pause-chapter", "1500", "--report", "r.json", "--title", "Nightly"},
          dir_.path());
  EXPECT_EQ(fs::last_write_time(dir_ / "out/briefing.wav"), written);
  EXPECT_EQ(read_json(dir_ / "r.json")["combined"]["status"], "up_to_date");
}

TEST_F(BatchCli, CrashedWorkerCostsOneArticle) {
  RunResult run = run_cli({"batch", "a.txt", "b.txt", "c.txt", "--out-dir", "out", "-j", "2", "--report", "r.json"},
                          dir_.path(), "", {{"BRIEFCAST_TEST_ENGINE_FAULT", "abort:b.txt"}});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("b.txt"), std::string::npos) << run.err;
  auto report = report_by_input(dir_ / "r.json");
  EXPECT_EQ(report["b.txt"]["status"], "failed");
  EXPECT_NE(report["b.txt"]["error"].get<std::string>().find("signal 6"), std::string::npos);
  expect_valid_article_wav(dir_ / "out/a.wav", "Council approves new bike lanes");
  expect_valid_article_wav(dir_ / "out/c.wav", "Harbor bridge repairs start");
  EXPECT_FALSE(fs::exists(dir_ / "out/b.wav"));
  EXPECT_TRUE(temp_files_in(dir_ / "out").empty());
}

TEST_F(BatchCli, InputsFromFoldersListsAndStdin) {
  write_file(dir_ / "more/d.html",
             "<!DOCTYPE html><html><head><title>x</title></head><body><h1>Ferry service resumes</h1>"
             "<p>The ferry between the two islands resumed service on Monday after a week of storms kept the boats "
             "in port. Officials said the schedule would return to normal by the weekend.</p>"
             "<p>Travelers were asked to check times before leaving home, since some crossings may be delayed "
             "while crews inspect the docks.</p></body></html>");
  write_file(dir_ / "list.txt", "a.txt\n\nmore\n");
  RunResult run = run_cli({"batch", "@list.txt", "@-", "--out-dir", "out", "--report", "r.json"}, dir_.path(),
                          "b.txt\na.txt\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json articles = read_json(dir_ / "r.json")["articles"];
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0]["input"], "a.txt");
  EXPECT_EQ(articles[1]["input"], "more/d.html");
  EXPECT_EQ(articles[2]["input"], "b.txt");
  EXPECT_TRUE(fs::exists(dir_ / "out/d.wav"));
}

TEST_F(BatchCli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_cli({"batch", "a.txt"}, dir_.path()).exit_code, 2);  // no --out-dir
  EXPECT_EQ(run_cli({"batch", "a.txt", "--out-dir", "out", "--voice", "no-such-voice"}, dir_.path()).exit_code, 2);
  EXPECT_EQ(run_cli({"batch", "-", "--out-dir", "out"}, dir_.path()).exit_code, 2);
  EXPECT_EQ(run_cli({"batch", "a.txt", "--out-dir", "out", "-j", "0"}, dir_.path()).exit_code, 2);
  EXPECT_FALSE(fs::exists(dir_ / "out/a.wav"));
}

TEST_F(BatchCli, ProgressLinesWhenNotATerminalAndQuiet) {
  RunResult run = run_cli({"batch", "a.txt", "b.txt", "--out-dir", "out"}, dir_.path());
  EXPECT_NE(run.err.find("] ok a.txt -> out/a.wav"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find('\r'), std::string::npos);
  RunResult quiet = run_cli({"batch", "a.txt", "b.txt", "--out-dir", "out", "--quiet"}, dir_.path());
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

// The longest article starts first, so it cannot be left running alone at the end; the
// report keeps the input order all the same.
TEST(BatchOrder, LongestArticleStartsFirstAndTheReportKeepsInputOrder) {
  ScratchDir dir;
  write_file(dir / "short.txt", sample_article("Short note on the tram", "tram"));
  std::string longer = sample_article("Long report on the harbor", "harbor");
  for (int i = 0; i < 4; ++i) longer += "\nThe harbor works went on through the winter, the port authority said in its report.\n";
  write_file(dir / "long.txt", longer);
  RunResult run = run_cli({"batch", "short.txt", "long.txt", "--out-dir", "out", "-j", "1", "--report", "r.json"}, dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::size_t long_line = run.err.find("ok long.txt");
  const std::size_t short_line = run.err.find("ok short.txt");
  ASSERT_NE(long_line, std::string::npos) << run.err;
  ASSERT_NE(short_line, std::string::npos) << run.err;
  EXPECT_LT(long_line, short_line) << run.err;
  const nlohmann::json report = read_json(dir / "r.json");
  ASSERT_EQ(report["articles"].size(), 2u);
  EXPECT_EQ(report["articles"][0]["input"], "short.txt");
  EXPECT_EQ(report["articles"][1]["input"], "long.txt");
}

TEST(JoinCli, ThreeFilesKeepThreeChaptersWithTitlesAtTheRightFrames) {
  ScratchDir dir;
  write_file(dir / "one.txt", sample_article("Schools reopen after the flood", "school"));
  write_file(dir / "two.txt", sample_article("New tram line opens", "tram"));
  write_file(dir / "three.txt", sample_article("Museum gets a new wing", "museum"));
  ASSERT_EQ(run_cli({"batch", "one.txt", "two.txt", "three.txt", "--out-dir", "parts"}, dir.path()).exit_code, 0);

  RunResult run = run_cli({"join", "parts/two.wav", "parts/one.wav", "parts/three.wav", "-o", "joined.wav",
                           "--pause-chapter", "700", "--title", "Joined"},
                          dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Probe probe = ffprobe(dir / "joined.wav");
  ASSERT_TRUE(probe.ok);
  ASSERT_EQ(probe.chapters.size(), 3u);
  const std::string order[] = {"two", "one", "three"};
  const std::string titles[] = {"New tram line opens", "Schools reopen after the flood", "Museum gets a new wing"};
  std::int64_t start = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(probe.chapters[i].second, titles[i]);
    EXPECT_NEAR(probe.chapters[i].first, static_cast<double>(start) / 22050, 1e-4) << titles[i];
    start += read_wav_info(dir / ("parts/" + order[i] + ".wav")).frames + 22050 * 700 / 1000;
  }
  WavInfo joined = read_wav_info(dir / "joined.wav");
  EXPECT_EQ(joined.title, "Joined");
  EXPECT_EQ(joined.frames, start - 22050 * 700 / 1000);
  EXPECT_TRUE(temp_files_in(dir.path()).empty());
}

TEST(JoinCli, MissingInputFailsWithoutOutput) {
  ScratchDir dir;
  RunResult run = run_cli({"join", "nope.wav", "-o", "joined.wav"}, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("nope.wav"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "joined.wav"));
}

}  // namespace
}  // namespace briefcast
