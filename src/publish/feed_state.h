// What a podcast folder remembers between runs, kept beside the feed in out-dir: the episodes
// (everything feed.xml is made from) and which feed items have been spoken, so a daily run
// speaks only what no other episode has. JSON, written atomically.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "publish/podcast_feed.h"

namespace briefcast {

inline constexpr const char* kStateFileName = ".briefcast-podcast.json";

// Where an item was first spoken.
struct SpokenRecord {
  std::string date;         // the episode's date, "2026-11-27"
  std::string episode_key;  // which episode spoke it
};

struct FeedState {
  std::vector<PodcastEpisode> episodes;          // newest first
  std::map<std::string, SpokenRecord> spoken;    // item key (guid or normalized link) -> record
};

std::string feed_state_to_json(const FeedState& state);

// Throws Error (Stage::kInput, naming `path`) when the text is not a state file.
FeedState feed_state_from_json(const std::string& text, const std::string& path);

// The state of `out_dir`; an empty state when the folder has none yet.
FeedState load_feed_state(const std::string& out_dir);

// Writes the state atomically. Throws Error (Stage::kOutput).
void save_feed_state(const std::string& out_dir, const FeedState& state);

}  // namespace briefcast
