#include "feed/xml_document.h"

#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

#include <mutex>

#include "model/error.h"

namespace briefcast {

namespace {

// Refuses every external resource (DTD, external entity), whatever the parse options say.
xmlParserInputPtr refuse_external(const char*, const char*, xmlParserCtxtPtr) { return nullptr; }

void init_libxml2() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse_external);
  });
}

struct CtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::string describe_error(const xmlError* error) {
  if (error == nullptr || error->code == XML_ERR_OK) return "not XML";
  if (error->code == XML_ERR_ENTITY_LOOP) return "entity expansion refused (an entity bomb)";
  std::string message = error->message != nullptr ? error->message : "malformed";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  for (char& c : message) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return "XML error at line " + std::to_string(error->line) + ": " + message;
}

int to_int_size(std::size_t size, const std::string& source) {
  if (size > static_cast<std::size_t>(INT32_MAX)) throw Error::input(source, "document too large");
  return static_cast<int>(size);
}

void append_text(const xmlNode* node, std::string& out, TextBudget& budget, int depth);

void append_children(const xmlNode* first, std::string& out, TextBudget& budget, int depth) {
  for (const xmlNode* child = first; child != nullptr; child = child->next) append_text(child, out, budget, depth);
}

void append_text(const xmlNode* node, std::string& out, TextBudget& budget, int depth) {
  constexpr int kMaxEntityDepth = 16;
  switch (node->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE: {
      if (node->content == nullptr) return;
      const std::string_view text(reinterpret_cast<const char*>(node->content));
      if (depth > 0) budget.spend(text.size());  // only what entities add is counted
      out.append(text);
      return;
    }
    case XML_ELEMENT_NODE: append_children(node->children, out, budget, depth); return;
    case XML_ENTITY_REF_NODE: {
      // Without XML_PARSE_NOENT the reference stays in the tree; only internal entities have
      // content (external ones were never loaded).
      const auto* entity = reinterpret_cast<const xmlEntity*>(node->children);
      if (entity == nullptr || entity->etype != XML_INTERNAL_GENERAL_ENTITY || depth >= kMaxEntityDepth) return;
      append_children(entity->children, out, budget, depth + 1);
      return;
    }
    default: return;
  }
}

// True when the document's DTD declares an external entity (SYSTEM or PUBLIC). No feed needs
// one; a document that has one is trying to read a file or reach a host.
bool declares_external_entity(const xmlDoc* doc) {
  if (doc->intSubset == nullptr) return false;
  for (const xmlNode* node = doc->intSubset->children; node != nullptr; node = node->next) {
    if (node->type != XML_ENTITY_DECL) continue;
    const auto* entity = reinterpret_cast<const xmlEntity*>(node);
    if (entity->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY || entity->etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY ||
        entity->etype == XML_EXTERNAL_PARAMETER_ENTITY) {
      return true;
    }
  }
  return false;
}

}  // namespace

void TextBudget::spend(std::size_t bytes) {
  spent_ += bytes;
  if (spent_ > kMaxEntityExpansionBytes) throw Error::input(source_, "entity expansion refused (an entity bomb)");
}

XmlDocPtr parse_xml(std::string_view bytes, const std::string& source, const std::string& base_url) {
  init_libxml2();
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  // No NOENT, DTDLOAD, DTDVALID or HUGE; NONET; errors kept in the context, not printed.
  constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), to_int_size(bytes.size(), source),
                                  base_url.empty() ? nullptr : base_url.c_str(),
                                  nullptr, kOptions));
  if (!doc || !ctxt->wellFormed) {
    throw Error::input(source, "not a feed: " + describe_error(xmlCtxtGetLastError(ctxt.get())));
  }
  if (declares_external_entity(doc.get())) {
    throw Error::input(source, "refused: the document declares external entities (never loaded)");
  }
  if (xmlDocGetRootElement(doc.get()) == nullptr) throw Error::input(source, "not a feed: no root element");
  return doc;
}

std::string_view local_name(const xmlNode* node) {
  return node->name != nullptr ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

std::string_view namespace_uri(const xmlNode* node) {
  if (node->ns == nullptr || node->ns->href == nullptr) return {};
  return reinterpret_cast<const char*>(node->ns->href);
}

std::vector<xmlNode*> child_elements(const xmlNode* parent, std::string_view name, const char* ns) {
  std::vector<xmlNode*> found;
  if (parent == nullptr) return found;
  for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || local_name(child) != name) continue;
    if (ns != nullptr && namespace_uri(child) != ns) continue;
    found.push_back(child);
  }
  return found;
}

xmlNode* first_child(const xmlNode* parent, std::string_view name, const char* ns) {
  if (parent == nullptr) return nullptr;
  for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || local_name(child) != name) continue;
    if (ns != nullptr && namespace_uri(child) != ns) continue;
    return child;
  }
  return nullptr;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::string node_text(const xmlNode* node, TextBudget& budget) {
  std::string out;
  if (node != nullptr) append_children(node->children, out, budget, 0);
  return out;
}

std::string inner_xml(xmlNode* node) {
  std::string out;
  if (node == nullptr) return out;
  xmlBuffer* buffer = xmlBufferCreate();
  if (buffer == nullptr) throw std::bad_alloc();
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    xmlNodeDump(buffer, node->doc, child, 0, 0);
  }
  // Entity references stay references when serialized, so this costs no budget.
  const std::size_t size = static_cast<std::size_t>(xmlBufferLength(buffer));
  out.assign(reinterpret_cast<const char*>(xmlBufferContent(buffer)), size);
  xmlBufferFree(buffer);
  return out;
}

}  // namespace briefcast
