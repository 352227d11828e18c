// engine_watch: keeps track of which article eSpeak NG is speaking, so that when the engine
// crashes (libespeak-ng 1.51 has memory-safety bugs on crafted input) or hangs, a program can
// end with one clear line naming that article instead of a bare "Segmentation fault" or a
// process that never returns. The library only records and composes the report; the program
// (cli/engine_guard.h) installs the signal handlers and the watchdog, prints and exits.
// `batch` does not need it: there each article has a worker process of its own.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace briefcast {

// A ready-made report line ("briefcast: FILE: ...\n"), readable from a signal handler.
struct EngineWatchReport {
  const char* text = nullptr;  // nullptr: no article is being spoken
  std::size_t length = 0;
};

// The per-article limit the hang report names (0: no limit). Set it before speaking.
void set_engine_watch_timeout(double article_timeout_seconds);

// Marks the start and the end of speaking one article (`source_path` names it in the report).
// Cheap, and harmless when no program watches.
void engine_watch_begin(const std::string& source_path);
void engine_watch_end() noexcept;

// The report for a crash of the article being spoken now. Async-signal-safe.
EngineWatchReport engine_watch_crash_report() noexcept;

// The report for a hang when the article being spoken has run longer than the timeout;
// empty otherwise (or when there is no timeout).
EngineWatchReport engine_watch_hang_report() noexcept;

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
