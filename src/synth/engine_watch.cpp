#include "synth/engine_watch.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include "io/atomic_output.h"

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

double g_timeout_seconds = 0;
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

[[noreturn]] void report_and_exit(const char* text, std::size_t length) {
  remove_pending_outputs();
  if (length > 0) {
    [[maybe_unused]] ssize_t written = ::write(STDERR_FILENO, text, length);
  }
  ::_exit(1);
}

void on_fatal_signal(int signal_number) {
  const int slot = g_current.load();
  if (slot < 0) {
    // Not inside an article: not the engine's fault as far as we know. Die as we would have.
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
    return;
  }
  const ArticleMessages& messages = g_messages[static_cast<std::size_t>(slot)];
  report_and_exit(messages.crash.data(), messages.crash_length);
}

void watch_for_hangs() {
  const auto limit_ms = static_cast<std::int64_t>(g_timeout_seconds * 1000);
  while (true) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const int slot = g_current.load();
    if (slot < 0 || now_ms() - g_started_ms.load() <= limit_ms) continue;
    const ArticleMessages& messages = g_messages[static_cast<std::size_t>(slot)];
    report_and_exit(messages.hang.data(), messages.hang_length);
  }
}

}  // namespace

void install_engine_watch(double article_timeout_seconds) {
  g_timeout_seconds = article_timeout_seconds;
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = static_cast<int>(SA_RESETHAND);  // a second fault inside the handler ends the process plainly
  for (int signal_number : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(signal_number, &action, nullptr);
  if (article_timeout_seconds > 0) std::thread(watch_for_hangs).detach();
}

void engine_watch_begin(const std::string& source_path) {
  // Alternate slots, so the one a handler may be reading is never the one being rewritten.
  static int next_slot = 0;
  const int slot = next_slot;
  next_slot ^= 1;
  ArticleMessages& messages = g_messages[static_cast<std::size_t>(slot)];
  messages.crash_length = compose(messages.crash, source_path, "the speech engine crashed while speaking this article");
  char hang[128];
  std::snprintf(hang, sizeof hang, "speaking this article took over %g s; stopped (see --timeout)", g_timeout_seconds);
  messages.hang_length = compose(messages.hang, source_path, hang);
  g_started_ms.store(now_ms());
  g_current.store(slot);
  if (g_fault_hook) g_fault_hook(source_path);
}

void engine_watch_end() noexcept { g_current.store(-1); }

void set_engine_watch_fault_hook(std::function<void(const std::string&)> hook) { g_fault_hook = std::move(hook); }

}  // namespace briefcast
