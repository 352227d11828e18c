// One HTTP transfer: a libcurl easy handle set up with the fetcher's rules, the bytes it
// receives, and the classification of how it ended. The multi loop in fetcher.cpp drives it.
#pragma once

#include <curl/curl.h>

#include <memory>
#include <optional>
#include <string>

#include "fetch/fetcher.h"
#include "fetch/http_cache.h"

namespace briefcast {

class Transfer {
 public:
  // Sets up the handle for `url`; with `cached`, the request is conditional on it.
  Transfer(std::string url, const FetchConfig& config, std::optional<CacheEntry> cached);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  CURL* handle() const { return handle_; }
  const std::string& url() const { return url_; }
  bool conditional() const { return cached_.has_value(); }

  // Turns the finished transfer (curl's result code) into a FetchResult. A 304 is returned
  // with an empty body and from_cache set: the caller reads the body from the cache.
  FetchResult finish(CURLcode code);

  // What a full response would store in the cache.
  CacheEntry cache_entry() const;

 private:
  static std::size_t on_data(char* data, std::size_t size, std::size_t count, void* self);
  std::string failure_message(CURLcode code) const;
  std::string header(const char* name) const;

  std::string url_;
  std::size_t max_bytes_;
  double timeout_s_;
  long max_redirects_;
  std::optional<CacheEntry> cached_;
  CURL* handle_ = nullptr;
  curl_slist* headers_ = nullptr;
  std::string body_;
  bool too_large_ = false;
  char error_buffer_[CURL_ERROR_SIZE] = {};
};

// "HTTP 404 Not Found": the status with its standard reason phrase when it has one.
std::string describe_http_status(long status);

}  // namespace briefcast
