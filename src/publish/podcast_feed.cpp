#include "publish/podcast_feed.h"

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <cctype>
#include <cstdio>
#include <ctime>
#include <memory>

#include "model/error.h"
#include "publish/podcast_guid.h"

namespace briefcast {

namespace {

constexpr const char* kItunesNs = "http://www.itunes.com/dtds/podcast-1.0.dtd";
constexpr const char* kPodcastNs = "https://podcastindex.org/namespace/1.0";
constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";

const xmlChar* x(const char* text) { return reinterpret_cast<const xmlChar*>(text); }
const xmlChar* x(const std::string& text) { return x(text.c_str()); }

// xmlTextWriter over a memory buffer. Every call is checked once, in check(): libxml2 returns
// -1 on failure (out of memory, or text that is not valid UTF-8).
class XmlWriter {
 public:
  XmlWriter() : buffer_(xmlBufferCreate(), xmlBufferFree) {
    if (!buffer_) fail();
    writer_ = xmlNewTextWriterMemory(buffer_.get(), 0);
    if (writer_ == nullptr) fail();
    xmlTextWriterSetIndent(writer_, 1);
    xmlTextWriterSetIndentString(writer_, x("  "));
  }
  ~XmlWriter() {
    if (writer_ != nullptr) xmlFreeTextWriter(writer_);
  }
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void start_document() { check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr)); }
  void start(const char* name) { check(xmlTextWriterStartElement(writer_, x(name))); }
  void start_ns(const char* prefix, const char* name) {
    check(xmlTextWriterStartElementNS(writer_, x(prefix), x(name), nullptr));
  }
  void attribute(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(writer_, x(name), x(value)));
  }
  void text(const std::string& value) { check(xmlTextWriterWriteString(writer_, x(value))); }
  void end() { check(xmlTextWriterEndElement(writer_)); }
  void element(const char* name, const std::string& value) {
    start(name);
    text(value);
    end();
  }
  void element_ns(const char* prefix, const char* name, const std::string& value) {
    start_ns(prefix, name);
    text(value);
    end();
  }
  std::string finish() {
    check(xmlTextWriterEndDocument(writer_));
    xmlFreeTextWriter(writer_);
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  static void fail() { throw Error::output(kFeedFileName, "libxml2 could not write the feed"); }
  static void check(int result) {
    if (result < 0) fail();
  }
  std::unique_ptr<xmlBuffer, void (*)(xmlBufferPtr)> buffer_;
  xmlTextWriterPtr writer_ = nullptr;
};

std::string utf8_or_replaced(const std::string& text) {
  // libxml2 refuses invalid UTF-8; a stray byte in a headline must not lose the whole feed.
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) >> 6) == 0x2;
    // XML 1.0 allows tab, line feed and carriage return among the C0 controls, nothing else.
    if (valid && length == 1 && lead < 0x20 && lead != '\t' && lead != '\n' && lead != '\r') valid = false;
    if (valid) {
      out.append(text, i, length);
      i += length;
    } else {
      out += length == 1 ? " " : "\xEF\xBF\xBD";
      i += 1;
    }
  }
  return out;
}

std::string duration_text(std::int64_t duration_ms) {
  return std::to_string((duration_ms + 500) / 1000);  // whole seconds, as Apple recommends
}

void write_category(XmlWriter& writer, const std::string& category) {
  std::size_t slash = category.find('/');
  writer.start_ns("itunes", "category");
  writer.attribute("text", utf8_or_replaced(category.substr(0, slash)));
  if (slash != std::string::npos) {
    writer.start_ns("itunes", "category");
    writer.attribute("text", utf8_or_replaced(category.substr(slash + 1)));
    writer.end();
  }
  writer.end();
}

void write_channel_head(XmlWriter& writer, const PodcastChannel& channel, std::int64_t build_time_s) {
  writer.element("title", utf8_or_replaced(channel.title));
  writer.element("link", channel.base_url);
  writer.element("description", utf8_or_replaced(channel.description));
  writer.element("language", channel.language);
  writer.element("generator", std::string("briefcast ") + BRIEFCAST_VERSION);
  writer.element("lastBuildDate", format_rfc822(build_time_s));
  writer.start_ns("atom", "link");
  writer.attribute("href", feed_url(channel));
  writer.attribute("rel", "self");
  writer.attribute("type", "application/rss+xml");
  writer.end();
  writer.element_ns("itunes", "author", utf8_or_replaced(channel.author));
  writer.element_ns("itunes", "summary", utf8_or_replaced(channel.description));
  if (!channel.image_url.empty()) {
    writer.start_ns("itunes", "image");
    writer.attribute("href", channel.image_url);
    writer.end();
  }
  write_category(writer, channel.category);
  writer.element_ns("itunes", "explicit", channel.explicit_content ? "true" : "false");
  writer.element_ns("itunes", "type", "episodic");
  writer.element_ns("podcast", "guid", podcast_guid(feed_url(channel)));
}

