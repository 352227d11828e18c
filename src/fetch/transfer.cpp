#include "fetch/transfer.h"

#include <cerrno>
#include <cmath>
#include <cstring>

namespace briefcast {

namespace {

std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", seconds);
  return buffer;
}

long to_ms(double seconds) { return static_cast<long>(std::lround(seconds * 1000.0)); }

}  // namespace

Transfer::Transfer(std::string url, const FetchConfig& config, std::optional<CacheEntry> cached)
    : url_(std::move(url)),
      max_bytes_(config.max_bytes),
      timeout_s_(config.timeout_s),
      max_redirects_(config.max_redirects),
      cached_(std::move(cached)),
      handle_(curl_easy_init()) {
  if (handle_ == nullptr) throw std::bad_alloc();
  curl_easy_setopt(handle_, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(handle_, CURLOPT_PRIVATE, this);
  curl_easy_setopt(handle_, CURLOPT_ERRORBUFFER, error_buffer_);
  curl_easy_setopt(handle_, CURLOPT_NOSIGNAL, 1L);
  // Only the web: no file:, ftp:, dict:, gopher: ..., neither asked for nor via a redirect.
  curl_easy_setopt(handle_, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle_, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle_, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(handle_, CURLOPT_MAXREDIRS, max_redirects_);
  curl_easy_setopt(handle_, CURLOPT_AUTOREFERER, 1L);
  // A declared Content-Length over the cap stops the transfer before any body arrives; the
  // write callback counts the rest (chunked or compressed bodies have no length up front).
  curl_easy_setopt(handle_, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(max_bytes_));
  if (timeout_s_ > 0) {
    curl_easy_setopt(handle_, CURLOPT_CONNECTTIMEOUT_MS, to_ms(timeout_s_));
    curl_easy_setopt(handle_, CURLOPT_TIMEOUT_MS, to_ms(timeout_s_));
  }
  curl_easy_setopt(handle_, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl was built with
  curl_easy_setopt(handle_, CURLOPT_USERAGENT, config.user_agent.c_str());
  curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, &Transfer::on_data);
  curl_easy_setopt(handle_, CURLOPT_WRITEDATA, this);
  if (cached_) {
    if (!cached_->etag.empty()) headers_ = curl_slist_append(headers_, ("If-None-Match: " + cached_->etag).c_str());
    if (!cached_->last_modified.empty()) {
      headers_ = curl_slist_append(headers_, ("If-Modified-Since: " + cached_->last_modified).c_str());
    }
    curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, headers_);
  }
}

Transfer::~Transfer() {
  curl_easy_cleanup(handle_);
  curl_slist_free_all(headers_);
}

std::size_t Transfer::on_data(char* data, std::size_t size, std::size_t count, void* self) {
  auto* transfer = static_cast<Transfer*>(self);
  const std::size_t bytes = size * count;
  if (bytes > transfer->max_bytes_ - transfer->body_.size()) {
    transfer->too_large_ = true;
    return 0;  // anything but `bytes` makes curl stop with CURLE_WRITE_ERROR
  }
  transfer->body_.append(data, bytes);
  return bytes;
}

std::string Transfer::header(const char* name) const {
  curl_header* found = nullptr;
  // Request -1: the last response, after any redirects.
  if (curl_easy_header(handle_, name, 0, CURLH_HEADER, -1, &found) != CURLHE_OK || found == nullptr) return {};
  return found->value;
}

std::string Transfer::failure_message(CURLcode code) const {
  const std::string limit = std::to_string(max_bytes_ >> 20) + " MiB";
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return "timed out after " + seconds_text(timeout_s_) + " s";
    case CURLE_TOO_MANY_REDIRECTS:
      return "too many redirects (more than " + std::to_string(max_redirects_) + ")";
    case CURLE_FILESIZE_EXCEEDED: return "too large (over " + limit + ")";
    case CURLE_WRITE_ERROR:
      if (too_large_) return "too large (over " + limit + ")";
      break;
    case CURLE_UNSUPPORTED_PROTOCOL: {
      long redirects = 0;
      curl_easy_getinfo(handle_, CURLINFO_REDIRECT_COUNT, &redirects);
      const char* target = nullptr;
      curl_easy_getinfo(handle_, CURLINFO_REDIRECT_URL, &target);
      if (redirects > 0 || target != nullptr) {
        return "refused: redirected to a scheme other than http or https";
      }
      return "refused: only http and https URLs are fetched";
    }
    case CURLE_COULDNT_RESOLVE_HOST: return "cannot resolve the host name";
    case CURLE_COULDNT_CONNECT: {
      long os_errno = 0;
      curl_easy_getinfo(handle_, CURLINFO_OS_ERRNO, &os_errno);
      if (os_errno == ECONNREFUSED) return "connection refused";
      if (os_errno != 0) return std::string("cannot connect: ") + std::strerror(static_cast<int>(os_errno));
      break;
    }
    default: break;
  }
  std::string message = curl_easy_strerror(code);
  if (error_buffer_[0] != '\0') message += std::string(": ") + error_buffer_;
  return message;
}

FetchResult Transfer::finish(CURLcode code) {
  FetchResult result;
  result.url = url_;
  char* effective = nullptr;
  curl_easy_getinfo(handle_, CURLINFO_EFFECTIVE_URL, &effective);
  result.final_url = effective != nullptr ? effective : url_;
  curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &result.http_status);
  char* type = nullptr;
  curl_easy_getinfo(handle_, CURLINFO_CONTENT_TYPE, &type);
  result.content_type = type != nullptr ? type : "";
  if (code != CURLE_OK) {
    result.error = Error::input(url_, failure_message(code));
  } else if (result.http_status == 304 && cached_) {
    result.from_cache = true;
    result.final_url = cached_->final_url;
    result.content_type = cached_->content_type;
  } else if (result.http_status < 200 || result.http_status >= 300) {
    result.error = Error::input(url_, describe_http_status(result.http_status));
  } else {
    result.body = std::move(body_);
  }
  return result;
}

CacheEntry Transfer::cache_entry() const {
  CacheEntry entry;
  entry.url = url_;
  char* effective = nullptr;
  curl_easy_getinfo(handle_, CURLINFO_EFFECTIVE_URL, &effective);
  entry.final_url = effective != nullptr ? effective : url_;
  entry.etag = header("ETag");
  entry.last_modified = header("Last-Modified");
  char* type = nullptr;
  curl_easy_getinfo(handle_, CURLINFO_CONTENT_TYPE, &type);
  entry.content_type = type != nullptr ? type : "";
  return entry;
}

std::string describe_http_status(long status) {
  const char* phrase = "";
  switch (status) {
    case 304: phrase = "Not Modified"; break;
    case 400: phrase = "Bad Request"; break;
    case 401: phrase = "Unauthorized"; break;
    case 403: phrase = "Forbidden"; break;
    case 404: phrase = "Not Found"; break;
    case 410: phrase = "Gone"; break;
    case 429: phrase = "Too Many Requests"; break;
    case 500: phrase = "Internal Server Error"; break;
    case 502: phrase = "Bad Gateway"; break;
    case 503: phrase = "Service Unavailable"; break;
    case 504: phrase = "Gateway Timeout"; break;
    default: break;
  }
  std::string text = "HTTP " + std::to_string(status);
  if (*phrase != '\0') text += std::string(" ") + phrase;
  return text;
}

}  // namespace briefcast
