// engine_watch: names the article eSpeak NG is speaking, so that when the engine crashes
// (libespeak-ng 1.51 has memory-safety bugs on crafted input) or hangs, a single-process run
// such as `build` ends with one clear line naming that article instead of a bare
// "Segmentation fault" or a process that never returns. `batch` does not need it: there each
// article has a worker process of its own (batch/worker_pool.h).
#pragma once

#include <functional>
#include <string>

namespace briefcast {

// Installs handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT, and a watchdog thread that
// acts when one article takes longer than `article_timeout_seconds` (0: no limit). Either way
// it prints "briefcast: FILE: ..." (naming the article) to standard error, removes pending temporary
// outputs (io/atomic_output.h) and ends the process with exit status 1. For programs (the
// CLI); call it once.
void install_engine_watch(double article_timeout_seconds);

// Marks the start and the end of speaking one article (`source_path` names it in the error).
// Cheap, and harmless when install_engine_watch was never called.
void engine_watch_begin(const std::string& source_path);
void engine_watch_end() noexcept;

// Test seam: called by engine_watch_begin with the article's path, so that a test can make the
// "engine" crash or hang on a chosen article. Empty by default.
void set_engine_watch_fault_hook(std::function<void(const std::string&)> hook);

// Runs `speak` between engine_watch_begin(source_path) and engine_watch_end().
template <typename Speak>
decltype(auto) with_engine_watch(const std::string& source_path, Speak&& speak) {
  struct End {
    ~End() { engine_watch_end(); }
  } end;
  engine_watch_begin(source_path);
  return speak();
}

}  // namespace briefcast
