// The version of the libsndfile this process runs with, for --version (kept apart from the
// readers and writers so that the CLI sees none of libsndfile's declarations).
#pragma once

#include <string>

namespace briefcast {

// "1.2.0": read from the library at run time, which may differ from the build machine's.
std::string sndfile_version();

}  // namespace briefcast
