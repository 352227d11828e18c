# Warnings live in one INTERFACE target that every project target links.
add_library(briefcast_warnings INTERFACE)
target_compile_options(briefcast_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  # Designated initializers that rely on member defaults are intended.
  -Wno-missing-field-initializers)
if(BRIEFCAST_WERROR)
  target_compile_options(briefcast_warnings INTERFACE -Werror)
endif()
