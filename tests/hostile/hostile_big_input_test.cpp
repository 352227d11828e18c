// Hostile input that is big or deep, generated at run time (nothing this size is committed):
// each must end in bounded time with a valid result or one clear error, never a crash.
#include <chrono>
#include <cstdio>

#include "hostile_support.h"

namespace briefcast {

using hostile::expect_build_refuses;
using hostile::expect_one_line_refusal;
using hostile::has_raw_control;
using hostile::ordinary_body;
using testing::run_briefcast;
using testing::TempDir;
using testing::write_text_file;

namespace {

// Exit 0, or exit 1 with one error line naming `path`: never a crash or a signal.
void expect_clean_answer(const testing::CommandResult& result, const std::string& path) {
  ASSERT_TRUE(result.exit_code == 0 || result.exit_code == 1) << "exit " << result.exit_code << "\n" << result.err;
  EXPECT_FALSE(has_raw_control(result.err));
  if (result.exit_code == 1) {
    const auto lines = hostile::lines_of(result.err);
    ASSERT_EQ(lines.size(), 1u) << result.err;
    EXPECT_EQ(lines[0].rfind("briefcast: " + path + ": ", 0), 0u) << lines[0];
  }
}

}  // namespace

TEST(HostileBigInput, HundredMegabyteArticleIsRefused) {
  TempDir in;
  {
    std::FILE* file = std::fopen(in.file("huge.txt").c_str(), "wb");
    ASSERT_NE(file, nullptr);
    const std::string paragraph = "A sentence of an article that goes on and on. " + std::string(200, 'x') + "\n\n";
    for (std::size_t written = 0; written < 100u * 1000u * 1000u; written += paragraph.size()) {
      ASSERT_EQ(std::fwrite(paragraph.data(), 1, paragraph.size(), file), paragraph.size());
    }
    std::fclose(file);
  }
  const std::string line = expect_one_line_refusal(in.file("huge.txt"), "article is larger than 64 MiB", in.file("huge.txt"));
  expect_build_refuses(in.file("huge.txt"), line);
}

TEST(HostileBigInput, HundredMegabytesOnStandardInputAreRefused) {
  auto result = run_briefcast({"clean", "-"}, std::string(100u * 1000u * 1000u, 'a'));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "briefcast: -: article is larger than 64 MiB\n");
}

TEST(HostileBigInput, OneMegabyteLineWithoutPunctuation) {
  TempDir in;
  std::string line;
  while (line.size() < 1024 * 1024) line += "word another thing ";
  write_text_file(in.file("line.txt"), "One Long Line Without End\n\n" + line + "\n");
  const auto start = std::chrono::steady_clock::now();
  expect_clean_answer(run_briefcast({"segment", in.file("line.txt")}), in.file("line.txt"));
  expect_clean_answer(run_briefcast({"normalize", in.file("line.txt")}), in.file("line.txt"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(HostileBigInput, HundredThousandDigitNumber) {
  TempDir in;
  std::string digits(100000, '7');
  write_text_file(in.file("digits.txt"), "A Very Large Number\n\nThe total was " + digits + " dollars. " + ordinary_body());
  const auto start = std::chrono::steady_clock::now();
  auto normalized = run_briefcast({"normalize"}, "The total was " + digits + " dollars.\n");
  expect_clean_answer(normalized, "-");
  // The spoken form of one number stays bounded (it is not 100,000 number names).
  EXPECT_LT(normalized.out.size(), 2u * 1024u * 1024u);
  testing::TempDir out;
  auto built = run_briefcast({"build", in.file("digits.txt"), "-o", out.file("b.wav"), "-q"});
  expect_clean_answer(built, in.file("digits.txt"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(240));
}

TEST(HostileBigInput, HundredThousandNestedElements) {
  TempDir in;
  std::string html = "<!DOCTYPE html><html><head><title>Deep Page</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>" + ordinary_body() + "</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  write_text_file(in.file("deep.html"), html);
  expect_clean_answer(run_briefcast({"clean", in.file("deep.html")}), in.file("deep.html"));
  // Unclosed, and nested inline elements that HTML parsers treat specially.
  std::string unclosed = "<html><body>";
  for (int i = 0; i < 100000; ++i) unclosed += (i % 2 == 0) ? "<b><i>" : "<table><tr><td>";
  write_text_file(in.file("unclosed.html"), unclosed + ordinary_body());
  expect_clean_answer(run_briefcast({"clean", in.file("unclosed.html")}), in.file("unclosed.html"));
}

}  // namespace briefcast
