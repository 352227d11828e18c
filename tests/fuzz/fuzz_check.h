// Shared by the fuzz targets: an invariant that fails is reported and aborts, which libFuzzer
// (and the replay program under ctest) treats as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "io/article_input.h"
#include "model/utf8.h"

namespace briefcast::fuzz {

inline void check(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline bool is_utf8(std::string_view text) { return find_invalid_utf8(text) == std::string_view::npos; }

}  // namespace briefcast::fuzz
