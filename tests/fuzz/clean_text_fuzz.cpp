// Fuzz target: the cleaner on copied page text (any bytes).
#include <cstdint>

#include "clean_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  briefcast::CleanConfig config;
  config.force_text = true;
  briefcast::fuzz::clean_and_check(data, size, config, "fuzz.txt");
  return 0;
}
