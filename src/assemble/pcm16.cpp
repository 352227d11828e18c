#include "assemble/pcm16.h"

#include <algorithm>

namespace briefcast {

void to_pcm16(std::span<const float> in, std::vector<std::int16_t>& out) {
  out.resize(in.size());
  // As lround would, but inline: this runs for every sample written.
  for (std::size_t i = 0; i < in.size(); ++i) {
    const float scaled = std::clamp(in[i] * 32768.0f, -32768.0f, 32767.0f);
    out[i] = static_cast<std::int16_t>(scaled + (scaled >= 0.0f ? 0.5f : -0.5f));
  }
}

}  // namespace briefcast
