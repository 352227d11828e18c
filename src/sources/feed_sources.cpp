// The feed half of sources: OPML lists and --feed values to feeds, feeds to chosen items.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

#include "fetch/url.h"
#include "sources/article_sources.h"

namespace briefcast {

namespace {

// A feed or OPML file's raw bytes (XML decodes itself), within the fetch size cap.
std::string read_xml_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) throw Error::input(path, std::string("cannot open: ") + std::strerror(errno));
  if (S_ISDIR(info.st_mode)) throw Error::input(path, "is a directory, not a feed");
  if (static_cast<std::uint64_t>(info.st_size) > kMaxFetchBytes) {
    throw Error::input(path, "too large (over " + std::to_string(kMaxFetchBytes >> 20) + " MiB)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::input(path, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The feed sources named directly and through OPML files, in order, each once.
std::vector<std::string> feed_sources(const SourceConfig& config, std::vector<Error>& errors) {
  std::vector<std::string> sources;
  auto add = [&sources](const std::string& source) {
    if (std::find(sources.begin(), sources.end(), source) == sources.end()) sources.push_back(source);
  };
  for (const std::string& feed : config.feeds) add(feed);
  for (const std::string& opml : config.opml_files) {
    try {
      for (const std::string& url : parse_opml(read_xml_file(opml), opml)) add(url);
    } catch (const Error& e) {
      errors.push_back(e);
    }
  }
  return sources;
}

}  // namespace

bool is_web_input(const std::string& input) {
  if (!looks_like_url(input)) return false;
  struct stat info {};
  return ::stat(input.c_str(), &info) != 0;
}

FeedListing list_feed_items(const SourceConfig& config) {
  FeedListing listing;
  const std::vector<std::string> sources = feed_sources(config, listing.errors);
  std::vector<std::string> urls;
  for (const std::string& source : sources) {
    if (is_web_input(source)) urls.push_back(source);
  }
  const std::vector<FetchResult> fetched = fetch_all(urls, config.fetch);
  std::vector<Feed> feeds;
  std::size_t next_url = 0;
  for (const std::string& source : sources) {
    try {
      if (is_web_input(source)) {
        const FetchResult& response = fetched[next_url++];
        if (response.error) throw *response.error;
        feeds.push_back(parse_feed(response.body, source, response.final_url));
      } else {
        feeds.push_back(parse_feed(read_xml_file(source), source));
      }
    } catch (const Error& e) {
      listing.errors.push_back(e);
    }
  }
  listing.feeds_read = feeds.size();
  listing.items = select_items(feeds, config.selection);
  return listing;
}

}  // namespace briefcast
