// The one place that parses XML (libxml2), configured so that a feed cannot hurt: no network
// (XML_PARSE_NONET), no external entities or DTDs (neither XML_PARSE_NOENT nor
// XML_PARSE_DTDLOAD; a loader that refuses every external resource besides), libxml2's own cap
// on entity amplification (no XML_PARSE_HUGE), and a byte budget when our walker expands the
// internal entities a feed declares. Errors are collected, never printed.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// Most text that internal entities may add to one document when expanded. The literal text is
// bounded by the document's size; real feeds use entities for a few characters at most, so
// more than this is an amplification attack that libxml2's own check let through.
inline constexpr std::size_t kMaxEntityExpansionBytes = 1024u * 1024u;

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses `bytes`. `base_url` (may be empty) becomes the document's URL, the base that
// xml:base attributes refine. Throws Error (Stage::kInput, naming `source`) with libxml2's
// first fatal error ("not a feed: XML error at line 3: ..."), or a refusal for entity bombs and
// external entities.
XmlDocPtr parse_xml(std::string_view bytes, const std::string& source, const std::string& base_url = {});

// Element children of `parent` whose local name is `name` and, when `ns` is given, whose
// namespace URI is `ns` ("" matches no namespace).
std::vector<xmlNode*> child_elements(const xmlNode* parent, std::string_view name, const char* ns = nullptr);
xmlNode* first_child(const xmlNode* parent, std::string_view name, const char* ns = nullptr);

// The local name and namespace URI of an element ("" when it has none).
std::string_view local_name(const xmlNode* node);
std::string_view namespace_uri(const xmlNode* node);

// An attribute's value, or empty.
std::string attribute(const xmlNode* node, const char* name);

// Counts the text that entity expansion adds to one document's fields.
class TextBudget {
 public:
  explicit TextBudget(std::string source) : source_(std::move(source)) {}
  // Throws Error once more than kMaxEntityExpansionBytes have been added.
  void spend(std::size_t bytes);

 private:
  std::string source_;
  std::size_t spent_ = 0;
};

// The text content of `node`: text and CDATA descendants, internal entity references
// expanded (external ones are never loaded and add nothing). Whitespace is kept as it is.
std::string node_text(const xmlNode* node, TextBudget& budget);

// The markup inside `node` (for Atom's type="xhtml" content), serialized as XML.
std::string inner_xml(xmlNode* node);

}  // namespace briefcast
