// Fuzz target: the cleaner on HTML (any bytes, parsed as HTML).
#include <cstdint>

#include "clean_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  briefcast::CleanConfig config;
  config.force_html = true;
  briefcast::fuzz::clean_and_check(data, size, config, "fuzz.html");
  return 0;
}
