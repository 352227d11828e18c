#include "support/fixture_server.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace briefcast::testing {

namespace {

// Reads the server's first line ("PORT 43817").
std::string read_line(int fd) {
  std::string line;
  char c = 0;
  while (::read(fd, &c, 1) == 1 && c != '\n') line.push_back(c);
  return line;
}

}  // namespace

FixtureServer::FixtureServer(const std::string& root) {
  // A proxy set in the developer's environment must not see loopback test traffic.
  ::setenv("no_proxy", "127.0.0.1,localhost", 1);
  ::setenv("NO_PROXY", "127.0.0.1,localhost", 1);
  int to_child[2];
  int from_child[2];
  if (::pipe(to_child) != 0 || ::pipe(from_child) != 0) throw std::runtime_error("pipe failed");
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::dup2(to_child[0], STDIN_FILENO);
    ::dup2(from_child[1], STDOUT_FILENO);
    ::close(to_child[1]);
    ::close(from_child[0]);
    const char* script = BRIEFCAST_FIXTURE_SERVER;
    // Debian's interpreter when it is there: version-manager shims earlier on PATH can take
    // seconds to start.
    if (::access("/usr/bin/python3", X_OK) == 0) {
      ::execl("/usr/bin/python3", "python3", script, "--root", root.c_str(), static_cast<char*>(nullptr));
    }
    ::execlp("python3", "python3", script, "--root", root.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(to_child[0]);
  ::close(from_child[1]);
  stdin_fd_ = to_child[1];
  const std::string line = read_line(from_child[0]);
  ::close(from_child[0]);
  if (line.rfind("PORT ", 0) != 0) {
    stop();
    throw std::runtime_error("fixture server did not start: '" + line + "'");
  }
  port_ = std::atoi(line.c_str() + 5);
}

FixtureServer::~FixtureServer() { stop(); }

void FixtureServer::stop() {
  if (stdin_fd_ >= 0) ::close(stdin_fd_);  // the server exits when its input closes
  stdin_fd_ = -1;
  if (pid_ > 0) {
    int status = 0;
    // It normally exits within milliseconds of its input closing; after two seconds it is killed.
    for (int waited_ms = 0; ::waitpid(pid_, &status, WNOHANG) == 0; waited_ms += 10) {
      if (waited_ms >= 2000) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        break;
      }
      ::usleep(10 * 1000);
    }
  }
  pid_ = -1;
}

std::string FixtureServer::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

}  // namespace briefcast::testing
