# ASan + UBSan for the whole build, so the full suite runs under them (scripts/test).
add_library(briefcast_sanitizers INTERFACE)
if(BRIEFCAST_SANITIZE)
  set(_san_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_compile_options(briefcast_sanitizers INTERFACE ${_san_flags})
  target_link_options(briefcast_sanitizers INTERFACE ${_san_flags})
endif()
