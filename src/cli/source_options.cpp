#include "cli/source_options.h"

#include <ctime>

#include "feed/feed_dates.h"
#include "pipeline/briefing.h"

namespace briefcast::cli {

void add_feed_options(CLI::App& command, SourceOptions& options, bool with_feed_lists) {
  if (with_feed_lists) {
    command.add_option("--feed", options.feeds, "An RSS or Atom feed (URL or file) whose items become articles; repeatable");
    command.add_option("--opml", options.opml_files, "An OPML file: every outline's xmlUrl is a feed; repeatable");
  }
  command.add_option("--max-items", options.max_items, "Newest items taken from each feed")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  command.add_option("--since", options.since, "Only items published since: a duration (24h, 7d, 90m, 2w) or a date (2026-11-28)");
}

void add_fetch_options(CLI::App& command, SourceOptions& options) {
  command.add_option("--fetch-jobs", options.fetch_jobs, "Downloads at the same time")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  command.add_option("--fetch-timeout", options.fetch_timeout_s, "Seconds allowed to connect and to fetch one page or feed")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  command.add_option("--cache-dir", options.cache_dir,
                     "Where fetched pages are kept for conditional requests (default $XDG_CACHE_HOME/briefcast, else ~/.cache/briefcast)");
}

SourceConfig make_source_config(const SourceOptions& options, const CleanConfig& clean) {
  SourceConfig config;
  config.feeds = options.feeds;
  config.opml_files = options.opml_files;
  config.selection.max_items_per_feed = options.max_items;
  if (!options.since.empty()) {
    config.selection.since = parse_since(options.since, static_cast<std::int64_t>(std::time(nullptr)));
    if (!config.selection.since) {
      throw Error::usage("--since " + options.since + ": not a duration (24h, 7d, 90m, 2w) or a date (2026-11-28)");
    }
  }
  config.fetch.jobs = options.fetch_jobs;
  config.fetch.timeout_s = options.fetch_timeout_s;
  config.fetch.cache_dir = options.cache_dir.value_or(default_cache_dir());
  config.clean = clean;
  return config;
}

Article load_one_article(const std::string& input, const SourceOptions& options, const CleanConfig& clean) {
  if (!is_web_input(input)) return load_article(input, clean);
  std::vector<SourcedArticle> loaded = load_sources({input}, make_source_config(options, clean));
  if (loaded.at(0).error) throw *loaded.at(0).error;
  return *std::move(loaded.at(0).article);
}

}  // namespace briefcast::cli
