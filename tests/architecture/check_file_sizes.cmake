# Run by ctest (see CMakeLists.txt): every C++ source and header under SOURCE_DIR/src stays at
# or under MAX_LINES lines. Small files are how a reader finds the one place for a concern; a
# file past the limit is a sign that it holds two concerns and should be split.
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h")
set(failures "")
foreach(source IN LISTS sources)
  # Counts newlines, as wc -l does.
  file(READ "${source}" content)
  string(REGEX MATCHALL "\n" newlines "${content}")
  list(LENGTH newlines count)
  if(count GREATER MAX_LINES)
    file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
    list(APPEND failures "${name}: ${count} lines (at most ${MAX_LINES})")
  endif()
endforeach()
list(LENGTH sources checked)
if(checked EQUAL 0)
  message(FATAL_ERROR "no sources found under ${SOURCE_DIR}/src")
endif()
if(failures)
  list(JOIN failures "\n" report)
  message(FATAL_ERROR "source files over the size limit:\n${report}")
endif()
message(STATUS "${checked} source files, each at most ${MAX_LINES} lines")
