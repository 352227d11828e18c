// The options that describe a podcast folder and its feed (--out-dir, --base-url, --podcast-*,
// --keep, --prune, --lock-wait), declared once for `publish` and `daily`, and the small
// helpers both use to turn a finished briefing into an episode.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "publish/publisher.h"

namespace briefcast::cli {

struct PodcastOptions {
  PublishConfig publish;
  double lock_wait_seconds = 600;
};

void add_podcast_options(CLI::App& command, PodcastOptions& options);

// Checks what the options must hold before any work: an out-dir that exists (created when
// missing) and an http(s) base-url. Throws Error::usage or Error::output.
void check_podcast_options(const PodcastOptions& options);

// "YYYY-MM-DD" -> the same, or Error::usage naming the option.
std::string checked_date(const std::string& date, const std::string& option);

// The pubDate of an episode for `date`: now when it is today, else noon (local time) that day.
std::int64_t episode_time(const std::string& date, std::int64_t now_s);

// Prints what a publish did (unless quiet).
void report_published(const PublishResult& result, const std::string& title, bool quiet);

}  // namespace briefcast::cli
