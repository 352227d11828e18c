#include "io/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "model/error.h"

namespace briefcast {

namespace {

std::string errno_text() { return std::strerror(errno); }

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
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  fd_ = ::mkstemps(buffer.data(), 4);
  if (fd_ < 0) throw Error::output(final_path_, "cannot create output: " + errno_text());
  temp_path_.assign(buffer.data());
  ::fchmod(fd_, 0644);
}

AtomicOutput::~AtomicOutput() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
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
}

void write_file_atomically(const std::string& path, const std::string& contents) {
  AtomicOutput out(path);
  out.write(contents);
  out.commit();
}

}  // namespace briefcast
