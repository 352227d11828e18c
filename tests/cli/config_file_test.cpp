// --config FILE end to end: errors name the file, the line and the key (exit 2), an unknown key
// fails, the command line wins over the file, and `config --example` is a file that daily
// reads back as it is.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "support/run_command.h"

namespace briefcast {

using testing::CommandResult;
using testing::run_briefcast;
using testing::run_command;
using testing::TempDir;
using testing::write_text_file;

namespace {

// A local RSS file with `count` items, newest first.
std::string write_feed(const TempDir& dir, int count) {
  std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title><link>https://a.invalid/</link>";
  for (int i = 0; i < count; ++i) {
    std::string n = std::to_string(i);
    xml += "<item><title>Item " + n + "</title><link>https://a.invalid/" + n + "</link><pubDate>Mon, 0" +
           std::to_string(9 - i) + " Mar 2031 08:00:00 +0000</pubDate></item>";
  }
  write_text_file(dir.file("feed.rss"), xml + "</channel></rss>");
  return dir.file("feed.rss");
}

std::size_t listed_items(const CommandResult& result) {
  std::size_t count = 0;
  for (std::size_t at = result.out.find("Item "); at != std::string::npos; at = result.out.find("Item ", at + 1)) ++count;
  return count;
}

TEST(ConfigFile, AnErrorNamesTheFileTheLineAndTheKey) {
  TempDir dir;
  const std::string config = dir.file("briefing.toml");
  write_text_file(config, "# settings\nvoice = \"en-gb\"\n\nmax-items = 0\n");
  CommandResult bad_value = run_briefcast({"daily", "--config", config});
  EXPECT_EQ(bad_value.exit_code, 2);
  EXPECT_NE(bad_value.err.find("briefcast: " + config + ":4: max-items: "), std::string::npos) << bad_value.err;

  write_text_file(config, "rate = 150\npodcast-title = \"Morning news\nkeep = 3\n");
  CommandResult bad_syntax = run_briefcast({"daily", "--config", config});
  EXPECT_EQ(bad_syntax.exit_code, 2);
  EXPECT_NE(bad_syntax.err.find(config + ":2: podcast-title: unterminated string"), std::string::npos) << bad_syntax.err;

  write_text_file(config, "rate = fast\n");
  CommandResult bare_text = run_briefcast({"build", "--config", config, "a.txt", "-o", dir.file("a.wav")});
  EXPECT_EQ(bare_text.exit_code, 2);
  EXPECT_NE(bare_text.err.find(config + ":1: rate: bad value fast"), std::string::npos) << bare_text.err;

  write_text_file(config, "\nrate = 20\n");
  CommandResult out_of_range = run_briefcast({"build", "--config", config, "a.txt", "-o", dir.file("a.wav")});
  EXPECT_EQ(out_of_range.exit_code, 2);
  EXPECT_NE(out_of_range.err.find(config + ":2: rate: "), std::string::npos) << out_of_range.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("a.wav")));
}

TEST(ConfigFile, AnUnknownKeyIsAnErrorOnEveryCommand) {
  TempDir dir;
  const std::string config = dir.file("c.toml");
  write_text_file(config, "# one setting\nmax-itemz = 3\n");
  for (const std::string command : {"daily", "build", "batch", "publish", "feed"}) {
    CommandResult result = run_briefcast({command, "--config", config});
    EXPECT_EQ(result.exit_code, 2) << command;
    EXPECT_NE(result.err.find(config + ":2: max-itemz: unknown key: not an option of briefcast " + command),
              std::string::npos)
        << command << ": " << result.err;
  }
  // A table is not silently skipped either.
  write_text_file(config, "[daily]\nvoice = \"en\"\n");
  CommandResult table = run_briefcast({"daily", "--config", config});
  EXPECT_EQ(table.exit_code, 2);
  EXPECT_NE(table.err.find(config + ":1: [daily]: tables are not read"), std::string::npos) << table.err;
  // So is the option that names the file itself.
  write_text_file(config, "config = \"other.toml\"\n");
  EXPECT_EQ(run_briefcast({"daily", "--config", config}).exit_code, 2);
}

