#include "publish/podcast_guid.h"

#include <openssl/evp.h>

#include <cstdio>
#include <stdexcept>

namespace briefcast {

Uuid uuid_v5(const Uuid& name_space, const std::string& name) {
  std::string input(name_space.begin(), name_space.end());
  input += name;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(input.data(), input.size(), digest, &length, EVP_sha1(), nullptr) != 1 || length < 16) {
    throw std::runtime_error("SHA-1 is not available");
  }
  Uuid uuid{};
  for (std::size_t i = 0; i < uuid.size(); ++i) uuid[i] = digest[i];
  uuid[6] = static_cast<std::uint8_t>((uuid[6] & 0x0f) | 0x50);  // version 5
  uuid[8] = static_cast<std::uint8_t>((uuid[8] & 0x3f) | 0x80);  // RFC 4122 variant
  return uuid;
}

std::string to_string(const Uuid& uuid) {
  std::string text;
  char hex[3];
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text.push_back('-');
    std::snprintf(hex, sizeof hex, "%02x", uuid[i]);
    text += hex;
  }
  return text;
}

std::string podcast_guid(const std::string& feed_url) {
  std::string name = feed_url;
  std::size_t scheme_end = name.find("://");
  if (scheme_end != std::string::npos) name.erase(0, scheme_end + 3);
  while (!name.empty() && name.back() == '/') name.pop_back();
  return to_string(uuid_v5(kPodcastGuidNamespace, name));
}

std::string episode_guid(const std::string& channel_guid, const std::string& episode_key) {
  // The channel guid is itself a UUID; parse it back into bytes to serve as the namespace.
  Uuid name_space{};
  std::size_t byte = 0;
  for (std::size_t i = 0; i + 1 < channel_guid.size() && byte < name_space.size(); ++i) {
    if (channel_guid[i] == '-') continue;
    name_space[byte++] = static_cast<std::uint8_t>(std::stoi(channel_guid.substr(i, 2), nullptr, 16));
    ++i;
  }
  return to_string(uuid_v5(name_space, episode_key));
}

}  // namespace briefcast
