#include "cli/data_files.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "model/error.h"

#ifndef BRIEFCAST_RELATIVE_DATA_DIR
#error "BRIEFCAST_RELATIVE_DATA_DIR: the data folder relative to the program's folder (set by CMake)"
#endif

namespace briefcast::cli {

namespace fs = std::filesystem;

namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

// The XDG base directory rules: an unset or empty variable takes its default, and relative
// paths in it are ignored.
std::vector<std::string> xdg_list(const std::string& value, const std::string& fallback) {
  std::vector<std::string> folders;
  std::string list = value.empty() ? fallback : value;
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t colon = list.find(':', start);
    if (colon == std::string::npos) colon = list.size();
    std::string folder = list.substr(start, colon - start);
    if (!folder.empty() && folder.front() == '/') folders.push_back(folder);
    start = colon + 1;
  }
  return folders;
}

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

}  // namespace

std::vector<std::string> sound_folders() {
  std::vector<std::string> candidates;
  std::string home = environment("HOME");
  std::string data_home = environment("XDG_DATA_HOME");
  if (data_home.empty() && !home.empty()) data_home = home + "/.local/share";
  for (const std::string& folder : xdg_list(data_home, "")) candidates.push_back(folder + "/briefcast");
  // The program's own installation: <prefix>/bin/briefcast -> <prefix>/share/briefcast.
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (!error) candidates.push_back((self.parent_path() / BRIEFCAST_RELATIVE_DATA_DIR).lexically_normal().string());
  for (const std::string& folder : xdg_list(environment("XDG_DATA_DIRS"), "/usr/local/share:/usr/share")) {
    candidates.push_back(folder + "/briefcast");
  }

  std::vector<std::string> folders;
  for (const std::string& folder : candidates) {
    bool seen = false;
    for (const std::string& kept : folders) seen = seen || kept == folder;
    if (!seen && fs::is_directory(folder, error)) folders.push_back(folder);
  }
  return folders;
}

std::string find_sound(const std::string& value) {
  if (value.find('/') != std::string::npos || is_file(value)) return value;
  std::vector<std::string> folders = sound_folders();
  std::string searched;
  for (const std::string& folder : folders) {
    for (const std::string& name : {value, value + ".wav"}) {
      fs::path candidate = fs::path(folder) / name;
      if (is_file(candidate)) return candidate.string();
    }
    searched += (searched.empty() ? "" : ", ") + folder;
  }
  throw Error::input(value, "no such file, and no sound of that name in " +
                               (searched.empty() ? std::string("any data folder (none exists)") : searched));
}

}  // namespace briefcast::cli
