// For `daily`: the configured feeds' items that no other episode has spoken, and their
// articles. Fetches the feeds, picks each feed's newest items (feed/item_selection), drops
// the spoken ones, then fetches and cleans the pages of the rest.
#pragma once

#include <string>
#include <vector>

#include "model/article.h"
#include "model/error.h"
#include "publish/feed_state.h"

namespace briefcast::cli {

struct DailySources {
  std::vector<std::string> feeds;  // feed URLs (or files)
  std::size_t max_items = 10;      // per feed, newest first
  double fetch_timeout_s = 30;
};

struct DailyArticle {
  Article article;
  std::string item_key;  // the item's identity in the podcast state (its normalized link, else guid)
  std::string link;
  std::string feed_title;
};

struct DailyItems {
  std::vector<DailyArticle> articles;  // in feed order, each feed's newest first
  std::size_t new_items = 0;           // items no other episode spoke (some may fail to load)
  std::size_t feeds_read = 0;
  std::vector<Error> errors;           // one per feed or page that failed
};

DailyItems load_daily_items(const DailySources& sources, const FeedState& state, const std::string& episode_key);

}  // namespace briefcast::cli
