// Helpers for end-to-end tests that run the real CLI and check its files with independent
// programs (ffprobe, ffmpeg, mpv).
#pragma once

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "support/shell.h"

namespace briefcast::test {

struct ToolResult {
  int exit_code = -1;
  std::string output;  // standard output only
};

// Runs `command` through the shell in the current folder and collects its standard output
// (standard error is passed on to the test's log).
inline ToolResult run_tool(const std::string& command) {
  const testing::CommandResult run = testing::run_shell(command, std::filesystem::current_path());
  if (!run.err.empty()) std::cerr << run.err;
  return {run.exit_code, run.out};
}

// The sample articles made for output tests: three short stories, distinct headlines.
inline std::vector<std::string> format_articles() {
  const std::string dir = std::string(BRIEFCAST_TEST_DATA_DIR) + "/formats/";
  return {dir + "harbor-ferry.txt", dir + "library-hours.txt", dir + "school-garden.txt"};
}

inline const std::vector<std::string>& format_titles() {
  static const std::vector<std::string> titles = {"Harbor Ferry Returns After Winter Repairs",
                                                  "City Library Extends Weekend Opening Hours",
                                                  "School Garden Wins Regional Prize"};
  return titles;
}

// A fresh folder under the system temporary folder, removed by the caller.
inline std::filesystem::path make_temp_dir(const std::string& prefix) { return testing::make_temp_dir(prefix); }

// "briefcast build <format articles> -o <output> <extra>", returning its exit code.
inline int build_briefing(const std::filesystem::path& output, const std::string& extra) {
  std::string command = std::string(BRIEFCAST_CLI_PATH) + " build -q";
  for (const std::string& article : format_articles()) command += " " + article;
  command += " -o '" + output.string() + "' " + extra + " 2>&1";
  return run_tool(command).exit_code;
}

}  // namespace briefcast::test
