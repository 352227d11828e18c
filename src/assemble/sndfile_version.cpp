#include "assemble/sndfile_version.h"

#include <sndfile.h>

namespace briefcast {

std::string sndfile_version() {
  // sf_version_string() reads "libsndfile-1.2.0".
  std::string version = sf_version_string();
  const std::string prefix = "libsndfile-";
  if (version.rfind(prefix, 0) == 0) version.erase(0, prefix.size());
  return version;
}

}  // namespace briefcast
