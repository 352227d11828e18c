#include "support/shell.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <vector>

namespace briefcast::testing {

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

CommandResult run_shell(const std::string& command, const std::filesystem::path& dir, const std::string& stdin_text,
                        const std::map<std::string, std::string>& env) {
  // The capture files are named per process: tests may run in parallel in the same folder.
  const std::string tag = ".run." + std::to_string(::getpid());
  const std::filesystem::path out_path = dir / (tag + ".out");
  const std::filesystem::path err_path = dir / (tag + ".err");
  const std::filesystem::path in_path = dir / (tag + ".in");
  {
    std::ofstream in(in_path, std::ios::binary);
    in << stdin_text;
  }
  std::string prefix;
  for (const auto& [name, value] : env) prefix += name + "=" + shell_quote(value) + " ";
  const std::string full = "cd " + shell_quote(dir.string()) + " && { " + prefix + command + "\n} <" +
                           shell_quote(in_path.string()) + " >" + shell_quote(out_path.string()) + " 2>" +
                           shell_quote(err_path.string());
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  std::error_code ignored;
  for (const auto& path : {out_path, err_path, in_path}) std::filesystem::remove(path, ignored);
  return result;
}

std::filesystem::path make_temp_dir(const std::string& prefix) {
  const std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (::mkdtemp(buffer.data()) == nullptr) throw std::runtime_error("cannot make a temp folder " + pattern);
  return std::filesystem::path(buffer.data());
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace briefcast::testing
