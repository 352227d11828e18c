#include "assemble/riff_layout.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>

#include "model/error.h"

namespace briefcast {

namespace {

// Far more chunks than any real WAV carries; a file with more is garbage, not audio.
constexpr int kMaxChunks = 4096;

std::uint32_t little_endian_u32(const char* bytes) {
  const auto* b = reinterpret_cast<const unsigned char*>(bytes);
  return static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 | static_cast<std::uint32_t>(b[2]) << 16 |
         static_cast<std::uint32_t>(b[3]) << 24;
}

std::ifstream open_binary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::input(path, "cannot open audio: " + std::string(std::strerror(errno)));
  return in;
}

}  // namespace

bool starts_like_riff(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4> magic{};
  if (!in.read(magic.data(), magic.size())) return false;
  return std::string_view(magic.data(), magic.size()) == "RIFF";
}

void check_riff_wave_layout(const std::string& path) {
  std::ifstream in = open_binary(path);
  in.seekg(0, std::ios::end);
  const auto file_size = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);
  std::array<char, 12> header{};
  if (!in.read(header.data(), header.size()) || std::memcmp(header.data(), "RIFF", 4) != 0 ||
      std::memcmp(header.data() + 8, "WAVE", 4) != 0) {
    throw Error::input(path, "not a WAV file (no RIFF WAVE header)");
  }

  int fmt_chunks = 0;
  int data_chunks = 0;
  int cue_chunks = 0;
  std::uint64_t offset = header.size();
  for (int chunks = 0; offset + 8 <= file_size; ++chunks) {
    if (chunks == kMaxChunks) throw Error::input(path, "broken WAV: more than " + std::to_string(kMaxChunks) + " chunks");
    std::array<char, 8> chunk{};
    in.seekg(static_cast<std::streamoff>(offset));
    if (!in.read(chunk.data(), chunk.size())) throw Error::input(path, "cannot read audio: short read");
    const std::string id(chunk.data(), 4);
    // Chunk names are four printable ASCII characters; anything else means the list lost its
    // alignment, and libsndfile would go hunting for chunks through the samples.
    for (char c : id) {
      if (c < 0x20 || c > 0x7E) throw Error::input(path, "broken WAV: no chunk name at byte " + std::to_string(offset));
    }
    const std::uint64_t size = little_endian_u32(chunk.data() + 4);
    const std::uint64_t end = offset + 8 + size + (size & 1u);  // chunks are padded to even sizes
    if (id == "fmt ") {
      if (++fmt_chunks > 1) throw Error::input(path, "broken WAV: more than one fmt chunk");
      if (data_chunks > 0) throw Error::input(path, "broken WAV: fmt chunk after the data chunk");
    } else if (id == "data") {
      if (++data_chunks > 1) throw Error::input(path, "broken WAV: more than one data chunk");
    } else if (id == "cue ") {
      if (++cue_chunks > 1) throw Error::input(path, "broken WAV: more than one cue chunk");
    }
    // A writer may leave out the pad byte after an odd-sized last chunk; nothing more.
    if (end > file_size + 1) {
      throw Error::input(path, "broken WAV: chunk '" + id + "' at byte " + std::to_string(offset) + " claims " +
                                   std::to_string(size) + " bytes, past the end of the file (cut short?)");
    }
    offset = end;
  }
  if (fmt_chunks == 0) throw Error::input(path, "broken WAV: no fmt chunk");
  if (data_chunks == 0) throw Error::input(path, "broken WAV: no data chunk");
}

}  // namespace briefcast
