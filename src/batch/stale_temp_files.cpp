#include "batch/stale_temp_files.h"

#include <filesystem>
#include <unordered_set>

namespace briefcast {

namespace {
// Must follow AtomicOutput: "." + name (cut to 200 bytes) + "." + 6 random characters + ".tmp".
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kRandomChars = 6;
constexpr std::string_view kSuffix = ".tmp";
constexpr std::size_t kOverheadBytes = 1 + 1 + kRandomChars + kSuffix.size();
}  // namespace

int remove_stale_temp_files(const std::string& folder, const std::vector<std::string>& file_names) {
  namespace fs = std::filesystem;
  std::unordered_set<std::string> names;
  for (const std::string& name : file_names) names.insert(name.substr(0, kMaxNameBytes));

  int removed = 0;
  std::error_code error;
  for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
    std::string candidate = it->path().filename().string();
    if (candidate.size() <= kOverheadBytes || candidate[0] != '.' ||
        candidate.compare(candidate.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) {
      continue;
    }
    std::size_t name_size = candidate.size() - kOverheadBytes;
    if (candidate[1 + name_size] != '.' || names.count(candidate.substr(1, name_size)) == 0) continue;
    std::error_code remove_error;
    if (fs::remove(it->path(), remove_error)) ++removed;
  }
  return removed;
}

int remove_stale_temp_files(const std::string& final_path) {
  std::filesystem::path path(final_path);
  std::string folder = path.parent_path().empty() ? std::string(".") : path.parent_path().string();
  return remove_stale_temp_files(folder, {path.filename().string()});
}

}  // namespace briefcast
