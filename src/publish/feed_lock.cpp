#include "publish/feed_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include "model/error.h"

namespace briefcast {

FeedLock::FeedLock(const std::string& out_dir, double wait_seconds) {
  std::string path = out_dir + "/" + kLockFileName;
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error::output(path, std::string("cannot open the lock file: ") + std::strerror(errno));
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(wait_seconds);
  // Polling rather than a blocking flock: a blocking call cannot be given a time limit.
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      std::string reason = std::strerror(errno);
      ::close(fd_);
      throw Error::output(path, "cannot lock: " + reason);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      char waited[32];
      std::snprintf(waited, sizeof waited, "%g", wait_seconds);
      throw Error::output(path, std::string("another briefcast run is updating this podcast folder (waited ") +
                                    waited + " s); try again when it has finished");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

FeedLock::~FeedLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace briefcast
