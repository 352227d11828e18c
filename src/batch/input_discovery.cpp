#include "batch/input_discovery.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "clean/cleaner.h"
#include "model/error.h"

namespace briefcast {

namespace {

namespace fs = std::filesystem;

bool has_article_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), extension) !=
         std::end(kArticleExtensions);
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::vector<std::string> walk_folder(const fs::path& folder) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::directory_entry& entry = *it;
    if (is_hidden(entry.path())) {
      // Hidden folders hold tool state (.git) and our own temporary files; never articles.
      if (entry.is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(error) && is_article_file(entry.path().string())) found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<std::string> read_list(std::istream& in) {
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    lines.push_back(line.substr(start));
  }
  return lines;
}

class InputCollector {
 public:
  void add(const std::string& path) {
    std::error_code error;
    fs::path key = fs::weakly_canonical(path, error);
    if (error) key = fs::path(path).lexically_normal();
    if (seen_.insert(key.string()).second) paths_.push_back(path);
  }
  void add_argument(const std::string& argument) {
    std::error_code error;
    if (fs::is_directory(argument, error)) {
      for (const std::string& path : walk_folder(argument)) add(path);
    } else {
      add(argument);
    }
  }
  std::vector<std::string> take() { return std::move(paths_); }

 private:
  std::vector<std::string> paths_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

bool is_article_file(const std::string& path) {
  if (has_article_extension(path)) return true;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return looks_like_html(head);
}

std::vector<std::string> discover_inputs(const std::vector<std::string>& arguments, std::istream& standard_input) {
  InputCollector collector;
  for (const std::string& argument : arguments) {
    if (argument.size() > 1 && argument[0] == '@') {
      std::vector<std::string> listed;
      if (argument == "@-") {
        listed = read_list(standard_input);
      } else {
        std::ifstream list(argument.substr(1));
        if (!list) throw Error::input(argument.substr(1), "cannot read the list of articles");
        listed = read_list(list);
      }
      for (const std::string& path : listed) collector.add_argument(path);
    } else {
      collector.add_argument(argument);
    }
  }
  return collector.take();
}

}  // namespace briefcast
