#include "support/run_command.h"

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace briefcast::testing {

namespace {

std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted.push_back(c);
    }
  }
  return quoted + "'";
}

}  // namespace

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

TempDir::TempDir() {
  std::random_device seed;
  std::mt19937_64 random(seed());
  auto base = std::filesystem::temp_directory_path();
  for (;;) {
    auto candidate = base / ("briefcast-test-" + std::to_string(random()));
    if (std::filesystem::create_directory(candidate)) {
      path_ = candidate.string();
      break;
    }
  }
}

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
  TempDir io;
  std::string command;
  for (const auto& arg : argv) command += shell_quote(arg) + " ";
  write_text_file(io.file("in"), stdin_text);
  command += "<" + shell_quote(io.file("in")) + " >" + shell_quote(io.file("out")) + " 2>" + shell_quote(io.file("err"));
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_text_file(io.file("out"));
  result.err = read_text_file(io.file("err"));
  return result;
}

CommandResult run_briefcast(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::vector<std::string> argv{BRIEFCAST_CLI_PATH};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv, stdin_text);
}

}  // namespace briefcast::testing
