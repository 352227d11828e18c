# cmake -DCOMMAND="program;arg;..." -DOUTPUT=file [-DGZIP=ON] -P BriefcastRunToFile.cmake
# Runs a command and writes its standard output to OUTPUT (gzip -9n when GZIP is on: no name
# or time stamp in the header, so the file is the same on every build). Fails when the
# command does.
# A sanitizer build's program runs here too; its leak report belongs to the tests, not the build.
if(NOT DEFINED ENV{ASAN_OPTIONS})
  set(ENV{ASAN_OPTIONS} detect_leaks=0)
endif()
execute_process(COMMAND ${COMMAND} OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${COMMAND}: exited with ${status}")
endif()
if(GZIP)
  find_program(GZIP_EXECUTABLE gzip REQUIRED)
  execute_process(COMMAND "${GZIP_EXECUTABLE}" -9nc "${OUTPUT}.tmp" OUTPUT_FILE "${OUTPUT}.gz.tmp"
                  RESULT_VARIABLE status)
  file(REMOVE "${OUTPUT}.tmp")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT}: exited with ${status}")
  endif()
  file(RENAME "${OUTPUT}.gz.tmp" "${OUTPUT}")
else()
  file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
endif()
