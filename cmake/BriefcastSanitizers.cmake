# Instrumentation for the whole build, in one INTERFACE target every project target links:
# ASan + UBSan, so the full suite runs under them (scripts/test; preset asan); gcov line
# coverage (preset coverage); the fuzzing flags (BriefcastFuzzing.cmake; preset fuzz).
option(BRIEFCAST_COVERAGE "Build with gcov line coverage (GCC or Clang --coverage)" OFF)
add_library(briefcast_sanitizers INTERFACE)
if(BRIEFCAST_SANITIZE)
  set(_san_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_compile_options(briefcast_sanitizers INTERFACE ${_san_flags})
  target_link_options(briefcast_sanitizers INTERFACE ${_san_flags})
endif()
if(BRIEFCAST_COVERAGE)
  target_compile_options(briefcast_sanitizers INTERFACE --coverage -O0)
  target_link_options(briefcast_sanitizers INTERFACE --coverage)
endif()
