#include "support/run_command.h"

#include "support/shell.h"

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace briefcast::testing {

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_text_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write test file " + path);
}

std::string test_data(const std::string& relative) { return std::string(BRIEFCAST_TEST_DATA_DIR) + "/" + relative; }

TempDir::TempDir() : path_(make_temp_dir("briefcast-test-").string()) {}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::vector<std::string> TempDir::entries() const {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(path_)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

CommandResult run_command(const std::vector<std::string>& argv, const std::string& stdin_text) {
  TempDir io;  // the capture files live here; the command runs in the current folder
  std::string command = "cd " + shell_quote(std::filesystem::current_path().string()) + " &&";
  for (const auto& arg : argv) command += " " + shell_quote(arg);
  return run_shell(command, io.path(), stdin_text);
}

CommandResult run_briefcast(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::vector<std::string> argv{BRIEFCAST_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv, stdin_text);
}

}  // namespace briefcast::testing
