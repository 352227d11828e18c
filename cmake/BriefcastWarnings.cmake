# Warnings live in one INTERFACE target that every project target links.
add_library(briefcast_warnings INTERFACE)
target_compile_options(briefcast_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  -Wpedantic -Wformat=2 -Wdouble-promotion -Wcast-align
  # Designated initializers that rely on member defaults are intended.
  -Wno-missing-field-initializers)
# -Wnull-dereference with Clang only: GCC 12 at -O2 reports "potential null pointer dereference"
# inside its own libstdc++ headers (std::streambuf, std::basic_string) for code that has none,
# so on GCC the flag would only be noise. The fuzz build (clang) checks it.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  target_compile_options(briefcast_warnings INTERFACE -Wnull-dereference)
endif()
if(BRIEFCAST_WERROR)
  target_compile_options(briefcast_warnings INTERFACE -Werror)
endif()
