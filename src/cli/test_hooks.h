// Fault injection for tests, compiled in only for test builds: BRIEFCAST_TEST_HOOKS is
// defined when the test suite is built and the build type is not Release (src/cli/CMakeLists.txt).
// In any other build both functions do nothing, so no environment variable can make an
// installed or packaged program crash or hang on purpose.
#pragma once

#include <functional>
#include <string>

namespace briefcast::cli {

// BRIEFCAST_TEST_ENGINE_FAULT="abort:TEXT", "segv:TEXT" or "hang:TEXT" makes speaking any
// article whose path contains TEXT abort, crash or hang, so that tests can prove such faults
// stay contained. Empty when the variable is unset (and always, outside test builds).
std::function<void(const std::string&)> test_fault_hook();

// BRIEFCAST_TEST_CRASH=<point> aborts the process at that point, so that tests can prove that
// a crash between writing an episode's files and updating the feed leaves a consistent feed.
void test_crash_point(const char* point);

}  // namespace briefcast::cli
