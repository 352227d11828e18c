#include "fetch/fetcher.h"

#include <curl/curl.h>

#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <mutex>

#include "fetch/http_cache.h"
#include "fetch/transfer.h"
#include "fetch/url.h"

namespace briefcast {

namespace {

// curl_global_init is thread-safe in the libcurl we build against (7.84+, "threadsafe"
// feature), but one call is all that is needed.
void ensure_curl_initialized() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct MultiCleanup {
  void operator()(CURLM* multi) const { curl_multi_cleanup(multi); }
};

struct Pending {
  std::size_t index = 0;
  bool conditional = true;  // false after a 304 whose cached body had gone missing
};

struct Active {
  std::size_t index = 0;
  std::unique_ptr<Transfer> transfer;
};

// Runs the transfers of one fetch_all call: a queue of waiting URLs, at most `jobs` in flight.
class MultiRun {
 public:
  MultiRun(const std::vector<std::string>& urls, const FetchConfig& config, std::vector<FetchResult>& results)
      : urls_(urls), config_(config), cache_(config.cache_dir), results_(results), multi_(curl_multi_init()) {
    if (!multi_) throw std::bad_alloc();
  }

  void enqueue(std::size_t index) { queue_.push_back({index, true}); }

  void run() {
    start_waiting();
    while (!active_.empty()) {
      int running = 0;
      const CURLMcode code = curl_multi_perform(multi_.get(), &running);
      if (code != CURLM_OK) {
        fail_all(curl_multi_strerror(code));
        return;
      }
      collect_finished();
      start_waiting();
      if (!active_.empty()) curl_multi_poll(multi_.get(), nullptr, 0, 1000, nullptr);
    }
  }

 private:
  void start_waiting() {
    const std::size_t jobs = config_.jobs > 0 ? static_cast<std::size_t>(config_.jobs) : 1;
    while (active_.size() < jobs && !queue_.empty()) {
      const Pending next = queue_.front();
      queue_.pop_front();
      const std::string& url = urls_[next.index];
      std::optional<CacheEntry> cached = next.conditional ? cache_.lookup(url) : std::nullopt;
      auto transfer = std::make_unique<Transfer>(url, config_, std::move(cached));
      CURL* handle = transfer->handle();
      curl_multi_add_handle(multi_.get(), handle);
      active_.emplace(handle, Active{next.index, std::move(transfer)});
    }
  }

  void collect_finished() {
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi_.get(), &left)) {
      if (message->msg != CURLMSG_DONE) continue;
      auto found = active_.find(message->easy_handle);
      if (found == active_.end()) continue;
      complete(found->second, message->data.result);
      curl_multi_remove_handle(multi_.get(), message->easy_handle);
      active_.erase(found);
    }
  }

  void complete(const Active& active, CURLcode code);
  void fail_all(const std::string& message);

  const std::vector<std::string>& urls_;
  const FetchConfig& config_;
  HttpCache cache_;
  std::vector<FetchResult>& results_;
  std::unique_ptr<CURLM, MultiCleanup> multi_;
  std::deque<Pending> queue_;
  std::map<CURL*, Active> active_;
};

void MultiRun::complete(const Active& active, CURLcode code) {
  Transfer& transfer = *active.transfer;
  FetchResult result = transfer.finish(code);
  if (result.from_cache) {
    std::optional<std::string> body = cache_.body(transfer.url());
    if (!body) {
      // The entry lost its body since we read its validators: ask again, unconditionally.
      queue_.push_back({active.index, false});
      return;
    }
    result.body = std::move(*body);
    cache_.mark_used(transfer.url());
  } else if (result.ok()) {
    cache_.store(transfer.cache_entry(), result.body);
  }
  results_[active.index] = std::move(result);
}

void MultiRun::fail_all(const std::string& message) {
  for (auto& [handle, active] : active_) {
    results_[active.index].url = urls_[active.index];
    results_[active.index].error = Error::input(urls_[active.index], message);
    curl_multi_remove_handle(multi_.get(), handle);
  }
  active_.clear();
  for (const Pending& pending : queue_) {
    results_[pending.index].url = urls_[pending.index];
    results_[pending.index].error = Error::input(urls_[pending.index], message);
  }
  queue_.clear();
}

}  // namespace

std::vector<FetchResult> fetch_all(const std::vector<std::string>& urls, const FetchConfig& config) {
  ensure_curl_initialized();
  std::vector<FetchResult> results(urls.size());
  MultiRun run(urls, config, results);
  for (std::size_t i = 0; i < urls.size(); ++i) {
    if (is_http_url(urls[i])) {
      run.enqueue(i);
      continue;
    }
    // Refused before any transfer: file:, ftp:, data: ... or no URL at all.
    results[i].url = urls[i];
    const std::string scheme = url_scheme(urls[i]);
    results[i].error = Error::input(urls[i], scheme.empty() ? std::string("not an http or https URL")
                                                            : "refused: " + scheme +
                                                                  ": URLs are not fetched (only http and https)");
  }
  run.run();
  HttpCache(config.cache_dir).prune(config.cache_keep);
  return results;
}

std::string default_cache_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg == '/') return std::string(xdg) + "/briefcast";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return std::string(home) + "/.cache/briefcast";
  return {};
}

std::string curl_library_version() { return curl_version_info(CURLVERSION_NOW)->version; }

}  // namespace briefcast
