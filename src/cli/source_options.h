// The options that say where articles come from besides files: page URLs are plain inputs;
// --feed, --opml, --max-items, --since, --fetch-jobs, --fetch-timeout and --cache-dir are
// declared here once for build, batch and feed.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "sources/article_sources.h"

namespace briefcast::cli {

struct SourceOptions {
  std::vector<std::string> feeds;
  std::vector<std::string> opml_files;
  std::size_t max_items = 10;
  std::string since;
  int fetch_jobs = 8;
  double fetch_timeout_s = 30;
  std::optional<std::string> cache_dir;
};

// --fetch-jobs, --fetch-timeout and --cache-dir: every command that may fetch a page.
void add_fetch_options(CLI::App& command, SourceOptions& options);

// --max-items and --since, and with `with_feed_lists` also --feed and --opml (build and batch;
// the feed command takes its feeds as arguments).
void add_feed_options(CLI::App& command, SourceOptions& options, bool with_feed_lists = true);

// The library config the options describe. Throws Error::usage for a --since it cannot read.
SourceConfig make_source_config(const SourceOptions& options, const CleanConfig& clean);

// For clean and segment, which take one article: the article of a file or a URL, fetched with
// the fetch options. Throws Error naming the file or URL.
Article load_one_article(const std::string& input, const SourceOptions& options, const CleanConfig& clean);

}  // namespace briefcast::cli
