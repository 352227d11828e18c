// libsndfile, wrapped once: the owning handle and opening a file for reading, shared by the
// writer, the WAV reader and the sound loader (the only files that include libsndfile).
#pragma once

#include <sndfile.h>

#include <memory>
#include <string>

namespace briefcast {

struct SndfileCloser {
  void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

// Opens `path` for reading and fills `info`. Throws Error (Stage::kInput): "cannot read
// <what>: <libsndfile's reason>".
SndfilePtr open_sndfile_for_reading(const std::string& path, const char* what, SF_INFO& info);

}  // namespace briefcast
