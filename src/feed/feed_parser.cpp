#include "feed/feed.h"

#include <libxml/uri.h>

#include "feed/feed_dates.h"
#include "feed/feed_text.h"
#include "feed/xml_document.h"
#include "model/error.h"

namespace briefcast {

namespace {

constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";
constexpr const char* kRss1Ns = "http://purl.org/rss/1.0/";
constexpr const char* kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";

// Shared state of one parse: where the feed came from and the text budget.
struct ParseContext {
  std::string source;
  std::string base_url;
  TextBudget budget;
};

std::string child_text(const xmlNode* parent, std::string_view name, const char* ns, ParseContext& context) {
  return trim_text(node_text(first_child(parent, name, ns), context.budget));
}

std::optional<std::int64_t> first_date(const xmlNode* item, ParseContext& context,
                                       std::initializer_list<std::pair<const char*, const char*>> names) {
  for (const auto& [name, ns] : names) {
    const std::string text = child_text(item, name, ns, context);
    if (text.empty()) continue;
    if (auto date = parse_feed_date(text)) return date;
  }
  return std::nullopt;
}

// An element's base for relative links: xml:base on it or its ancestors, resolved against the
// feed's URL (libxml2 knows it as the document's URL).
std::string base_for(const xmlNode* node, const ParseContext& context) {
  xmlChar* base = xmlNodeGetBase(node->doc, node);
  if (base == nullptr) return context.base_url;
  std::string text(reinterpret_cast<const char*>(base));
  xmlFree(base);
  return text;
}

FeedItem rss_item(const xmlNode* item, ParseContext& context) {
  FeedItem out;
  out.title = plain_text_of_html(child_text(item, "title", nullptr, context));
  const std::string base = base_for(item, context);
  out.link = resolve_link(child_text(item, "link", nullptr, context), base);
  out.guid = child_text(item, "guid", nullptr, context);
  xmlNode* guid = first_child(item, "guid", nullptr);
  // A guid that is a permalink is the article's address when <link> is missing.
  if (out.link.empty() && guid != nullptr && attribute(guid, "isPermaLink") != "false") {
    out.link = resolve_link(out.guid, base);
  }
  out.published = first_date(item, context, {{"pubDate", nullptr}, {"date", kDcNs}});
  out.content_html = child_text(item, "encoded", kContentNs, context);
  out.summary_html = child_text(item, "description", nullptr, context);
  return out;
}

FeedItem rdf_item(const xmlNode* item, ParseContext& context) {
  FeedItem out;
  out.title = plain_text_of_html(child_text(item, "title", kRss1Ns, context));
  out.link = resolve_link(child_text(item, "link", kRss1Ns, context), base_for(item, context));
  xmlChar* about = xmlGetNsProp(item, reinterpret_cast<const xmlChar*>("about"), reinterpret_cast<const xmlChar*>(kRdfNs));
  if (about != nullptr) {
    out.guid = trim_text(reinterpret_cast<const char*>(about));
    xmlFree(about);
  }
  out.published = first_date(item, context, {{"date", kDcNs}});
  out.content_html = child_text(item, "encoded", kContentNs, context);
  out.summary_html = child_text(item, "description", kRss1Ns, context);
  return out;
}

// Atom text constructs: type="text" is plain, "html" is escaped markup, "xhtml" is inline markup.
std::string atom_html(xmlNode* node, ParseContext& context) {
  if (node == nullptr) return {};
  const std::string type = attribute(node, "type");
  if (type == "xhtml") return inner_xml(node);
  const std::string text = node_text(node, context.budget);
  if (type == "html" || type == "text/html") return text;
  return escape_html(text);
}

std::string atom_link(const xmlNode* entry, ParseContext& context) {
  for (const xmlNode* link : child_elements(entry, "link", kAtomNs)) {
    const std::string rel = attribute(link, "rel");
    if (rel.empty() || rel == "alternate") return resolve_link(trim_text(attribute(link, "href")), base_for(link, context));
  }
  return {};
}

FeedItem atom_entry(xmlNode* entry, ParseContext& context) {
  FeedItem out;
  xmlNode* title = first_child(entry, "title", kAtomNs);
  const std::string title_type = title != nullptr ? attribute(title, "type") : "";
  const std::string title_text = title_type == "xhtml" ? inner_xml(title) : node_text(title, context.budget);
  out.title = title_type.empty() || title_type == "text" ? trim_text(title_text) : plain_text_of_html(title_text);
  out.link = atom_link(entry, context);
  out.guid = child_text(entry, "id", kAtomNs, context);
  out.published = first_date(entry, context, {{"published", kAtomNs}, {"updated", kAtomNs}});
  xmlNode* content = first_child(entry, "content", kAtomNs);
  // Content that lives elsewhere (src=) is not the article text.
  if (content != nullptr && attribute(content, "src").empty()) out.content_html = trim_text(atom_html(content, context));
  out.summary_html = trim_text(atom_html(first_child(entry, "summary", kAtomNs), context));
  return out;
}

Feed parse_channel_items(xmlNode* root, FeedFormat format, ParseContext& context) {
  Feed feed;
  feed.format = format;
  feed.source = context.source;
  if (format == FeedFormat::kAtom) {
    feed.title = plain_text_of_html(child_text(root, "title", kAtomNs, context));
    for (xmlNode* entry : child_elements(root, "entry", kAtomNs)) feed.items.push_back(atom_entry(entry, context));
  } else if (format == FeedFormat::kRdf) {
    feed.title = plain_text_of_html(child_text(first_child(root, "channel", kRss1Ns), "title", kRss1Ns, context));
    for (xmlNode* item : child_elements(root, "item", kRss1Ns)) feed.items.push_back(rdf_item(item, context));
  } else {
    xmlNode* channel = first_child(root, "channel", nullptr);
    feed.title = plain_text_of_html(child_text(channel, "title", nullptr, context));
    for (xmlNode* item : child_elements(channel, "item", nullptr)) feed.items.push_back(rss_item(item, context));
  }
  for (FeedItem& item : feed.items) {
    item.feed_title = feed.title;
    item.feed_source = context.source;
  }
  return feed;
}

}  // namespace

const char* to_string(FeedFormat format) {
  switch (format) {
    case FeedFormat::kRss2: return "RSS 2.0";
    case FeedFormat::kRdf: return "RSS 1.0";
    case FeedFormat::kAtom: return "Atom";
  }
  return "unknown";
}

std::string resolve_link(const std::string& link, const std::string& base) {
  if (link.empty() || base.empty()) return link;
  xmlChar* resolved = xmlBuildURI(reinterpret_cast<const xmlChar*>(link.c_str()), reinterpret_cast<const xmlChar*>(base.c_str()));
  if (resolved == nullptr) return link;
  std::string out(reinterpret_cast<const char*>(resolved));
  xmlFree(resolved);
  return out;
}

Feed parse_feed(std::string_view bytes, const std::string& source, const std::string& base_url) {
  XmlDocPtr doc = parse_xml(bytes, source, base_url);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  ParseContext context{source, base_url, TextBudget(source)};
  const std::string_view name = local_name(root);
  if (name == "feed" && namespace_uri(root) == kAtomNs) return parse_channel_items(root, FeedFormat::kAtom, context);
  if (name == "RDF" && namespace_uri(root) == kRdfNs) return parse_channel_items(root, FeedFormat::kRdf, context);
  if (name == "rss" && first_child(root, "channel", nullptr) != nullptr) {
    return parse_channel_items(root, FeedFormat::kRss2, context);
  }
  throw Error::input(source, "not a feed: the document is <" + std::string(name) + ">, not RSS or Atom");
}

}  // namespace briefcast
