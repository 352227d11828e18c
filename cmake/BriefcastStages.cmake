# One static library per pipeline stage (src/<stage>/), linked in one direction only.
#
# Headers are included as "stage/file.h". Each stage target exposes an include root of its own
# that holds just one entry, a link named <stage> to its source folder, so a file sees only
# the headers of its own stage and of the stages it links: including a header of a stage it
# does not link fails to compile (tests/architecture checks that it does).
set(BRIEFCAST_STAGE_INCLUDE_ROOT "${PROJECT_BINARY_DIR}/stage-include")

# briefcast_stage_include_root(FOLDER OUT_VAR): an include root holding only a link named
# FOLDER to the current source folder.
function(briefcast_stage_include_root folder out_var)
  set(root "${BRIEFCAST_STAGE_INCLUDE_ROOT}/${folder}")
  file(MAKE_DIRECTORY "${root}")
  file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${folder}" SYMBOLIC)
  set(${out_var} "${root}" PARENT_SCOPE)
endfunction()

# With BRIEFCAST_PCH (the asan and fuzz presets) each stage parses the standard headers most of
# its files use once, through a precompiled header: a third of each file's compile time in those
# builds. The release build leaves it off, so that a file that forgets an include still fails
# to compile there.
function(briefcast_stage_precompiled_headers target)
  if(NOT BRIEFCAST_PCH)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE <algorithm> <array> <optional> <string> <string_view>
                                              <vector>)
  # As for the tests' header (tests/CMakeLists.txt): GCC's flow analysis then warns on
  # std::string's inlined copies, on paths that cannot happen.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overflow
                                             -Wno-stringop-overread -Wno-restrict)
  endif()
endfunction()

# briefcast_add_stage(STAGE SOURCES... [PUBLIC targets...] [PRIVATE targets...])
# PUBLIC: stages and libraries this stage's headers include; PRIVATE: those only its sources use.
function(briefcast_add_stage stage)
  cmake_parse_arguments(ARG "" "" "PUBLIC;PRIVATE" ${ARGN})
  set(target briefcast_${stage})
  add_library(${target} STATIC ${ARG_UNPARSED_ARGUMENTS})
  add_library(briefcast::${stage} ALIAS ${target})
  briefcast_stage_include_root(${stage} root)
  target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${root}>")
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE} briefcast_warnings)
  # Sanitizer flags reach every object file and every program that links a stage.
  target_link_libraries(${target} PUBLIC briefcast_sanitizers)
  briefcast_stage_precompiled_headers(${target})
  set_property(GLOBAL APPEND PROPERTY BRIEFCAST_STAGES ${stage})
endfunction()
