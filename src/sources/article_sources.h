// sources: turns what the user named (article files, page URLs, feeds, OPML lists) into
// articles, so that build, batch, clean and segment need not care where an article came from.
// Pages and feeds are fetched in parallel (fetch/), feeds parsed and their items chosen
// (feed/), and every page cleaned (clean/). Library code: never prints; every failure comes
// back as an Error naming the file or URL, one per input.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean/cleaner.h"
#include "feed/feed.h"
#include "feed/item_selection.h"
#include "fetch/fetcher.h"
#include "model/article.h"
#include "model/error.h"

namespace briefcast {

struct SourceConfig {
  std::vector<std::string> feeds;       // --feed: feed URLs or files
  std::vector<std::string> opml_files;  // --opml: every outline's xmlUrl is a feed
  ItemSelection selection;              // --max-items, --since
  FetchConfig fetch;                    // --fetch-jobs, --fetch-timeout, --cache-dir
  CleanConfig clean;                    // --text / --html
};

// One article to speak, or why it cannot be.
struct SourcedArticle {
  std::string source;              // the file, "-", the page URL or the feed item's link
  std::optional<Article> article;  // set when it could be read
  std::optional<Error> error;      // set when it could not
  // What the article was made from (the page's or file's bytes, and a feed item's title): two
  // runs with the same content key make the same article, whatever the cache did.
  std::string content_key;
  bool ok() const { return article.has_value(); }
};

// The articles of `inputs` (files, "-" or http(s) URLs, in the order given), then those of the
// feeds in `config` (feed by feed, newest first, each story once). A feed that fails adds one
// failed entry naming the feed. A feed item's title becomes its article's title; when its page
// cannot be fetched or holds no article, the feed's full text (content:encoded, Atom content)
// stands in if it is an article itself.
std::vector<SourcedArticle> load_sources(const std::vector<std::string>& inputs, const SourceConfig& config);

// The items the feeds in `config` would contribute, without fetching any page.
struct FeedListing {
  std::vector<FeedItem> items;
  std::vector<Error> errors;  // one per feed or OPML file that failed
  std::size_t feeds_read = 0;  // feeds fetched and parsed
};
FeedListing list_feed_items(const SourceConfig& config);

// The articles of feed items already listed (and perhaps filtered by the caller), one per item
// in the order given, made as load_sources makes them: every page fetched in parallel and
// cleaned, the feed's full text standing in for a page that fails, the item's title kept.
std::vector<SourcedArticle> load_item_articles(const std::vector<FeedItem>& items, const SourceConfig& config);

// True when `input` names a web page rather than a file: it looks like a URL (any scheme;
// others are refused when fetched) and no file of that name exists.
bool is_web_input(const std::string& input);

}  // namespace briefcast
