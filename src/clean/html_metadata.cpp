#include "clean/html_metadata.h"

#include "clean/html_dom.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

void collect_meta_tag(const GumboNode* node, PageInfo& info) {
  std::string key = attribute(node, "property");
  if (key.empty()) key = attribute(node, "name");
  key = ascii_lower(std::move(key));
  const std::string content = collapse_whitespace(attribute(node, "content"));
  if (content.empty()) return;
  if (key == "og:title" && info.og_title.empty()) info.og_title = content;
  if (key == "og:site_name" && info.og_site.empty()) info.og_site = content;
  if (key == "author" && info.meta_author.empty()) info.meta_author = content;
  if ((key == "article:published_time" || key == "date" || key == "pubdate" || key == "dc.date") &&
      info.meta_date.empty()) {
    info.meta_date = content;
  }
}

}  // namespace

void collect_metadata(const GumboNode* node, PageInfo& info) {
  if (!is_element(node)) return;
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      if (info.lang.empty()) info.lang = attribute(node, "lang");
      break;
    case GUMBO_TAG_TITLE:
      if (info.title.empty()) info.title = collapse_whitespace(node_text(node));
      break;
    case GUMBO_TAG_H1:
      info.h1s.push_back(collapse_whitespace(node_text(node)));
      break;
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
      info.subheads.push_back(collapse_whitespace(node_text(node)));
      break;
    case GUMBO_TAG_META:
      collect_meta_tag(node, info);
      break;
    case GUMBO_TAG_SCRIPT:
      if (ascii_lower(attribute(node, "type")) == "application/ld+json") read_json_ld(node_text(node), info.json_ld);
      break;
    default:
      break;
  }
}

}  // namespace briefcast
