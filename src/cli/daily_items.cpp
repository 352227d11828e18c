#include "cli/daily_items.h"

#include <fstream>
#include <sstream>

#include "clean/cleaner.h"
#include "feed/feed.h"
#include "feed/feed_text.h"
#include "feed/item_selection.h"
#include "fetch/fetched_text.h"
#include "fetch/fetcher.h"
#include "fetch/url.h"
#include "publish/publisher.h"

namespace briefcast::cli {

namespace {

std::string item_key(const FeedItem& item) { return item.link.empty() ? item.guid : normalize_link(item.link); }

std::vector<Feed> read_feeds(const DailySources& sources, const FetchConfig& fetch, DailyItems& out) {
  std::vector<std::string> urls;
  std::vector<Feed> feeds;
  for (const std::string& feed : sources.feeds) {
    if (looks_like_url(feed)) {
      urls.push_back(feed);
      continue;
    }
    std::ifstream in(feed, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    try {
      if (!in) throw Error::input(feed, "cannot read the feed file");
      feeds.push_back(parse_feed(bytes.str(), feed));
    } catch (const Error& e) {
      out.errors.push_back(e);
    }
  }
  for (const FetchResult& fetched : fetch_all(urls, fetch)) {
    try {
      if (!fetched.ok()) throw *fetched.error;
      feeds.push_back(parse_feed(fetched.body, fetched.url, fetched.final_url));
    } catch (const Error& e) {
      out.errors.push_back(e);
    }
  }
  out.feeds_read = feeds.size();
  return feeds;
}

// The page's article, titled as the feed titles it; when the page cannot be had, the feed's
// own full text stands in if it has one.
std::optional<Article> article_for(const FeedItem& item, const FetchResult& page, std::vector<Error>& errors) {
  try {
    if (!page.ok()) throw *page.error;
    Article article = clean_article(fetched_article_text(page), item.link);
    if (!item.title.empty()) article.title = item.title;
    return article;
  } catch (const Error& e) {
    if (!item.content_html.empty()) {
      try {
        CleanConfig html;
        html.force_html = true;
        Article article = clean_article("<html><body><h1>" + escape_html(item.title) + "</h1>" + item.content_html +
                                            "</body></html>",
                                        item.link, html);
        if (!item.title.empty()) article.title = item.title;
        return article;
      } catch (const Error&) {
      }
    }
    errors.push_back(e);
    return std::nullopt;
  }
}

}  // namespace

DailyItems load_daily_items(const DailySources& sources, const FeedState& state, const std::string& episode_key) {
  DailyItems out;
  FetchConfig fetch;
  fetch.timeout_s = sources.fetch_timeout_s;
  fetch.cache_dir = default_cache_dir();
  ItemSelection selection;
  selection.max_items_per_feed = sources.max_items;
  std::vector<FeedItem> fresh;
  for (FeedItem& item : select_items(read_feeds(sources, fetch, out), selection)) {
    if (!item_key(item).empty() && is_new_item(state, item_key(item), episode_key)) fresh.push_back(std::move(item));
  }
  out.new_items = fresh.size();
  std::vector<std::string> links;
  for (const FeedItem& item : fresh) links.push_back(item.link);
  std::vector<FetchResult> pages = fetch_all(links, fetch);
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    if (std::optional<Article> article = article_for(fresh[i], pages[i], out.errors)) {
      out.articles.push_back({std::move(*article), item_key(fresh[i]), fresh[i].link, fresh[i].feed_title});
    }
  }
  return out;
}

}  // namespace briefcast::cli
