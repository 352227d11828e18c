// Test support for the WAV tests: RIFF files built byte by byte, to stand for WAVs that other
// writers made (or broke).
#pragma once

#include <cstdint>
#include <string>

namespace briefcast::testing {

inline std::string u32(std::uint32_t v) {
  return {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF), static_cast<char>((v >> 16) & 0xFF),
          static_cast<char>((v >> 24) & 0xFF)};
}

inline std::string u16(std::uint16_t v) { return {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF)}; }

// `id`, its size and `body`, without the pad byte (tests add it where they want it).
inline std::string chunk(const std::string& id, const std::string& body) {
  return id + u32(static_cast<std::uint32_t>(body.size())) + body;
}

// The body of a `fmt ` chunk for 16-bit PCM.
inline std::string fmt_body(std::uint16_t channels = 1, std::uint32_t rate_hz = 22050) {
  return u16(1) + u16(channels) + u32(rate_hz) + u32(rate_hz * channels * 2) + u16(static_cast<std::uint16_t>(channels * 2)) +
         u16(16);
}

// A `cue ` chunk body with one point per (id, frame), in the order given.
inline std::string cue_body(std::initializer_list<std::pair<std::uint32_t, std::uint32_t>> points) {
  std::string body = u32(static_cast<std::uint32_t>(points.size()));
  for (auto [id, frame] : points) body += u32(id) + u32(frame) + "data" + u32(0) + u32(0) + u32(frame);
  return body;
}

inline std::string wave(const std::string& chunks) {
  return "RIFF" + u32(static_cast<std::uint32_t>(4 + chunks.size())) + "WAVE" + chunks;
}

}  // namespace briefcast::testing
