#include "io/config_lines.h"

#include <gtest/gtest.h>

namespace briefcast {
namespace {

std::string error_of(const std::string& text) {
  try {
    split_config_statements(text, "my.toml");
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kUsage);
    return e.one_line();
  }
  return "(no error)";
}

TEST(ConfigLines, StatementsKeepTheirLineAndLoseTheirComments) {
  auto statements = split_config_statements(
      "# a comment\n\nvoice = \"en-gb\"  # trailing\nmax-items = 5\r\nfeed = [\n  \"https://a.example/rss\", # one\n"
      "  'b.xml',\n]\nprune = true\ndate = 2031-03-04\nrate = 1_75\n",
      "my.toml");
  ASSERT_EQ(statements.size(), 6u);
  EXPECT_EQ(statements[0].line, 3u);
  EXPECT_EQ(statements[0].text, "voice = \"en-gb\"");
  EXPECT_EQ(statements[1].line, 4u);
  EXPECT_EQ(statements[2].key, "feed");
  EXPECT_EQ(statements[2].line, 5u);
  EXPECT_EQ(statements[2].text, "feed = [\"https://a.example/rss\", 'b.xml']");
  EXPECT_EQ(statements[3].line, 9u);
  EXPECT_EQ(statements[4].text, "date = 2031-03-04");
}

TEST(ConfigLines, EveryErrorNamesTheFileTheLineAndTheKey) {
  EXPECT_EQ(error_of("voice = \"en\"\nrate = fast\n"), "my.toml:2: rate: bad value fast (text needs quotes: \"fast\")");
  EXPECT_EQ(error_of("\n\nvoice = \"en-gb\n"), "my.toml:3: voice: unterminated string (no closing \")");
  EXPECT_EQ(error_of("feed = [\"a\",\n \"b\"\n"), "my.toml:1: feed: unterminated array (no closing ])");
  EXPECT_EQ(error_of("feed = [\"a\" \"b\"]\n"), "my.toml:1: feed: expected , or ] in the array");
  EXPECT_EQ(error_of("voice\n"), "my.toml:1: voice: expected = after the key");
  EXPECT_EQ(error_of("rate = 100 200\n"), "my.toml:1: rate: unexpected text after the value: \"200\"");
  EXPECT_EQ(error_of("rate =\n"), "my.toml:1: rate: missing value");
  EXPECT_EQ(error_of("a = 1\nb = 2\na = 3\n"), "my.toml:3: a: given twice");
  EXPECT_EQ(error_of("= 3\n"), "my.toml:1: expected key = value, found \"= 3\"");
  EXPECT_EQ(error_of("x = 1\n[daily]\n"),
            "my.toml:2: [daily]: tables are not read: the keys are the command's long option names, at the top level");
  EXPECT_EQ(error_of("base-url = \"https://a.example/#top\"\n"), "my.toml:1: base-url: a '#' inside a value is not supported");
  EXPECT_EQ(error_of("title = \"bad \\q escape\"\n"), "my.toml:1: title: bad escape in a string");
}

}  // namespace
}  // namespace briefcast
