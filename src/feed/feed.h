// feed: RSS 2.0, RSS 1.0 (RDF) and Atom feeds, and OPML subscription lists, read with libxml2
// (see xml_document.h for how a hostile document is kept harmless). Pure: parses bytes it is
// given, does no I/O. Thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

enum class FeedFormat { kRss2, kRdf, kAtom };

const char* to_string(FeedFormat format);

// One entry of a feed, as the publisher wrote it.
struct FeedItem {
  std::string title;                      // plain text (markup and entities resolved)
  std::string link;                       // absolute URL of the article page; may be empty
  std::string guid;                       // <guid>, Atom <id> or rdf:about; may be empty
  std::optional<std::int64_t> published;  // seconds since 1970 UTC, when the feed says
  std::string content_html;               // content:encoded or Atom <content>: the full article, if given
  std::string summary_html;               // <description> or Atom <summary>
  std::string feed_title;
  std::string feed_source;                // the feed's URL or file, as given
};

struct Feed {
  FeedFormat format = FeedFormat::kRss2;
  std::string title;
  std::string source;
  std::vector<FeedItem> items;  // in document order
};

// Parses a feed. `source` names it in errors; relative links are resolved against `base_url`
// (the URL the feed was fetched from, after redirects; empty for a file). Throws Error
// (Stage::kInput, naming `source`): "not a feed: ..." for XML that is not RSS or Atom or is
// malformed, or a refusal for entity bombs and external entities.
Feed parse_feed(std::string_view bytes, const std::string& source, const std::string& base_url = {});

// The feed URLs of an OPML file: every outline's xmlUrl, nested outlines included, in document
// order, duplicates dropped. Throws Error (Stage::kInput) when it is not OPML.
std::vector<std::string> parse_opml(std::string_view bytes, const std::string& source);

// Resolves `link` against `base` (RFC 3986); returns `link` unchanged when base is empty.
std::string resolve_link(const std::string& link, const std::string& base);

}  // namespace briefcast
