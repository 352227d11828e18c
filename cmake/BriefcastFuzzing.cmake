# libFuzzer targets (tests/fuzz). With BRIEFCAST_FUZZ=ON (clang only) every project target is
# built with coverage instrumentation and ASan + UBSan, so the fuzzer sees inside the core
# library, and each target in tests/fuzz links libFuzzer's driver. Without it, the same
# targets are small replay programs that ctest runs over the committed seed corpus and the
# regression inputs, so every crash ever found stays a test on every build.
option(BRIEFCAST_FUZZ "Build the libFuzzer targets (clang; -fsanitize=fuzzer,address,undefined)" OFF)

if(BRIEFCAST_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BRIEFCAST_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Through the instrumentation target every project target links (BriefcastSanitizers.cmake),
  # not globally: third-party code built in this tree, if any, stays as it is.
  target_compile_options(briefcast_sanitizers INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                         -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only)
  target_link_options(briefcast_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# briefcast_add_fuzzer(NAME SOURCE CORPUS_NAME [SEEDS folder...]): a fuzz target over
# briefcast::core. SEEDS: more seed folders replayed with the corpus (the test fixtures, kept
# in one place rather than copied into the corpus).
function(briefcast_add_fuzzer name source corpus)
  cmake_parse_arguments(ARG "" "" "SEEDS" ${ARGN})
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE briefcast::core briefcast_warnings briefcast_sanitizers)
  if(BRIEFCAST_FUZZ)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  else()
    target_sources(${name} PRIVATE ${BRIEFCAST_FUZZ_DIR}/replay_main.cpp)
    add_test(NAME ${name}_replay
             COMMAND ${name} ${BRIEFCAST_FUZZ_DIR}/corpus/${corpus} ${BRIEFCAST_FUZZ_DIR}/regressions/${corpus}
                     ${ARG_SEEDS})
    set_tests_properties(${name}_replay PROPERTIES LABELS fuzz TIMEOUT 300)
  endif()
endfunction()
