// The fetch cache: one entry per URL in a folder, holding the last full response's body and
// the validators the server sent with it (ETag, Last-Modified), so that the next request for
// that URL can be conditional and a 304 Not Modified reuses the stored body.
//
// Entries are two files named by a hash of the URL: "<hash>.json" (the URL, validators,
// content type, final URL) and "<hash>.body". Both are written atomically; the JSON is written
// last and names the URL, so a torn or colliding entry is simply a miss. An entry is only used
// together with the server's own 304, so its age never makes it wrong; entries are removed when
// no run has used them for a while, so that a daily job's folder does not grow without end.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace briefcast {

struct CacheEntry {
  std::string url;
  std::string final_url;
  std::string etag;
  std::string last_modified;
  std::string content_type;
};

class HttpCache {
 public:
  // An empty `dir` makes a cache that holds nothing and stores nothing.
  explicit HttpCache(std::string dir);

  bool enabled() const { return !dir_.empty(); }

  // The validators stored for `url`, when there are any.
  std::optional<CacheEntry> lookup(const std::string& url) const;

  // The stored body for `url`; nullopt when it has gone missing.
  std::optional<std::string> body(const std::string& url) const;

  // Stores a full response. Only responses with a validator are worth storing. Creates the
  // folder when missing. Returns false (and stores nothing) when it cannot write: a cache
  // that cannot be written never fails a fetch.
  bool store(const CacheEntry& entry, const std::string& body) const;

  // Marks the entry for `url` as used now (a 304 reused it), so that prune() keeps it.
  void mark_used(const std::string& url) const;

  // Removes the entries that were neither stored nor used within `max_age`, and left-over
  // pieces of such entries. Touches only files named like entries. Returns how many entries
  // went. Another process may be using the same folder: an entry it loses is a miss there.
  std::size_t prune(std::chrono::seconds max_age) const;

 private:
  std::string path_for(const std::string& url, const char* suffix) const;
  std::string dir_;
};

}  // namespace briefcast
