// briefcast feed SOURCE...: lists the items a run would speak, without fetching any page.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/source_options.h"
#include "feed/feed_dates.h"

namespace briefcast::cli {

namespace {

struct FeedOptions {
  SourceOptions sources;
  bool json = false;
};

nlohmann::json item_json(const FeedItem& item) {
  return {{"title", item.title},
          {"link", item.link},
          {"published", item.published ? nlohmann::json(format_utc(*item.published)) : nlohmann::json(nullptr)},
          {"guid", item.guid},
          {"feed", item.feed_source},
          {"feed_title", item.feed_title}};
}

int run_feed(const FeedOptions& options) {
  const FeedListing listing = list_feed_items(make_source_config(options.sources, CleanConfig{}));
  for (const Error& error : listing.errors) report_error(error);
  if (options.json) {
    nlohmann::json items = nlohmann::json::array();
    for (const FeedItem& item : listing.items) items.push_back(item_json(item));
    std::cout << items.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    for (const FeedItem& item : listing.items) {
      const std::string date = item.published ? format_utc(*item.published) : "(no date)           ";
      std::cout << date << "  " << printable(item.title) << "\n    " << printable(item.link) << '\n';
    }
  }
  return listing.errors.empty() ? kExitOk : kExitFailed;
}

}  // namespace

void add_feed_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<FeedOptions>();
  CLI::App* command =
      app.add_subcommand("feed", "List the items of feeds that build and batch would speak (no page is fetched)");
  command->add_option("sources", options->sources.feeds, "RSS or Atom feeds: URLs or files");
  command->add_option("--opml", options->sources.opml_files, "An OPML file: every outline's xmlUrl is a feed; repeatable");
  command->add_flag("--json", options->json, "Print the items as JSON (title, link, published, guid, feed)");
  add_feed_options(*command, options->sources, false);
  add_fetch_options(*command, options->sources);
  command->callback([options, &action] {
    action = [options] {
      if (options->sources.feeds.empty() && options->sources.opml_files.empty()) {
        throw Error::usage("feed: give at least one feed (URL or file) or --opml FILE");
      }
      return run_feed(*options);
    };
  });
}

}  // namespace briefcast::cli
