// Identifiers a podcast feed needs: the channel's <podcast:guid> (a UUIDv5 of the feed URL, as
// the Podcasting 2.0 namespace defines it) and a stable <guid> per episode. Pure.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace briefcast {

using Uuid = std::array<std::uint8_t, 16>;

// The namespace of <podcast:guid>, fixed by the podcast namespace spec.
inline constexpr Uuid kPodcastGuidNamespace = {0xea, 0xd4, 0xc2, 0x36, 0xbf, 0x58, 0x58, 0xc6,
                                               0xa2, 0xc6, 0xa6, 0xb2, 0x8d, 0x12, 0x8c, 0xb6};

// RFC 4122 name-based UUID, version 5 (SHA-1 of the namespace bytes and the name).
Uuid uuid_v5(const Uuid& name_space, const std::string& name);

// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", lower case.
std::string to_string(const Uuid& uuid);

// <podcast:guid> of the feed at `feed_url`: the UUIDv5 of the URL without its scheme
// ("https://") and without trailing slashes.
std::string podcast_guid(const std::string& feed_url);

// An episode's <guid>: a UUIDv5 of its key under the channel's podcast:guid, so it stays the
// same across reruns and never collides with another feed's episodes.
std::string episode_guid(const std::string& channel_guid, const std::string& episode_key);

}  // namespace briefcast
