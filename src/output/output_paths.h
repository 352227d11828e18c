// Small path helpers shared by the output writers.
#pragma once

#include <string>

namespace briefcast {

// "dir/briefing.wav" -> "dir/briefing"; a dot in a folder name or a leading dot is not an extension.
std::string strip_extension(const std::string& path);

// "dir/briefing.WAV" -> "wav"; empty when there is none.
std::string lower_extension(const std::string& path);

// "dir/briefing.wav" -> "briefing.wav".
std::string file_name(const std::string& path);

}  // namespace briefcast
