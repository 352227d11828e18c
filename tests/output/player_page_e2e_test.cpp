// `build --page FILE.html`: the listening page, driven in a real headless browser (Debian's
// chromium through playwright-core, see page/check_player_page.mjs).
#include <gtest/gtest.h>

#include <fstream>

#include "tool_run.h"

namespace briefcast::test {
namespace {

const std::string kPageDir = std::string(BRIEFCAST_TEST_DATA_DIR) + "/../output/page";

TEST(PlayerPage, ChapterButtonsSeekAndTheTranscriptFollows) {
  if (!std::filesystem::exists("/usr/bin/chromium") ||
      !std::filesystem::exists(kPageDir + "/node_modules/playwright-core")) {
    GTEST_SKIP() << "needs chromium and playwright-core (scripts/install-deps)";
  }
  std::filesystem::path dir = make_temp_dir("briefcast-page-");
  ASSERT_EQ(build_briefing(dir / "briefing.wav", "--page " + (dir / "briefing.html").string()), 0);
  ToolResult check = run_tool("timeout 120 node " + kPageDir + "/check_player_page.mjs " +
                              (dir / "briefing.html").string() + " 2>&1");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("\"firstLit\":\"School Garden Wins Regional Prize\""), std::string::npos) << check.output;
  std::filesystem::remove_all(dir);
}

TEST(PlayerPage, IsOneFileThatLoadsNothingElse) {
  std::filesystem::path dir = make_temp_dir("briefcast-page-");
  std::filesystem::create_directories(dir / "pages");
  ASSERT_EQ(build_briefing(dir / "my briefing.wav", "--page " + (dir / "pages/index.html").string()), 0);
  std::ifstream in(dir / "pages/index.html");
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("src=\"../my%20briefing.wav\""), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(build_briefing(dir / "b.wav", "--page " + (dir / "b.txt").string()), 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace briefcast::test
