// Which feed items become articles: per feed the newest first, only those since a cutoff, at
// most N; then across feeds each story once, recognized by its guid/id or by its link after
// normalization (so the same article linked with tracking parameters is not spoken twice).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "feed/feed.h"

namespace briefcast {

struct ItemSelection {
  std::size_t max_items_per_feed = 10;
  std::optional<std::int64_t> since;  // seconds since 1970 UTC; items older are left out
};

// The items to speak, feed by feed in the order given, each feed's newest first. Items without
// a date keep their place after the dated ones (feeds list newest first anyway) and pass the
// `since` cutoff, since nothing says they are old.
std::vector<FeedItem> select_items(const std::vector<Feed>& feeds, const ItemSelection& selection);

// The link as a key for "same article": scheme and host lower-cased, http and https alike, the
// default port, fragment, tracking parameters (utm_*, fbclid, gclid, ...) and a trailing "?"
// dropped. Not a URL to fetch.
std::string normalize_link(const std::string& link);

}  // namespace briefcast
