#include "io/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <vector>

#include "model/error.h"

namespace briefcast {

namespace {

std::string errno_text() { return std::strerror(errno); }

// Temporary paths still to be removed if a signal ends the process. Fixed storage, because a
// signal handler may neither allocate nor take locks.
constexpr std::size_t kPendingSlots = 64;
constexpr std::size_t kPendingPathBytes = 4096;
struct PendingSlot {
  std::atomic<bool> in_use{false};
  std::atomic<bool> ready{false};
  char path[kPendingPathBytes] = {};
};
std::array<PendingSlot, kPendingSlots> g_pending;

// Reserves a slot holding `pattern`; mkstemps then fills in the name inside the slot itself,
// so the file is known to the signal handler from the moment it exists.
int reserve_pending(const std::string& pattern) {
  if (pattern.size() >= kPendingPathBytes) return -1;
  for (std::size_t i = 0; i < kPendingSlots; ++i) {
    bool expected = false;
    if (g_pending[i].in_use.compare_exchange_strong(expected, true)) {
      std::memcpy(g_pending[i].path, pattern.c_str(), pattern.size() + 1);
      g_pending[i].ready = true;
      return static_cast<int>(i);
    }
  }
  return -1;  // more than kPendingSlots outputs at once: still removed on normal failure paths
}

void unregister_pending(int slot) {
  if (slot < 0) return;
  auto& entry = g_pending[static_cast<std::size_t>(slot)];
  entry.ready = false;
  entry.in_use = false;
}

extern "C" void on_interrupt(int signal_number) {
  remove_pending_outputs();
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void split_path(const std::string& path, std::string& dir, std::string& name) {
  std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) {
    dir = ".";
    name = path;
  } else {
    dir = slash == 0 ? "/" : path.substr(0, slash);
    name = path.substr(slash + 1);
  }
}

}  // namespace

AtomicOutput::AtomicOutput(std::string final_path) : final_path_(std::move(final_path)) {
  std::string dir, name;
  split_path(final_path_, dir, name);
  if (name.empty()) throw Error::output(final_path_, "output path names a folder, not a file");
  struct stat info {};
  if (::stat(final_path_.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    throw Error::output(final_path_, "is a directory");
  }
  // Keep the temporary name short enough for any filesystem even when `name` is long.
  if (name.size() > 200) name.resize(200);
  std::string pattern = dir + "/." + name + ".XXXXXX.tmp";
  pending_slot_ = reserve_pending(pattern);
  std::vector<char> local;
  char* name_buffer = nullptr;
  if (pending_slot_ >= 0) {
    name_buffer = g_pending[static_cast<std::size_t>(pending_slot_)].path;
  } else {
    local.assign(pattern.begin(), pattern.end());
    local.push_back('\0');
    name_buffer = local.data();
  }
  fd_ = ::mkstemps(name_buffer, 4);
  if (fd_ < 0) {
    std::string reason = errno_text();
    unregister_pending(pending_slot_);
    pending_slot_ = -1;
    throw Error::output(final_path_, "cannot create output: " + reason);
  }
  temp_path_.assign(name_buffer);
  ::fchmod(fd_, 0644);
}

AtomicOutput::~AtomicOutput() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
  unregister_pending(pending_slot_);
}

void AtomicOutput::write(const void* data, std::size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd_, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error::output(final_path_, "cannot write: " + (n < 0 ? errno_text() : std::string("disk full")));
    bytes += n;
    size -= static_cast<std::size_t>(n);
  }
}

void AtomicOutput::commit() {
  if (::fsync(fd_) != 0) throw Error::output(final_path_, "cannot flush to disk: " + errno_text());
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw Error::output(final_path_, "cannot close: " + errno_text());
  if (::rename(temp_path_.c_str(), final_path_.c_str()) != 0) {
    throw Error::output(final_path_, "cannot move into place: " + errno_text());
  }
  committed_ = true;
  unregister_pending(pending_slot_);
  pending_slot_ = -1;
}

void remove_pending_outputs() noexcept {
  for (auto& entry : g_pending) {
    if (entry.ready) ::unlink(entry.path);
  }
}

void install_interrupt_cleanup() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(signal_number, &action, nullptr);
}

void write_file_atomically(const std::string& path, const std::string& contents) {
  AtomicOutput out(path);
  out.write(contents);
  out.commit();
}

}  // namespace briefcast
