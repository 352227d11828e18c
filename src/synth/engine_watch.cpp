#include "synth/engine_watch.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace briefcast {

namespace {

// Messages are composed when an article starts, never in a signal handler (which may only
// write(2) what is already there). Two slots: one is read while the other is rewritten.
constexpr std::size_t kMessageBytes = 1024;
struct ArticleMessages {
  std::array<char, kMessageBytes> crash{};
  std::array<char, kMessageBytes> hang{};
  std::size_t crash_length = 0;
  std::size_t hang_length = 0;
};
std::array<ArticleMessages, 2> g_messages;
std::atomic<int> g_current{-1};  // slot of the article being spoken; -1: none
std::atomic<std::int64_t> g_started_ms{0};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<std::int64_t>::is_always_lock_free);

std::atomic<double> g_timeout_seconds{0};
std::function<void(const std::string&)> g_fault_hook;

std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Paths in the message are shown as the CLI shows them: control characters become '?'.
std::size_t compose(std::array<char, kMessageBytes>& out, const std::string& path, const char* what) {
  std::string shown = path;
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  }
  const int n = std::snprintf(out.data(), out.size(), "briefcast: %s: %s\n", shown.c_str(), what);
  if (n < 0) return 0;
  std::size_t length = std::min(static_cast<std::size_t>(n), out.size() - 1);
  out[length - 1] = '\n';  // a cut message still ends its line
  return length;
}

}  // namespace

void set_engine_watch_timeout(double article_timeout_seconds) { g_timeout_seconds.store(article_timeout_seconds); }

void engine_watch_begin(const std::string& source_path) {
  // Alternate slots, so the one a handler may be reading is never the one being rewritten.
  static int next_slot = 0;
  const int slot = next_slot;
  next_slot ^= 1;
  ArticleMessages& messages = g_messages[static_cast<std::size_t>(slot)];
  messages.crash_length = compose(messages.crash, source_path, "the speech engine crashed while speaking this article");
  char hang[128];
  std::snprintf(hang, sizeof hang, "speaking this article took over %g s; stopped (see --timeout)",
                g_timeout_seconds.load());
  messages.hang_length = compose(messages.hang, source_path, hang);
  g_started_ms.store(now_ms());
  g_current.store(slot);
  if (g_fault_hook) g_fault_hook(source_path);
}

void engine_watch_end() noexcept { g_current.store(-1); }

EngineWatchReport engine_watch_crash_report() noexcept {
  const int slot = g_current.load();
  if (slot < 0) return {};
  const ArticleMessages& messages = g_messages[static_cast<std::size_t>(slot)];
  return {messages.crash.data(), messages.crash_length};
}

EngineWatchReport engine_watch_hang_report() noexcept {
  const double timeout_seconds = g_timeout_seconds.load();
  const int slot = g_current.load();
  if (timeout_seconds <= 0 || slot < 0) return {};
  if (static_cast<double>(now_ms() - g_started_ms.load()) <= timeout_seconds * 1000) return {};
  const ArticleMessages& messages = g_messages[static_cast<std::size_t>(slot)];
  return {messages.hang.data(), messages.hang_length};
}

void set_engine_watch_fault_hook(std::function<void(const std::string&)> hook) { g_fault_hook = std::move(hook); }

}  // namespace briefcast
