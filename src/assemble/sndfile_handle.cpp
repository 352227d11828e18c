#include "assemble/sndfile_handle.h"

#include "model/error.h"

namespace briefcast {

SndfilePtr open_sndfile_for_reading(const std::string& path, const char* what, SF_INFO& info) {
  info = SF_INFO{};
  SndfilePtr file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) throw Error::input(path, std::string("cannot read ") + what + ": " + sf_strerror(nullptr));
  return file;
}

}  // namespace briefcast
