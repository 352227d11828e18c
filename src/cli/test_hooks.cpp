#include "cli/test_hooks.h"

#ifdef BRIEFCAST_TEST_HOOKS
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <thread>
#endif

namespace briefcast::cli {

#ifdef BRIEFCAST_TEST_HOOKS

std::function<void(const std::string&)> test_fault_hook() {
  const char* spec = std::getenv("BRIEFCAST_TEST_ENGINE_FAULT");
  if (spec == nullptr) return {};
  const std::string text(spec);
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos) return {};
  std::string kind = text.substr(0, colon);
  std::string needle = text.substr(colon + 1);
  return [kind, needle](const std::string& input) {
    if (needle.empty() || input.find(needle) == std::string::npos) return;
    if (kind == "abort") std::abort();
    if (kind == "segv") std::raise(SIGSEGV);
    if (kind == "hang") {
      while (true) std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  };
}

void test_crash_point(const char* point) {
  const char* wanted = std::getenv("BRIEFCAST_TEST_CRASH");
  if (wanted != nullptr && std::strcmp(wanted, point) == 0) std::abort();
}

#else

std::function<void(const std::string&)> test_fault_hook() { return {}; }

void test_crash_point(const char*) {}

#endif

}  // namespace briefcast::cli
