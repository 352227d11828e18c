#include "feed/item_selection.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

namespace briefcast {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return out;
}

bool is_tracking_parameter(std::string_view name) {
  const std::string key = lower(name);
  if (key.starts_with("utm_")) return true;
  static constexpr std::array<std::string_view, 10> kTracking = {
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi"};
  return std::find(kTracking.begin(), kTracking.end(), key) != kTracking.end();
}

std::string clean_query(std::string_view query) {
  std::string kept;
  std::size_t pos = 0;
  while (pos <= query.size()) {
    std::size_t end = query.find('&', pos);
    if (end == std::string_view::npos) end = query.size();
    const std::string_view pair = query.substr(pos, end - pos);
    if (!pair.empty() && !is_tracking_parameter(pair.substr(0, pair.find('=')))) {
      if (!kept.empty()) kept.push_back('&');
      kept.append(pair);
    }
    pos = end + 1;
  }
  return kept;
}

// The newest-first order of one feed, the cutoff and the per-feed cap.
std::vector<FeedItem> newest_of_feed(const Feed& feed, const ItemSelection& selection) {
  std::vector<FeedItem> items = feed.items;
  std::stable_sort(items.begin(), items.end(), [](const FeedItem& a, const FeedItem& b) {
    if (a.published && b.published) return *a.published > *b.published;
    return a.published.has_value() && !b.published.has_value();
  });
  std::vector<FeedItem> chosen;
  for (FeedItem& item : items) {
    if (chosen.size() >= selection.max_items_per_feed) break;
    if (selection.since && item.published && *item.published < *selection.since) continue;
    chosen.push_back(std::move(item));
  }
  return chosen;
}

}  // namespace

std::string normalize_link(const std::string& link) {
  std::string_view rest(link);
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  const std::size_t scheme_end = rest.find("://");
  if (scheme_end == std::string_view::npos) return std::string(rest);
  std::string scheme = lower(rest.substr(0, scheme_end));
  if (scheme == "https") scheme = "http";  // the same story over either
  rest.remove_prefix(scheme_end + 3);
  const std::size_t host_end = std::min(rest.find_first_of("/?"), rest.size());
  std::string host = lower(rest.substr(0, host_end));
  if (host.ends_with(":80") || host.ends_with(":443")) host.erase(host.rfind(':'));
  rest.remove_prefix(host_end);
  std::string path(rest.substr(0, rest.find('?')));
  if (path.empty()) path = "/";
  std::string out = scheme + "://" + host + path;
  if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
    const std::string query = clean_query(rest.substr(question + 1));
    if (!query.empty()) out += "?" + query;
  }
  return out;
}

std::vector<FeedItem> select_items(const std::vector<Feed>& feeds, const ItemSelection& selection) {
  std::vector<FeedItem> selected;
  std::set<std::string> seen;
  for (const Feed& feed : feeds) {
    for (FeedItem& item : newest_of_feed(feed, selection)) {
      const std::string link_key = item.link.empty() ? std::string() : "link:" + normalize_link(item.link);
      const std::string guid_key = item.guid.empty() ? std::string() : "guid:" + item.guid;
      if ((!link_key.empty() && seen.contains(link_key)) || (!guid_key.empty() && seen.contains(guid_key))) continue;
      if (!link_key.empty()) seen.insert(link_key);
      if (!guid_key.empty()) seen.insert(guid_key);
      selected.push_back(std::move(item));
    }
  }
  return selected;
}

}  // namespace briefcast
