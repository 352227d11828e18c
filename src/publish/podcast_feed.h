// A podcast feed: RSS 2.0 with Apple's itunes: namespace and the Podcasting 2.0 podcast:
// namespace, written with libxml2's xmlTextWriter (so every name and text is escaped by the
// library) and parsed back before it is returned, so a feed that is not well-formed is never
// written. Pure: the caller supplies file sizes and times.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace briefcast {

// The show: the feed's own settings (podcast-title, podcast-author, ... and base-url).
struct PodcastChannel {
  std::string title = "briefcast daily briefing";
  std::string base_url;  // where out-dir is served, e.g. "https://example.org/briefings"
  std::string description = "A spoken news briefing, made by briefcast.";
  std::string language = "en";
  std::string author = "briefcast";
  std::string image_url;          // itunes:image; empty: none (Apple wants 1400-3000 px square)
  std::string category = "News";  // "News/Daily News" gives a subcategory
  bool explicit_content = false;
};

// One story of an episode, listed in its description with a link to its source.
struct EpisodeStory {
  std::string title;
  std::string link;    // the article's URL; empty when it came from a file
  std::string source;  // the feed's title; empty when unknown
  // What the episode speaks of it when a time budget shortened it (its kept sentences); empty
  // when it is spoken whole. The description shows it, so it follows the shortened audio.
  std::string spoken_text;
};

struct PodcastEpisode {
  std::string key;            // identity: "daily:2026-11-27" or "file:NAME"; its guid derives from it
  std::string date;           // "2026-11-27"
  std::string title;          // "2026-11-27: <top story>"
  std::int64_t published_s = 0;  // pubDate, seconds since 1970 UTC
  std::string audio_file;     // file name inside out-dir
  std::int64_t audio_bytes = 0;
  std::int64_t duration_ms = 0;
  std::string chapters_file;    // Podcasting 2.0 JSON chapters in out-dir; empty: none
  std::string transcript_file;  // WebVTT in out-dir; empty: none
  std::vector<EpisodeStory> stories;
};

// "2026-11-27: <top story>", or the date alone when there is no story.
std::string episode_title(const std::string& date, const std::string& top_story);

// "<base-url>/feed.xml".
inline constexpr const char* kFeedFileName = "feed.xml";
std::string feed_url(const PodcastChannel& channel);

// The URL of `file_name` under base-url, with the name percent-encoded.
std::string file_url(const std::string& base_url, const std::string& file_name);

// RFC 822 date as RSS wants it: "Fri, 27 Nov 2026 06:00:00 +0000".
std::string format_rfc822(std::int64_t seconds_utc);

// The enclosure type of an audio file, by extension: audio/mpeg, audio/mp4, audio/ogg, ...
std::string audio_mime_type(const std::string& file_name);

// The feed document for `episodes` (in the order given, newest first). `build_time_s` is the
// channel's lastBuildDate. Throws Error (Stage::kOutput) if libxml2 fails or the result does
// not parse back.
std::string make_podcast_feed(const PodcastChannel& channel, const std::vector<PodcastEpisode>& episodes,
                              std::int64_t build_time_s);

// The description of an episode: the stories as an HTML list, each linked to its source, a
// shortened story followed by the text the episode speaks of it.
std::string episode_description_html(const PodcastEpisode& episode);

}  // namespace briefcast
