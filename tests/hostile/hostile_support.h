// Shared checks of the hostile-input suite.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "support/run_command.h"
#include "support/shell.h"

namespace briefcast::hostile {

// An article body long enough for the cleaner to accept as a news article.
inline std::string ordinary_body() {
  return "The city council met on Tuesday evening to discuss the new budget for the coming year, and "
         "members agreed to fund the library, the parks and the harbor repairs.\n\n"
         "Residents who spoke at the meeting asked for longer opening hours, safer crossings near the "
         "schools and more frequent buses on the routes that serve the hospital.\n\n"
         "The final vote is expected next month, after a second public hearing where the mayor said "
         "every proposal would be weighed against its cost.\n";
}

// True when `text` holds a byte a terminal could act on: C0 (but LF), DEL, or a C1 code point.
inline bool has_raw_control(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\n') || byte == 0x7F) return true;
    if (byte == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return true;
    }
  }
  return false;
}

using testing::lines_of;

// The input is refused by `clean` with exit 1 and exactly one line "briefcast: <path>: ..."
// that contains `expected` and no raw control character. Returns the line.
inline std::string expect_one_line_refusal(const std::string& path, const std::string& expected,
                                           const std::string& shown_path) {
  auto result = testing::run_briefcast({"clean", path});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_FALSE(has_raw_control(result.err)) << result.err;
  const auto lines = lines_of(result.err);
  EXPECT_EQ(lines.size(), 1u) << result.err;
  if (lines.empty()) return "";
  EXPECT_EQ(lines[0].rfind("briefcast: " + shown_path + ": ", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find(expected), std::string::npos) << lines[0];
  EXPECT_EQ(result.err.back(), '\n');
  return lines[0];
}

// `build` refuses the input with exit 1, names it on the first line, writes nothing at all
// in the output folder, and every line it prints is a "briefcast: " error line.
inline void expect_build_refuses(const std::string& path, const std::string& expected_line) {
  testing::TempDir out;
  auto result = testing::run_briefcast({"build", path, "-o", out.file("briefing.wav")});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_FALSE(has_raw_control(result.err)) << result.err;
  const auto lines = lines_of(result.err);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], expected_line);
  for (const auto& line : lines) EXPECT_EQ(line.rfind("briefcast: ", 0), 0u) << line;
  EXPECT_EQ(out.entries(), std::vector<std::string>{}) << "output or temporary file left behind";
}

// Both commands refuse the input the same way.
inline void expect_refused(const std::string& path, const std::string& expected) {
  const std::string line = expect_one_line_refusal(path, expected, path);
  expect_build_refuses(path, line);
}

// `build` turns the input into a valid one-chapter WAV (checked with ffprobe) and leaves
// only that file in the output folder. Returns the chapter title ffprobe read.
inline std::string expect_valid_briefing(const std::string& path) {
  testing::TempDir out;
  auto result = testing::run_briefcast({"build", path, "-o", out.file("briefing.wav"), "-q"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(out.entries(), std::vector<std::string>{"briefing.wav"});
  auto probe = testing::run_command(
      {"ffprobe", "-v", "error", "-show_chapters", "-show_streams", "-of", "json", out.file("briefing.wav")});
  EXPECT_EQ(probe.exit_code, 0) << probe.err;
  if (probe.exit_code != 0) return "";
  const auto json = nlohmann::json::parse(probe.out);
  EXPECT_EQ(json["streams"].size(), 1u);
  EXPECT_EQ(json["streams"][0]["codec_name"], "pcm_s16le");
  EXPECT_GT(std::stod(json["streams"][0]["duration"].get<std::string>()), 0.5);
  EXPECT_EQ(json["chapters"].size(), 1u);
  if (json["chapters"].size() != 1u) return "";
  return json["chapters"][0]["tags"].value("title", "");
}

}  // namespace briefcast::hostile
