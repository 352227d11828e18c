// Shared by the fetch tests: a fixture server over tests/data and small helpers around it.
#pragma once

#include <string>

#include "fetch/fetcher.h"
#include "support/fixture_server.h"
#include "support/run_command.h"

namespace briefcast::testing {

// The fixture server serving tests/data, and a fetch config that uses no cache.
inline FixtureServer& data_server() {
  static FixtureServer server(test_data(""));
  return server;
}

inline FetchResult fetch_one(const std::string& url, const FetchConfig& config = {}) {
  return fetch_all({url}, config).at(0);
}

inline std::string error_of(const FetchResult& result) { return result.error ? result.error->one_line() : "no error"; }

}  // namespace briefcast::testing
