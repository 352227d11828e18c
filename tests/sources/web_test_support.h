// Shared by the web-source tests: the fixture server over tests/data and its counters.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "fetch/fetcher.h"
#include "support/fixture_server.h"
#include "support/run_command.h"

namespace briefcast::testing {

inline FixtureServer& web_server() {
  static FixtureServer server(test_data(""));
  return server;
}

// How many answers with `status` the server sent for `path` so far.
inline int answers(const std::string& path, int status) {
  const FetchResult stats = fetch_all({web_server().url("/stats")}, FetchConfig{}).at(0);
  const auto json = nlohmann::json::parse(stats.body);
  if (!json.contains(path)) return 0;
  return json[path].value(std::to_string(status), 0);
}

}  // namespace briefcast::testing
