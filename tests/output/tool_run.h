// Helpers for end-to-end tests that run the real CLI and check its files with independent
// programs (ffprobe, ffmpeg, mpv).
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace briefcast::test {

struct ToolResult {
  int exit_code = -1;
  std::string output;  // standard output only
};

// Runs `command` through the shell and collects its standard output.
inline ToolResult run_tool(const std::string& command) {
  ToolResult result;
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
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
inline std::filesystem::path make_temp_dir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  char* made = ::mkdtemp(buffer.data());
  return made != nullptr ? std::filesystem::path(made) : std::filesystem::path();
}

// "briefcast build <format articles> -o <output> <extra>", returning its exit code.
inline int build_briefing(const std::filesystem::path& output, const std::string& extra) {
  std::string command = std::string(BRIEFCAST_CLI_PATH) + " build -q";
  for (const std::string& article : format_articles()) command += " " + article;
  command += " -o '" + output.string() + "' " + extra + " 2>&1";
  return run_tool(command).exit_code;
}

}  // namespace briefcast::test
