// The one place a podcast folder changes: adds an episode to the state, moves its files into
// place, keeps the newest N, writes the state and feed.xml (each atomically), and prunes the
// files of episodes that dropped out. Callers hold the folder's FeedLock throughout, from
// reading the state to this call, so no other run can interleave.
//
// Order, so a crash at any point leaves a feed that lists only complete files: the new files
// wait in a staging folder until this call; here they are renamed into place, then the state,
// then feed.xml are replaced. Enclosure lengths are read from the files on disk every time
// the feed is written, so even a crash between the renames and the feed write is repaired by
// the next run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "publish/feed_state.h"
#include "publish/podcast_feed.h"

namespace briefcast {

struct PublishConfig {
  PodcastChannel channel;
  std::string out_dir;
  std::size_t keep = 30;  // episodes kept in the feed, newest first
  bool prune = false;     // also delete the files of episodes that dropped out
};

// The hidden folder inside out-dir where a run writes its files before they are published.
std::string staging_dir(const std::string& out_dir);

// A complete file in the staging folder and the name it gets in out-dir.
struct StagedFile {
  std::string staged_path;
  std::string name;
};

struct PublishResult {
  std::string feed_path;
  std::size_t episode_count = 0;
  std::vector<std::string> dropped;  // titles of episodes that left the feed
  std::vector<std::string> deleted;  // files removed by prune
};

// Replaces any episode with the same key or the same audio file, records `spoken_items` as
// spoken by this episode (forgetting what the replaced one spoke), sorts newest first and
// keeps `config.keep`. Throws Error (Stage::kOutput) naming the file that could not be written.
PublishResult publish_episode(const PublishConfig& config, FeedState& state, PodcastEpisode episode,
                              const std::vector<StagedFile>& files, const std::vector<std::string>& spoken_items,
                              std::int64_t now_s);

// Writes feed.xml for `state`, each enclosure's length read from its file; an episode whose
// audio is missing is left out. Returns the number of episodes listed.
std::size_t write_podcast_feed(const PublishConfig& config, const FeedState& state, std::int64_t now_s);

// Whether `item_key` may be spoken in the episode `episode_key`: no other episode spoke it.
bool is_new_item(const FeedState& state, const std::string& item_key, const std::string& episode_key);

}  // namespace briefcast
