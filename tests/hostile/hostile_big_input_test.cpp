// Hostile input that is big or deep, generated at run time (nothing this size is committed):
// each must end in bounded time with a valid result or one clear error, never a crash.
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

// Runs briefcast under coreutils' timeout, so a case that hangs is killed after `seconds` and
// fails instead of holding the suite until ctest's own limit. The bounds are hang guards, far
// above the time a sanitizer build on a loaded machine needs, not measures of speed
// (scripts/bench measures speed).
testing::CommandResult run_bounded(int seconds, const std::vector<std::string>& args, const std::string& stdin_text = "") {
  std::vector<std::string> argv{"timeout", "-s", "KILL", std::to_string(seconds), BRIEFCAST_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  return testing::run_command(argv, stdin_text);
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

// A megabyte of words with no sentence in it is not an article (and would be hours of speech).
TEST(HostileBigInput, OneMegabyteLineWithoutPunctuation) {
  TempDir in;
  std::string line;
  while (line.size() < 1024 * 1024) line += "word another thing ";
  write_text_file(in.file("line.txt"), "One Long Line Without End\n\n" + line + "\n");
  const std::string refusal = expect_one_line_refusal(in.file("line.txt"), "", in.file("line.txt"));
  expect_build_refuses(in.file("line.txt"), refusal);
  // The stages alone stay bounded on it too.
  expect_clean_answer(run_bounded(240, {"normalize"}, line + "\n"), "-");
}

TEST(HostileBigInput, HundredThousandDigitNumber) {
  TempDir in;
  std::string digits(100000, '7');
  write_text_file(in.file("digits.txt"), "A Very Large Number\n\nThe total was " + digits + " dollars. " + ordinary_body());
  auto normalized = run_bounded(120, {"normalize"}, "The total was " + digits + " dollars.\n");
  expect_clean_answer(normalized, "-");
  // The spoken form of one number stays bounded (it is not 100,000 number names).
  EXPECT_LT(normalized.out.size(), 2u * 1024u * 1024u);
  testing::TempDir out;
  auto built = run_bounded(120, {"build", in.file("digits.txt"), "-o", out.file("b.wav"), "-q"});
  expect_clean_answer(built, in.file("digits.txt"));
}

// gumbo's tree construction is quadratic in nesting depth (about 4 s at 20,000 levels on this
// kind of machine, minutes at 100,000), so the cleaner has to bound the depth it parses.
TEST(HostileBigInput, HundredThousandNestedElements) {
  TempDir in;
  std::string html = "<!DOCTYPE html><html><head><title>Deep Page</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>" + ordinary_body() + "</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  write_text_file(in.file("deep.html"), html);
  expect_clean_answer(run_bounded(60, {"clean", in.file("deep.html")}), in.file("deep.html"));
  // Unclosed, and nested inline elements that HTML parsers treat specially.
  std::string unclosed = "<html><body>";
  for (int i = 0; i < 100000; ++i) unclosed += (i % 2 == 0) ? "<b><i>" : "<table><tr><td>";
  write_text_file(in.file("unclosed.html"), unclosed + ordinary_body());
  expect_clean_answer(run_bounded(60, {"clean", in.file("unclosed.html")}), in.file("unclosed.html"));
}

}  // namespace briefcast
