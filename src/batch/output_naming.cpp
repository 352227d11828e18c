#include "batch/output_naming.h"

#include <algorithm>
#include <unordered_set>

namespace briefcast {

namespace {

constexpr std::string_view kExtension = ".wav";

bool is_safe_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::string_view file_name_of(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string sanitize_output_stem(std::string_view input_path) {
  std::string_view name = file_name_of(input_path);
  std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);

  std::string stem;
  for (char c : name) {
    char safe = is_safe_char(c) ? c : '_';
    // Runs of replaced bytes (a multi-byte character, spaces) become one underscore.
    if (safe == '_' && !stem.empty() && stem.back() == '_') continue;
    stem.push_back(safe);
  }
  // No leading dot (hidden file, "..") or dash (read as an option by other tools).
  std::size_t start = stem.find_first_not_of("._-");
  stem = start == std::string::npos ? std::string() : stem.substr(start);
  if (stem.size() > kMaxOutputStemBytes) stem.resize(kMaxOutputStemBytes);
  while (!stem.empty() && (stem.back() == '.' || stem.back() == '_')) stem.pop_back();
  return stem.empty() ? std::string("article") : stem;
}

std::vector<std::string> assign_output_names(const std::vector<std::string>& input_paths,
                                             const std::vector<std::string>& reserved) {
  std::unordered_set<std::string> taken;
  for (const std::string& name : reserved) taken.insert(lowercase(name));
  std::vector<std::string> names;
  names.reserve(input_paths.size());
  for (const std::string& path : input_paths) {
    std::string stem = sanitize_output_stem(path);
    std::string name = stem + std::string(kExtension);
    for (int n = 2; taken.count(lowercase(name)) > 0; ++n) name = stem + "-" + std::to_string(n) + std::string(kExtension);
    taken.insert(lowercase(name));
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace briefcast
