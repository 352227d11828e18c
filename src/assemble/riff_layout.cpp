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

namespace {

struct ChunkHeader {
  std::string id;
  std::uint64_t size = 0;
};

class ChunkWalker {
 public:
  ChunkWalker(const std::string& path, std::ifstream& in) : path_(path), in_(in) {}

  // The 8-byte header at `offset`. Chunk names are four printable ASCII characters; anything
  // else means the list lost its alignment, and libsndfile would go hunting for chunks.
  ChunkHeader header_at(std::uint64_t offset) {
    std::array<char, 8> bytes{};
    in_.seekg(static_cast<std::streamoff>(offset));
    if (!in_.read(bytes.data(), bytes.size())) throw Error::input(path_, "cannot read audio: short read");
    ChunkHeader header{std::string(bytes.data(), 4), little_endian_u32(bytes.data() + 4)};
    for (char c : header.id) {
      if (c < 0x20 || c > 0x7E) throw Error::input(path_, "broken WAV: no chunk name at byte " + std::to_string(offset));
    }
    return header;
  }

  std::uint32_t u32_at(std::uint64_t offset) {
    std::array<char, 4> bytes{};
    in_.seekg(static_cast<std::streamoff>(offset));
    if (!in_.read(bytes.data(), bytes.size())) throw Error::input(path_, "cannot read audio: short read");
    return little_endian_u32(bytes.data());
  }

  [[noreturn]] void overrun(const ChunkHeader& chunk, std::uint64_t offset, const char* container) {
    throw Error::input(path_, "broken WAV: chunk '" + chunk.id + "' at byte " + std::to_string(offset) + " claims " +
                                  std::to_string(chunk.size) + " bytes, past the end of " + container);
  }

  // A LIST holds a 4-byte type and then sub-chunks (labels, INFO tags), each inside it.
  void check_list(std::uint64_t offset, const ChunkHeader& list) {
    if (list.size < 4) throw Error::input(path_, "broken WAV: LIST chunk at byte " + std::to_string(offset) + " has no type");
    const std::uint64_t list_end = offset + 8 + list.size;
    std::uint64_t pos = offset + 12;
    for (int count = 0; pos + 8 <= list_end; ++count) {
      if (count == kMaxChunks) throw Error::input(path_, "broken WAV: more than " + std::to_string(kMaxChunks) + " chunks in a LIST");
      const ChunkHeader sub = header_at(pos);
      const std::uint64_t end = pos + 8 + sub.size + (sub.size & 1u);
      if (end > list_end + 1) overrun(sub, pos, "its LIST");
      pos = end;
    }
  }

  // A cue chunk holds a count and then 24 bytes per cue point.
  void check_cue(std::uint64_t offset, const ChunkHeader& cue) {
    if (cue.size < 4 || 4 + 24 * static_cast<std::uint64_t>(u32_at(offset + 8)) > cue.size) {
      throw Error::input(path_, "broken WAV: cue chunk at byte " + std::to_string(offset) + " holds fewer points than it counts");
    }
  }

 private:
  const std::string& path_;
  std::ifstream& in_;
};

}  // namespace

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

  ChunkWalker walker(path, in);
  int fmt_chunks = 0;
  int data_chunks = 0;
  int cue_chunks = 0;
  std::uint64_t offset = header.size();
  for (int chunks = 0; offset + 8 <= file_size; ++chunks) {
    if (chunks == kMaxChunks) throw Error::input(path, "broken WAV: more than " + std::to_string(kMaxChunks) + " chunks");
    const ChunkHeader chunk = walker.header_at(offset);
    const std::uint64_t end = offset + 8 + chunk.size + (chunk.size & 1u);  // chunks are padded to even sizes
    if (chunk.id == "fmt ") {
      if (++fmt_chunks > 1) throw Error::input(path, "broken WAV: more than one fmt chunk");
      if (data_chunks > 0) throw Error::input(path, "broken WAV: fmt chunk after the data chunk");
    } else if (chunk.id == "data") {
      if (++data_chunks > 1) throw Error::input(path, "broken WAV: more than one data chunk");
    } else if (chunk.id == "cue ") {
      if (++cue_chunks > 1) throw Error::input(path, "broken WAV: more than one cue chunk");
    }
    // A writer may leave out the pad byte after an odd-sized last chunk; nothing more.
    if (end > file_size + 1) walker.overrun(chunk, offset, "the file (cut short?)");
    if (chunk.id == "LIST") walker.check_list(offset, chunk);
    if (chunk.id == "cue ") walker.check_cue(offset, chunk);
    offset = end;
  }
  if (fmt_chunks == 0) throw Error::input(path, "broken WAV: no fmt chunk");
  if (data_chunks == 0) throw Error::input(path, "broken WAV: no data chunk");
}

}  // namespace briefcast
