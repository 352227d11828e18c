#include "batch/content_hash.h"

#include <cstdio>
#include <fstream>
#include <vector>

namespace briefcast {

namespace {
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr std::string_view kCommentPrefix = "briefcast-content-hash ";
}  // namespace

Fnv1a64& Fnv1a64::update(std::string_view bytes) {
  for (char c : bytes) {
    state_ ^= static_cast<unsigned char>(c);
    state_ *= kFnvPrime;
  }
  return *this;
}

Fnv1a64& Fnv1a64::update_field(std::string_view bytes) {
  update_field(static_cast<std::int64_t>(bytes.size()));
  return update(bytes);
}

Fnv1a64& Fnv1a64::update_field(std::int64_t number) {
  auto value = static_cast<std::uint64_t>(number);
  char little_endian[8];
  for (std::size_t i = 0; i < 8; ++i) little_endian[i] = static_cast<char>((value >> (8 * i)) & 0xffu);
  return update(std::string_view(little_endian, 8));
}

std::string content_hash(std::string_view input_bytes, std::string_view settings_key) {
  Fnv1a64 hash;
  hash.update_field(settings_key).update_field(input_bytes);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.digest()));
  return std::string("fnv1a64:") + hex;
}

std::optional<std::string> file_content_hash(const std::string& path, std::string_view settings_key) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return content_hash(bytes, settings_key);
}

std::string hash_comment(std::string_view hash) { return std::string(kCommentPrefix) + std::string(hash); }

std::optional<std::string> hash_from_comment(std::string_view comment) {
  if (comment.substr(0, kCommentPrefix.size()) != kCommentPrefix) return std::nullopt;
  std::string_view hash = comment.substr(kCommentPrefix.size());
  if (hash.empty()) return std::nullopt;
  return std::string(hash);
}

}  // namespace briefcast
