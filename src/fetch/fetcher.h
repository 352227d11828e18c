// fetch: web pages and feeds over HTTP(S) with libcurl's multi interface (many transfers in
// one thread). Only http and https are fetched, also across redirects; responses are capped
// in size (counted as they arrive, after decompression); a cache folder lets a rerun make
// only conditional requests (ETag / Last-Modified). libcurl honours the user's proxy
// variables (http_proxy, https_proxy, no_proxy).
//
//   FetchConfig config;
//   config.cache_dir = default_cache_dir();
//   for (const FetchResult& r : fetch_all({"https://example.org/a.html"}, config))
//     if (r.error) report(*r.error); else use(r.body);
//
// Thread-safety: fetch_all may run on several threads at once; each call owns its handles.
// Library code: never prints, never exits.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/error.h"

namespace briefcast {

// Largest response body accepted (after decompression), in bytes.
inline constexpr std::size_t kMaxFetchBytes = 16u * 1024u * 1024u;

struct FetchConfig {
  int jobs = 8;                     // transfers in flight at once
  double timeout_s = 30;            // limit for connecting, and for the whole transfer
  std::size_t max_bytes = kMaxFetchBytes;
  long max_redirects = 5;
  std::string cache_dir;            // empty: no cache, every request is a full one
  // Cache entries no run has stored or used for this long are removed after a fetch.
  std::chrono::seconds cache_keep{std::chrono::hours(24 * 30)};
  std::string user_agent = std::string("briefcast/") + BRIEFCAST_VERSION;
};

struct FetchResult {
  std::string url;              // as requested
  std::string final_url;        // after redirects (the base for relative links)
  long http_status = 0;         // of the last response; 304 when the cache answered
  std::string body;             // decompressed bytes, empty on error
  std::string content_type;     // the response's Content-Type, as sent
  bool from_cache = false;      // the server said 304 Not Modified; body is the cached copy
  std::optional<Error> error;   // one line naming the URL and the cause (Stage::kInput)
  bool ok() const { return !error.has_value(); }
};

// Fetches every URL, `config.jobs` at a time, and returns one result per URL in the same
// order. Never throws for a failed transfer: its result carries the error. A URL whose scheme
// is not http or https fails without any network access.
std::vector<FetchResult> fetch_all(const std::vector<std::string>& urls, const FetchConfig& config);

// $XDG_CACHE_HOME/briefcast, else $HOME/.cache/briefcast; empty when neither is set.
std::string default_cache_dir();

// The version of the libcurl this process runs with, e.g. "7.88.1".
std::string curl_library_version();

}  // namespace briefcast
