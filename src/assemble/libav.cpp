#include "assemble/libav.h"

#include <dlfcn.h>

#include <mutex>
#include <string>

#include "model/error.h"

namespace briefcast {

namespace {

#define BRIEFCAST_STRINGIFY_INNER(x) #x
#define BRIEFCAST_STRINGIFY(x) BRIEFCAST_STRINGIFY_INNER(x)

// The sonames of the versions the headers describe (libavformat.so.59 on Debian 12).
constexpr const char* kLibraries[] = {
    "libavutil.so." BRIEFCAST_STRINGIFY(LIBAVUTIL_VERSION_MAJOR),
    "libavcodec.so." BRIEFCAST_STRINGIFY(LIBAVCODEC_VERSION_MAJOR),
    "libavformat.so." BRIEFCAST_STRINGIFY(LIBAVFORMAT_VERSION_MAJOR),
};

struct Loaded {
  LibAv functions;
  std::string failure;  // why loading failed; empty when it worked
};

Loaded load() {
  Loaded loaded;
  void* handles[std::size(kLibraries)] = {};
  for (std::size_t i = 0; i < std::size(kLibraries); ++i) {
    // Kept loaded for the life of the process: FFmpeg keeps global state.
    handles[i] = ::dlopen(kLibraries[i], RTLD_NOW | RTLD_LOCAL);
    if (handles[i] == nullptr) {
      loaded.failure = std::string("MP4 output needs FFmpeg's ") + kLibraries[i] + " (Debian: libavformat59), not found";
      return loaded;
    }
  }
  auto find = [&](const char* name) -> void* {
    for (void* handle : handles) {
      if (void* symbol = ::dlsym(handle, name)) return symbol;
    }
    if (loaded.failure.empty()) loaded.failure = std::string("this FFmpeg has no ") + name;
    return nullptr;
  };
#define BRIEFCAST_LIBAV_FIND(name) loaded.functions.name = reinterpret_cast<decltype(&::name)>(find(#name));
  BRIEFCAST_LIBAV_FUNCTIONS(BRIEFCAST_LIBAV_FIND)
#undef BRIEFCAST_LIBAV_FIND
  return loaded;
}

}  // namespace

const LibAv& libav(const std::string& output_path) {
  static const Loaded loaded = load();
  if (!loaded.failure.empty()) throw Error::output(output_path, "cannot write MP4: " + loaded.failure);
  return loaded.functions;
}

}  // namespace briefcast
