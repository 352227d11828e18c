// Short sounds (a chime) loaded whole into memory, ready to mix into a briefing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace briefcast {

inline constexpr int kMaxSoundSeconds = 30;

// The sound in `path` (any file libsndfile reads), mixed down to mono and resampled to
// `sample_rate_hz`, as 16-bit samples. Refuses anything over kMaxSoundSeconds. Throws Error
// (Stage::kInput).
std::vector<std::int16_t> load_sound(const std::string& path, int sample_rate_hz);

}  // namespace briefcast
