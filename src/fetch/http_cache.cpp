#include "fetch/http_cache.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/atomic_output.h"
#include "model/error.h"

namespace briefcast {

namespace {

// 64-bit FNV-1a of the URL: a stable file name; the URL stored inside settles collisions.
std::string url_key(const std::string& url) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : url) {
    hash ^= static_cast<std::uint8_t>(c);
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

std::optional<std::string> read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return bytes.str();
}

// "<16 hex digits>.json" or ".body": the only files prune() may remove.
bool is_entry_file(const std::filesystem::path& path) {
  const std::string stem = path.stem().string();
  const std::string extension = path.extension().string();
  if (extension != ".json" && extension != ".body") return false;
  return stem.size() == 16 && stem.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

HttpCache::HttpCache(std::string dir) : dir_(std::move(dir)) {}

std::string HttpCache::path_for(const std::string& url, const char* suffix) const {
  return dir_ + "/" + url_key(url) + suffix;
}

std::optional<CacheEntry> HttpCache::lookup(const std::string& url) const {
  if (!enabled()) return std::nullopt;
  const std::optional<std::string> text = read_whole(path_for(url, ".json"));
  if (!text) return std::nullopt;
  const nlohmann::json json = nlohmann::json::parse(*text, nullptr, false);
  if (!json.is_object() || json.value("url", std::string()) != url) return std::nullopt;
  CacheEntry entry;
  entry.url = url;
  entry.final_url = json.value("final_url", url);
  entry.etag = json.value("etag", std::string());
  entry.last_modified = json.value("last_modified", std::string());
  entry.content_type = json.value("content_type", std::string());
  if (entry.etag.empty() && entry.last_modified.empty()) return std::nullopt;
  return entry;
}

std::optional<std::string> HttpCache::body(const std::string& url) const {
  if (!enabled()) return std::nullopt;
  return read_whole(path_for(url, ".body"));
}

bool HttpCache::store(const CacheEntry& entry, const std::string& body) const {
  if (!enabled() || (entry.etag.empty() && entry.last_modified.empty())) return false;
  const nlohmann::json json = {{"url", entry.url},
                               {"final_url", entry.final_url},
                               {"etag", entry.etag},
                               {"last_modified", entry.last_modified},
                               {"content_type", entry.content_type}};
  try {
    std::error_code ignored;
    std::filesystem::create_directories(dir_, ignored);
    // Body first: a JSON that names the URL always has its body beside it.
    write_file_atomically(path_for(entry.url, ".body"), body);
    write_file_atomically(path_for(entry.url, ".json"), json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  } catch (const Error&) {
    return false;
  }
  return true;
}

void HttpCache::mark_used(const std::string& url) const {
  if (!enabled()) return;
  std::error_code ignored;
  std::filesystem::last_write_time(path_for(url, ".json"), std::filesystem::file_time_type::clock::now(), ignored);
}

std::size_t HttpCache::prune(std::chrono::seconds max_age) const {
  if (!enabled()) return 0;
  namespace fs = std::filesystem;
  const fs::file_time_type cutoff = fs::file_time_type::clock::now() - max_age;
  std::error_code error;
  fs::directory_iterator it(dir_, error);
  std::size_t removed = 0;
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    const fs::path path = it->path();
    if (!is_entry_file(path)) continue;
    std::error_code ignored;
    const fs::file_time_type written = fs::last_write_time(path, ignored);
    if (ignored || written >= cutoff) continue;
    // A body is dated by its entry's JSON, which a 304 refreshes; a body without one is a piece.
    if (path.extension() == ".body" && fs::exists(fs::path(path).replace_extension(".json"), ignored)) continue;
    if (fs::remove(path, ignored) && path.extension() == ".json") {
      fs::remove(fs::path(path).replace_extension(".body"), ignored);
      ++removed;
    }
  }
  return removed;
}

}  // namespace briefcast
