#include "output/output_paths.h"

#include <algorithm>
#include <cctype>

namespace briefcast {

namespace {
std::size_t extension_dot(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::size_t name_start = slash == std::string::npos ? 0 : slash + 1;
  std::size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || dot <= name_start) return std::string::npos;
  return dot;
}
}  // namespace

std::string strip_extension(const std::string& path) {
  std::size_t dot = extension_dot(path);
  return dot == std::string::npos ? path : path.substr(0, dot);
}

std::string lower_extension(const std::string& path) {
  std::size_t dot = extension_dot(path);
  if (dot == std::string::npos) return "";
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string file_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace briefcast
