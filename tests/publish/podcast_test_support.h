// Helpers for the podcast end-to-end tests: real clients (python3-feedparser, newsboat) and
// ffprobe read what briefcast wrote, and a consistency check of a podcast folder.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run_command.h"

namespace briefcast::testing {

inline std::string podcast_clients_script() { return std::string(BRIEFCAST_PUBLISH_TEST_DIR) + "/podcast_clients.py"; }

inline nlohmann::json parse_json_output(const CommandResult& result) {
  EXPECT_EQ(result.exit_code, 0) << result.err;
  try {
    return nlohmann::json::parse(result.out);
  } catch (const nlohmann::json::exception&) {
    ADD_FAILURE() << "not JSON: " << result.out << result.err;
    return nlohmann::json::object();
  }
}

// What python3-feedparser (Debian's, hence /usr/bin/python3) makes of a feed file.
inline nlohmann::json read_with_feedparser(const std::string& feed_path) {
  return parse_json_output(run_command({"/usr/bin/python3", podcast_clients_script(), "feedparser", feed_path}));
}

// What newsboat lists after fetching `url`; `workdir` holds its HOME and cache.
inline nlohmann::json read_with_newsboat(const std::string& url, const std::string& workdir) {
  return parse_json_output(run_command({"/usr/bin/python3", podcast_clients_script(), "newsboat", url, workdir}));
}

inline double ffprobe_duration_s(const std::string& path) {
  CommandResult result =
      run_command({"ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path});
  return result.exit_code == 0 ? std::stod(result.out) : -1;
}

// ffprobe's chapters: start time in seconds and title.
inline std::vector<std::pair<double, std::string>> ffprobe_chapters(const std::string& path) {
  CommandResult result = run_command({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", path});
  std::vector<std::pair<double, std::string>> chapters;
  for (const auto& chapter : parse_json_output(result).value("chapters", nlohmann::json::array())) {
    chapters.emplace_back(std::stod(chapter.at("start_time").get<std::string>()),
                          chapter.value("tags", nlohmann::json::object()).value("title", ""));
  }
  return chapters;
}

// Every episode feedparser sees in `out_dir`/feed.xml has its audio in the folder, with the
// enclosure length equal to the file's size. Returns the entries.
inline nlohmann::json expect_consistent_feed(const std::string& out_dir) {
  nlohmann::json feed = read_with_feedparser(out_dir + "/feed.xml");
  EXPECT_FALSE(feed.value("bozo", true)) << feed.dump();
  for (const auto& entry : feed.value("entries", nlohmann::json::array())) {
    std::string url = entry.at("enclosure_url");
    std::string file = out_dir + "/" + url.substr(url.find_last_of('/') + 1);
    EXPECT_TRUE(std::filesystem::exists(file)) << file;
    if (std::filesystem::exists(file)) {
      EXPECT_EQ(entry.at("enclosure_length").get<std::string>(), std::to_string(std::filesystem::file_size(file)));
    }
  }
  return feed.value("entries", nlohmann::json::array());
}

}  // namespace briefcast::testing
