// Test support: the loopback HTTP server of tests/support/fixture_server.py, started on
// 127.0.0.1 with an ephemeral port for one test and stopped when the object dies. Network
// tests talk to nothing else.
#pragma once

#include <string>
#include <sys/types.h>

namespace briefcast::testing {

class FixtureServer {
 public:
  // Serves the files under `root`. Throws std::runtime_error when the server does not start.
  explicit FixtureServer(const std::string& root);
  ~FixtureServer();
  FixtureServer(const FixtureServer&) = delete;
  FixtureServer& operator=(const FixtureServer&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path (path starts with '/').
  std::string url(const std::string& path) const;

 private:
  void stop();
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  int port_ = 0;
};

}  // namespace briefcast::testing
