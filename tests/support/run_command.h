// Test support: runs a command line (the real briefcast binary, ffprobe, ...) and captures
// its exit code, standard output and standard error.
#pragma once

#include <string>
#include <vector>

namespace briefcast::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv[0] with arguments (no shell interpretation of the arguments), with `stdin_text`
// on standard input when given.
CommandResult run_command(const std::vector<std::string>& argv, const std::string& stdin_text = "");

// The briefcast binary under test.
CommandResult run_briefcast(const std::vector<std::string>& args, const std::string& stdin_text = "");

// A fresh empty folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Names of the entries in the folder, sorted.
  std::vector<std::string> entries() const;

 private:
  std::string path_;
};

std::string read_text_file(const std::string& path);
void write_text_file(const std::string& path, const std::string& text);
std::string test_data(const std::string& relative);

}  // namespace briefcast::testing
