#include "cli/engine_guard.h"

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "io/atomic_output.h"
#include "synth/engine_watch.h"

namespace briefcast::cli {

namespace {

[[noreturn]] void report_and_exit(EngineWatchReport report) {
  remove_pending_outputs();
  if (report.length > 0) {
    [[maybe_unused]] ssize_t written = ::write(STDERR_FILENO, report.text, report.length);
  }
  ::_exit(1);
}

void on_fatal_signal(int signal_number) {
  const EngineWatchReport report = engine_watch_crash_report();
  if (report.text == nullptr) {
    // Not inside an article: not the engine's fault as far as we know. Die as we would have.
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
    return;
  }
  report_and_exit(report);
}

void watch_for_hangs() {
  while (true) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const EngineWatchReport report = engine_watch_hang_report();
    if (report.text != nullptr) report_and_exit(report);
  }
}

}  // namespace

void install_engine_guard(double article_timeout_seconds) {
  set_engine_watch_timeout(article_timeout_seconds);
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = static_cast<int>(SA_RESETHAND);  // a second fault inside the handler ends the process plainly
  for (int signal_number : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(signal_number, &action, nullptr);
  if (article_timeout_seconds > 0) std::thread(watch_for_hangs).detach();
}

}  // namespace briefcast::cli
