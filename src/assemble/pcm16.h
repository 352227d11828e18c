// Float samples to 16-bit PCM, as the 16-bit writers and the sound loader store them.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace briefcast {

// Rounds half away from zero and clips at full scale. Samples that came from 16-bit
// (x / 32768) come back bit for bit, so a WAV without loudness processing is the synthesized
// audio. `out` is resized to `in`'s length.
void to_pcm16(std::span<const float> in, std::vector<std::int16_t>& out);

}  // namespace briefcast
