#include <gtest/gtest.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "publish/podcast_feed.h"
#include "publish/podcast_guid.h"

namespace briefcast {
namespace {

PodcastChannel test_channel() {
  PodcastChannel channel;
  channel.title = "Morning <news> & more";
  channel.base_url = "https://casts.example.net/daily/";
  channel.author = "Desk";
  channel.category = "News/Daily News";
  channel.image_url = "https://casts.example.net/art.png";
  return channel;
}

PodcastEpisode test_episode() {
  PodcastEpisode episode;
  episode.key = "daily:2031-03-04";
  episode.date = "2031-03-04";
  episode.title = "2031-03-04: Bridge \"reopens\" early";
  episode.published_s = 1930392000;  // 2031-03-04 12:00:00 UTC
  episode.audio_file = "2031-03-04.mp3";
  episode.audio_bytes = 123456;
  episode.duration_ms = 61499;
  episode.chapters_file = "2031-03-04.chapters.json";
  episode.transcript_file = "2031-03-04.vtt";
  episode.stories = {{"Bridge \"reopens\" early", "https://news.example.net/a?x=1&y=2", "City desk"},
                     {"A story from a file", "", ""}};
  return episode;
}

const xmlChar* x(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

// Evaluates an XPath over the feed with its namespaces registered; returns the string value.
std::string xpath_text(const std::string& document, const std::string& expression) {
  xmlDocPtr doc = xmlReadMemory(document.data(), static_cast<int>(document.size()), "feed.xml", nullptr, XML_PARSE_NONET);
  if (doc == nullptr) return "<not well-formed>";
  xmlXPathContextPtr context = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(context, x("itunes"), x("http://www.itunes.com/dtds/podcast-1.0.dtd"));
  xmlXPathRegisterNs(context, x("podcast"), x("https://podcastindex.org/namespace/1.0"));
  xmlXPathObjectPtr result = xmlXPathEvalExpression(x(("string(" + expression + ")").c_str()), context);
  std::string text = result && result->stringval ? reinterpret_cast<const char*>(result->stringval) : "";
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  xmlFreeDoc(doc);
  return text;
}

TEST(PodcastGuid, MatchesTheNamespaceSpecExample) {
  // The podcast namespace spec's own example feed and its guid.
  EXPECT_EQ(podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml"), "917393e3-1b1e-5cef-ace4-edaa54e1f810");
  EXPECT_EQ(podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/"), "917393e3-1b1e-5cef-ace4-edaa54e1f810");
}

TEST(PodcastGuid, EpisodeGuidsAreStableAndDistinct) {
  std::string channel = podcast_guid("https://casts.example.net/daily/feed.xml");
  EXPECT_EQ(episode_guid(channel, "daily:2031-03-04"), episode_guid(channel, "daily:2031-03-04"));
  EXPECT_NE(episode_guid(channel, "daily:2031-03-04"), episode_guid(channel, "daily:2031-03-05"));
  EXPECT_NE(episode_guid(channel, "daily:2031-03-04"),
            episode_guid(podcast_guid("https://other.example.net/feed.xml"), "daily:2031-03-04"));
  EXPECT_EQ(episode_guid(channel, "x").size(), 36u);
}

TEST(PodcastFeed, Rfc822DatesUseEnglishNamesAndUtc) {
  EXPECT_EQ(format_rfc822(1930392000), "Tue, 04 Mar 2031 12:00:00 +0000");
  EXPECT_EQ(format_rfc822(0), "Thu, 01 Jan 1970 00:00:00 +0000");
}

TEST(PodcastFeed, UrlsAndMimeTypes) {
  EXPECT_EQ(file_url("https://h.example/a/", "b c&.mp3"), "https://h.example/a/b%20c%26.mp3");
  EXPECT_EQ(file_url("https://h.example/a", "x.mp3"), "https://h.example/a/x.mp3");
  EXPECT_EQ(audio_mime_type("d.MP3"), "audio/mpeg");
  EXPECT_EQ(audio_mime_type("d.m4a"), "audio/mp4");
  EXPECT_EQ(audio_mime_type("d.opus"), "audio/ogg");
  EXPECT_EQ(audio_mime_type("d.ogg"), "audio/ogg");
}

TEST(PodcastFeed, ChannelCarriesEveryRequiredElement) {
  std::string feed = make_podcast_feed(test_channel(), {test_episode()}, 1930392000);
  EXPECT_EQ(xpath_text(feed, "/rss/@version"), "2.0");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/title"), "Morning <news> & more");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/link"), "https://casts.example.net/daily/");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/language"), "en");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/itunes:author"), "Desk");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/itunes:image/@href"), "https://casts.example.net/art.png");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/itunes:category/@text"), "News");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/itunes:category/itunes:category/@text"), "Daily News");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/itunes:explicit"), "false");
  EXPECT_EQ(xpath_text(feed, "/rss/channel/podcast:guid"), podcast_guid("https://casts.example.net/daily/feed.xml"));
}

TEST(PodcastFeed, EpisodeCarriesEnclosureChaptersAndTranscript) {
  std::string feed = make_podcast_feed(test_channel(), {test_episode()}, 1930392000);
  const std::string item = "/rss/channel/item[1]";
  EXPECT_EQ(xpath_text(feed, item + "/title"), "2031-03-04: Bridge \"reopens\" early");
  EXPECT_EQ(xpath_text(feed, item + "/guid/@isPermaLink"), "false");
  EXPECT_EQ(xpath_text(feed, item + "/pubDate"), "Tue, 04 Mar 2031 12:00:00 +0000");
  EXPECT_EQ(xpath_text(feed, item + "/enclosure/@url"), "https://casts.example.net/daily/2031-03-04.mp3");
  EXPECT_EQ(xpath_text(feed, item + "/enclosure/@length"), "123456");
  EXPECT_EQ(xpath_text(feed, item + "/enclosure/@type"), "audio/mpeg");
  EXPECT_EQ(xpath_text(feed, item + "/itunes:duration"), "61");
  EXPECT_EQ(xpath_text(feed, item + "/podcast:chapters/@type"), "application/json+chapters");
  EXPECT_EQ(xpath_text(feed, item + "/podcast:chapters/@url"),
            "https://casts.example.net/daily/2031-03-04.chapters.json");
  EXPECT_EQ(xpath_text(feed, item + "/podcast:transcript/@type"), "text/vtt");
  // The description is HTML as text: each story, linked to its source when it has one.
  std::string description = xpath_text(feed, item + "/description");
  EXPECT_NE(description.find("<a href=\"https://news.example.net/a?x=1&amp;y=2\">"), std::string::npos) << description;
  EXPECT_NE(description.find("(City desk)"), std::string::npos);
  EXPECT_NE(description.find("<li>A story from a file</li>"), std::string::npos) << description;
}

TEST(PodcastFeed, AShortenedStoryShowsTheTextTheEpisodeSpeaks) {
  PodcastEpisode episode = test_episode();
  episode.stories = {{"Tide tables revised", "https://news.example.net/t", "", "High water comes at 6 <am> & 7 pm."},
                     {"Pier repainted", "", "", ""}};
  std::string description = episode_description_html(episode);
  EXPECT_NE(description.find("<p>Shortened: High water comes at 6 &lt;am&gt; &amp; 7 pm.</p>"), std::string::npos)
      << description;
  EXPECT_NE(description.find("<li>Pier repainted</li>"), std::string::npos) << description;
  EXPECT_EQ(description.find("Shortened", description.find("Pier")), std::string::npos) << description;
}

TEST(PodcastFeed, InvalidUtf8AndControlCharactersNeverBreakTheFeed) {
  PodcastEpisode episode = test_episode();
  episode.title = std::string("Bad \xff byte and a \x01 control");
  episode.stories[0].title = "]]> <![CDATA[ x";
  std::string feed = make_podcast_feed(test_channel(), {episode}, 0);
  EXPECT_EQ(xpath_text(feed, "/rss/channel/item[1]/title"), "Bad \xEF\xBF\xBD byte and a   control");
}

TEST(PodcastFeed, EpisodesWithoutSidecarsOmitThem) {
  PodcastEpisode episode = test_episode();
  episode.chapters_file.clear();
  episode.transcript_file.clear();
  std::string feed = make_podcast_feed(test_channel(), {episode}, 0);
  EXPECT_EQ(xpath_text(feed, "count(/rss/channel/item[1]/podcast:chapters)"), "0");
  EXPECT_EQ(xpath_text(feed, "count(/rss/channel/item[1]/podcast:transcript)"), "0");
}

}  // namespace
}  // namespace briefcast
