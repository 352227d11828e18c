// An advisory lock on a podcast folder (flock on out-dir/.briefcast-podcast.lock), held for a
// whole update, so two runs at once (a cron job and a manual run) never interleave their
// reads and writes of the state and the feed. The kernel drops it when the process ends, even
// by a crash, so a stale lock never blocks the next run.
#pragma once

#include <string>

namespace briefcast {

inline constexpr const char* kLockFileName = ".briefcast-podcast.lock";

class FeedLock {
 public:
  // Waits up to `wait_seconds` (0: not at all) for the lock. Throws Error (Stage::kOutput,
  // naming the lock file) when another run still holds it, or the file cannot be opened.
  FeedLock(const std::string& out_dir, double wait_seconds);
  ~FeedLock();
  FeedLock(const FeedLock&) = delete;
  FeedLock& operator=(const FeedLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace briefcast
