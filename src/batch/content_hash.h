// Content hashes that decide whether an output is up to date. The hash covers the input's
// bytes and a key of every setting that shapes the audio (render_settings_key in
// batch/article_render.h), so changing any of them redoes exactly the outputs it affects. It
// is stored in the output WAV's INFO comment, so an output and its hash can never drift apart.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace briefcast {

// 64-bit FNV-1a: tiny, dependency-free and fast enough to hash an article many times over
// per millisecond. Not cryptographic: it detects change, it does not resist forgery.
class Fnv1a64 {
 public:
  Fnv1a64& update(std::string_view bytes);
  // Hashes a length prefix first, so that ("ab", "c") and ("a", "bc") differ.
  Fnv1a64& update_field(std::string_view bytes);
  Fnv1a64& update_field(std::int64_t number);
  std::uint64_t digest() const { return state_; }

 private:
  std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

// "fnv1a64:<16 hex digits>" of the input bytes under `settings_key`.
std::string content_hash(std::string_view input_bytes, std::string_view settings_key);

// Hashes a whole file's bytes under `settings_key`; nullopt when the file cannot be read.
std::optional<std::string> file_content_hash(const std::string& path, std::string_view settings_key);

// The WAV INFO comment that carries a hash, and the hash read back from such a comment.
std::string hash_comment(std::string_view hash);
std::optional<std::string> hash_from_comment(std::string_view comment);

}  // namespace briefcast
