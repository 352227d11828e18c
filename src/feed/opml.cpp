#include <set>

#include "feed/feed.h"
#include "feed/feed_text.h"
#include "feed/xml_document.h"
#include "model/error.h"

namespace briefcast {

namespace {

void collect_outlines(const xmlNode* parent, std::vector<std::string>& urls, std::set<std::string>& seen, int depth) {
  constexpr int kMaxDepth = 64;  // libxml2 caps nesting too; this keeps our recursion shallow
  if (depth > kMaxDepth) return;
  for (const xmlNode* outline : child_elements(parent, "outline")) {
    std::string url = trim_text(attribute(outline, "xmlUrl"));
    if (!url.empty() && seen.insert(url).second) urls.push_back(std::move(url));
    collect_outlines(outline, urls, seen, depth + 1);
  }
}

}  // namespace

std::vector<std::string> parse_opml(std::string_view bytes, const std::string& source) {
  XmlDocPtr doc = parse_xml(bytes, source);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* body = first_child(root, "body");
  if (local_name(root) != "opml" || body == nullptr) {
    throw Error::input(source, "not an OPML file: the document is <" + std::string(local_name(root)) + ">");
  }
  std::vector<std::string> urls;
  std::set<std::string> seen;
  collect_outlines(body, urls, seen, 0);
  return urls;
}

}  // namespace briefcast