void write_item(XmlWriter& writer, const PodcastChannel& channel, const PodcastEpisode& episode) {
  writer.start("item");
  writer.element("title", utf8_or_replaced(episode.title));
  writer.start("guid");
  writer.attribute("isPermaLink", "false");
  writer.text(episode_guid(podcast_guid(feed_url(channel)), episode.key));
  writer.end();
  writer.element("pubDate", format_rfc822(episode.published_s));
  writer.element("description", episode_description_html(episode));
  writer.start("enclosure");
  writer.attribute("url", file_url(channel.base_url, episode.audio_file));
  writer.attribute("length", std::to_string(episode.audio_bytes));
  writer.attribute("type", audio_mime_type(episode.audio_file));
  writer.end();
  writer.element_ns("itunes", "duration", duration_text(episode.duration_ms));
  writer.element_ns("itunes", "episodeType", "full");
  writer.element_ns("itunes", "explicit", channel.explicit_content ? "true" : "false");
  if (!episode.chapters_file.empty()) {
    writer.start_ns("podcast", "chapters");
    writer.attribute("url", file_url(channel.base_url, episode.chapters_file));
    writer.attribute("type", "application/json+chapters");
    writer.end();
  }
  if (!episode.transcript_file.empty()) {
    writer.start_ns("podcast", "transcript");
    writer.attribute("url", file_url(channel.base_url, episode.transcript_file));
    writer.attribute("type", "text/vtt");
    writer.attribute("rel", "captions");
    writer.end();
  }
  writer.end();
}

// Parses the document back: the writer escapes everything, so this guards against our own
// mistakes (an unbalanced element), never against input.
void check_well_formed(const std::string& document) {
  xmlDocPtr doc = xmlReadMemory(document.data(), static_cast<int>(document.size()), kFeedFileName, "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) throw Error::output(kFeedFileName, "the written feed is not well-formed XML");
  xmlFreeDoc(doc);
}

}  // namespace

std::string feed_url(const PodcastChannel& channel) { return file_url(channel.base_url, kFeedFileName); }

std::string file_url(const std::string& base_url, const std::string& file_name) {
  std::string url = base_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  url.push_back('/');
  for (char byte : file_name) {
    auto c = static_cast<unsigned char>(byte);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      url.push_back(static_cast<char>(c));
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      url += escaped;
    }
  }
  return url;
}

std::string format_rfc822(std::int64_t seconds_utc) {
  std::time_t time = static_cast<std::time_t>(seconds_utc);
  std::tm utc{};
  gmtime_r(&time, &utc);
  // Day and month names are fixed English abbreviations; strftime would follow the locale.
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[utc.tm_wday], utc.tm_mday,
                kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return buffer;
}

std::string audio_mime_type(const std::string& file_name) {
  std::size_t dot = file_name.find_last_of('.');
  std::string ext = dot == std::string::npos ? "" : file_name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "mp3") return "audio/mpeg";
  if (ext == "m4a" || ext == "m4b") return "audio/mp4";
  if (ext == "ogg" || ext == "oga" || ext == "opus") return "audio/ogg";
  if (ext == "flac") return "audio/flac";
  if (ext == "wav") return "audio/wav";
  return "application/octet-stream";
}

std::string episode_title(const std::string& date, const std::string& top_story) {
  return top_story.empty() ? date : date + ": " + top_story;
}

std::string episode_description_html(const PodcastEpisode& episode) {
  // An XHTML fragment written by the same library, then stored as the text of <description>.
  XmlWriter writer;
  writer.start("ol");
  for (const EpisodeStory& story : episode.stories) {
    writer.start("li");
    if (!story.link.empty()) {
      writer.start("a");
      writer.attribute("href", utf8_or_replaced(story.link));
      writer.text(utf8_or_replaced(story.title));
      writer.end();
    } else {
      writer.text(utf8_or_replaced(story.title));
    }
    if (!story.source.empty()) writer.text(" (" + utf8_or_replaced(story.source) + ")");
    if (!story.spoken_text.empty()) {
      writer.start("p");
      writer.text("Shortened: " + utf8_or_replaced(story.spoken_text));
      writer.end();
    }
    writer.end();
  }
  writer.end();
  std::string html = writer.finish();
  while (!html.empty() && (html.back() == '\n' || html.back() == ' ')) html.pop_back();
  return html;
}

std::string make_podcast_feed(const PodcastChannel& channel, const std::vector<PodcastEpisode>& episodes,
                              std::int64_t build_time_s) {
  XmlWriter writer;
  writer.start_document();
  writer.start("rss");
  writer.attribute("version", "2.0");
  writer.attribute("xmlns:itunes", kItunesNs);
  writer.attribute("xmlns:podcast", kPodcastNs);
  writer.attribute("xmlns:atom", kAtomNs);
  writer.start("channel");
  write_channel_head(writer, channel, build_time_s);
  for (const PodcastEpisode& episode : episodes) write_item(writer, channel, episode);
  writer.end();
  writer.end();
  std::string document = writer.finish();
  check_well_formed(document);
  return document;
}

}  // namespace briefcast
