// Helpers for the batch tests: a scratch folder, sample articles, running the real CLI and
// reading its WAVs back through ffprobe (an independent reader).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/shell.h"

namespace briefcast::testing {

namespace fs = std::filesystem;

class ScratchDir {
 public:
  ScratchDir() : path_(make_temp_dir("briefcast-batch-")) {}
  ~ScratchDir() {
    std::error_code error;
    fs::remove_all(path_, error);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

inline void write_file(const std::string& path, const std::string& contents) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A short news article the cleaner keeps whole: a headline and four plain paragraphs.
inline std::string sample_article(const std::string& headline, const std::string& topic) {
  return headline + "\n\n" +
         "Officials said on Tuesday that work on the " + topic +
         " would begin next spring, ending a debate that lasted more than two years. Supporters said the plan "
         "would help people across the region.\n\n"
         "The project will be paid for with a state grant and money already set aside in the budget. It is "
         "expected to take about six months to finish.\n\n"
         "Some residents worried about the cost and the noise during construction. The council agreed to hold "
         "two more public meetings to hear those concerns.\n\n"
         "The mayor said the " + topic + " was part of a wider plan for the next decade.\n";
}

// Lines that only a page's navigation and widgets consist of: no article at all.
inline std::string debris_article() {
  return "Skip to main content\nAccessibility links\nMenu\nSearch\nSign in\nShare\nFacebook\nTwitter\n"
         "Email\nBreaking News\nUSA\nXS SM MD LG\nCookie settings\nAccept all\n";
}

using RunResult = CommandResult;

inline RunResult run_cli(const std::vector<std::string>& args, const fs::path& dir, const std::string& stdin_text = "",
                         const std::map<std::string, std::string>& env = {}) {
  std::string command = shell_quote(BRIEFCAST_CLI_PATH);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  return run_shell(command, dir, stdin_text, env);
}

// What ffprobe reports about a WAV: its chapters and its audio stream.
struct Probe {
  bool ok = false;
  int sample_rate_hz = 0;
  double duration_seconds = 0;
  std::vector<std::pair<double, std::string>> chapters;  // start seconds, title
};

inline Probe ffprobe(const std::string& path) {
  Probe probe;
  std::string command = "ffprobe -v error -show_chapters -show_streams -of json " + shell_quote(path);
  RunResult run = run_shell(command, fs::temp_directory_path());
  if (run.exit_code != 0) return probe;
  nlohmann::json json = nlohmann::json::parse(run.out, nullptr, false);
  if (json.is_discarded() || !json.contains("streams") || json["streams"].empty()) return probe;
  const nlohmann::json& stream = json["streams"][0];
  probe.sample_rate_hz = std::stoi(stream.value("sample_rate", std::string("0")));
  probe.duration_seconds = std::stod(stream.value("duration", std::string("0")));
  for (const nlohmann::json& chapter : json.value("chapters", nlohmann::json::array())) {
    std::string title = chapter.contains("tags") ? chapter["tags"].value("title", std::string()) : std::string();
    probe.chapters.emplace_back(std::stod(chapter.value("start_time", std::string("0"))), title);
  }
  probe.ok = true;
  return probe;
}

// Temporary files AtomicOutput leaves only when its process is killed: ".NAME.XXXXXX.tmp".
inline std::vector<std::string> temp_files_in(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0) found.push_back(name);
  }
  return found;
}

inline nlohmann::json read_json(const std::string& path) { return nlohmann::json::parse(read_file(path)); }

}  // namespace briefcast::testing
