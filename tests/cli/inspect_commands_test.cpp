// End to end: the inspection subcommands (clean, segment, normalize, voices) as a user runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_command.h"

namespace briefcast {

using testing::run_briefcast;
using testing::test_data;

constexpr const char* kFirst =
    "Farmers in the valley reported an early harvest this autumn after a warm and dry summer.";
constexpr const char* kSecond =
    "Agricultural advisers expect the trend to continue next year, although they warned that water reserves remain "
    "low in several districts.";

std::string two_paragraph_article() { return std::string("A Headline\n\n") + kFirst + "\n\n" + kSecond + "\n"; }

TEST(CleanCommand, PrintsHeadlineBlankLineThenParagraphs) {
  auto result = run_briefcast({"clean", "-"}, two_paragraph_article());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, two_paragraph_article());
}

TEST(CleanCommand, JsonCarriesTitleParagraphsAndMetadata) {
  auto result = run_briefcast({"clean", "--json", "-"}, two_paragraph_article());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["title"], "A Headline");
  EXPECT_EQ(json["paragraphs"], nlohmann::json::array({kFirst, kSecond}));
  EXPECT_EQ(json["input_kind"], "text");
  EXPECT_TRUE(json.contains("byline"));
  EXPECT_TRUE(json.contains("language"));
  EXPECT_EQ(json["spoken_language"], "en");
  EXPECT_EQ(json["voice"], "en-us");
}

TEST(CleanCommand, JsonNamesTheVoiceADetectedLanguageIsSpokenIn) {
  // A copied Spanish page that declares no language: detected, and spoken by the Spanish voice.
  auto result = run_briefcast({"clean", "--json", test_data("articles/mercados-productores.txt")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["spoken_language"], "es");
  EXPECT_EQ(json["voice"], "es");
}

TEST(SegmentCommand, JsonLinesGiveKindsInOrder) {
  auto result = run_briefcast({"segment", "--json", "-"},
                              std::string("Headline\n\n") + kFirst + " It rained twice.\n\n" + kSecond + "\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> kinds;
  std::size_t start = 0;
  while (start < result.out.size()) {
    std::size_t end = result.out.find('\n', start);
    kinds.push_back(nlohmann::json::parse(result.out.substr(start, end - start))["kind"]);
    start = end + 1;
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"title", "sentence", "sentence", "paragraph_end", "sentence",
                                             "paragraph_end"}));
}

TEST(NormalizeCommand, WritesExactlyOneLinePerInputLine) {
  auto result = run_briefcast({"normalize"}, "first line. second sentence.\n\nthird\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 3);
}

TEST(VoicesCommand, ListsInstalledVoices) {
  auto result = run_briefcast({"voices"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("en-us"), std::string::npos);
}

TEST(Cli, UnknownSubcommandIsUsage) {
  auto result = run_briefcast({"frobnicate"});
  EXPECT_EQ(result.exit_code, 2);
}

TEST(Cli, NoSubcommandIsUsage) {
  auto result = run_briefcast({});
  EXPECT_EQ(result.exit_code, 2);
}

}  // namespace briefcast

namespace briefcast {

TEST(CleanCommand, HtmlInTheCharsetItDeclaresIsDecoded) {
  // A windows-1251 page (Cyrillic) that says so in <meta charset>: not UTF-8, not windows-1252.
  auto result = run_briefcast({"clean", test_data("pages/windows-1251-declared.html")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')), "Городской совет утвердил бюджет");
  EXPECT_NE(result.out.find("Расходы на школы и детские сады вырастут"), std::string::npos);
}

}  // namespace briefcast
