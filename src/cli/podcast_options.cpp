#include "cli/podcast_options.h"

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/common_options.h"
#include "model/error.h"

namespace briefcast::cli {

void add_podcast_options(CLI::App& command, PodcastOptions& options) {
  PublishConfig& publish = options.publish;
  PodcastChannel& channel = publish.channel;
  command.add_option("--out-dir", publish.out_dir, "The podcast folder: episodes, feed.xml and the run state");
  command.add_option("--base-url", channel.base_url, "The URL out-dir is served at (https://...)");
  command.add_option("--podcast-title", channel.title, "The show's title")->capture_default_str();
  command.add_option("--podcast-author", channel.author, "itunes:author")->capture_default_str();
  command.add_option("--podcast-description", channel.description, "The show's description")->capture_default_str();
  command.add_option("--podcast-image", channel.image_url, "Artwork URL (1400-3000 px square JPEG or PNG)");
  command.add_option("--podcast-category", channel.category, "Apple category, \"News\" or \"News/Daily News\"")
      ->capture_default_str();
  command.add_option("--podcast-language", channel.language, "The show's language (en, en-gb, de, ...)")
      ->capture_default_str();
  command.add_flag("--podcast-explicit", channel.explicit_content, "Mark the show explicit");
  command.add_option("--keep", publish.keep, "Episodes kept in the feed, newest first")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  command.add_flag("--prune", publish.prune, "Delete the files of episodes that drop out of the feed");
  command.add_option("--lock-wait", options.lock_wait_seconds,
                     "Seconds to wait while another run updates the same folder (then exit 1)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

void check_podcast_options(const PodcastOptions& options) {
  const PublishConfig& publish = options.publish;
  if (publish.out_dir.empty()) throw Error::usage("--out-dir is required (on the command line or in the config)");
  const std::string& url = publish.channel.base_url;
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
    throw Error::usage("--base-url must be the http(s) URL out-dir is served at, got \"" + url + "\"");
  }
  std::error_code error;
  std::filesystem::create_directories(publish.out_dir, error);
  if (error || !std::filesystem::is_directory(publish.out_dir)) {
    throw Error::output(publish.out_dir, "cannot create the podcast folder");
  }
}

std::string checked_date(const std::string& date, const std::string& option) {
  std::tm day{};
  const char* end = strptime(date.c_str(), "%Y-%m-%d", &day);
  if (date.size() != 10 || end == nullptr || *end != '\0') {
    throw Error::usage(option + " wants a date as YYYY-MM-DD, got \"" + date + "\"");
  }
  return date;
}

std::int64_t episode_time(const std::string& date, std::int64_t now_s) {
  if (date == today_iso()) return now_s;
  std::tm day{};
  strptime(date.c_str(), "%Y-%m-%d", &day);
  day.tm_hour = 12;
  day.tm_isdst = -1;
  return static_cast<std::int64_t>(std::mktime(&day));
}

void report_published(const PublishResult& result, const std::string& title, bool quiet) {
  if (quiet) return;
  std::cerr << printable(result.feed_path) << ": " << result.episode_count << " episode(s); added \""
            << printable(title) << "\"\n";
  for (const std::string& dropped : result.dropped) std::cerr << "  dropped from the feed: " << printable(dropped) << '\n';
  for (const std::string& deleted : result.deleted) std::cerr << "  deleted: " << printable(deleted) << '\n';
}

}  // namespace briefcast::cli