TEST(ConfigFile, TheCommandLineWinsOverTheFile) {
  TempDir dir;
  const std::string feed = write_feed(dir, 4);
  const std::string config = dir.file("c.toml");
  write_text_file(config, "max-items = 1\n");
  CommandResult from_file = run_briefcast({"feed", feed, "--config", config});
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  EXPECT_EQ(listed_items(from_file), 1u) << from_file.out;
  CommandResult overridden = run_briefcast({"feed", "--max-items", "3", feed, "--config", config});
  ASSERT_EQ(overridden.exit_code, 0) << overridden.err;
  EXPECT_EQ(listed_items(overridden), 3u) << overridden.out;
  // A repeatable option given on the command line replaces the file's list, not adds to it.
  write_text_file(config, "opml = [\"missing.opml\"]\n");
  CommandResult list = run_briefcast({"feed", feed, "--config", config, "--opml", dir.file("none.opml")});
  EXPECT_EQ(list.err.find("missing.opml"), std::string::npos) << list.err;
  EXPECT_NE(list.err.find("none.opml"), std::string::npos) << list.err;
}

TEST(ConfigFile, TheExampleIsValidTomlAndDailyReadsItBack) {
  TempDir dir;
  CommandResult example = run_briefcast({"config", "--example"});
  ASSERT_EQ(example.exit_code, 0) << example.err;
  const std::string config = dir.file("daily.toml");
  write_text_file(config, example.out);
  // Python's own TOML reader agrees it is TOML; its keys are daily's long options.
  CommandResult keys = run_command(
      {"/usr/bin/python3", "-c",
       "import sys, tomllib; d = tomllib.load(open(sys.argv[1], 'rb')); print(' '.join(sorted(d)))", config});
  ASSERT_EQ(keys.exit_code, 0) << keys.err;
  CommandResult help = run_briefcast({"help", "daily"});
  std::istringstream words(keys.out);
  std::size_t count = 0;
  for (std::string key; words >> key; ++count) {
    EXPECT_NE(help.out.find("--" + key), std::string::npos) << key;
  }
  EXPECT_GE(count, 20u);
  for (const std::string key : {"feed", "out-dir", "base-url", "max-minutes", "headlines", "keep", "prune", "voice"}) {
    EXPECT_NE(keys.out.find(key), std::string::npos) << key;
  }
  // daily runs on it as it is, the command line pointing it at a local feed with nothing new
  // and at a folder of the test's own: every key in it was accepted.
  const std::string feed = write_feed(dir, 0);
  CommandResult run = run_briefcast({"daily", "--config", config, "--feed", feed, "--out-dir", dir.file("cast")});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("nothing new"), std::string::npos) << run.out;
  EXPECT_TRUE(std::filesystem::is_directory(dir.file("cast")));

  // Every key left commented out is valid too, once uncommented (the file is read before
  // --help is obeyed, so a bad key would fail here).
  std::istringstream lines(example.out);
  std::string uncommented;
  std::size_t commented = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# ", 0) == 0 && line.find(" = ") != std::string::npos && line.find(' ', 2) == line.find(" = ")) {
      line.erase(0, 2);
      ++commented;
    }
    uncommented += line + "\n";
  }
  EXPECT_GE(commented, 5u);
  write_text_file(config, uncommented);
  CommandResult all_keys = run_briefcast({"daily", "--config", config, "--help"});
  EXPECT_EQ(all_keys.exit_code, 0) << all_keys.err;
  write_text_file(config, uncommented + "rate = fast\n");
  EXPECT_EQ(run_briefcast({"daily", "--config", config, "--help"}).exit_code, 2);
}

}  // namespace
}  // namespace briefcast
