// html_dom: the thin adapter over gumbo's DOM that the HTML cleaner reads through: parsing with
// RAII, attributes, the element classes the cleaner cares about (blocks, headings, elements no
// reader sees) and the text of a subtree. Nothing else includes gumbo.h's types in its logic.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

namespace briefcast {

struct GumboDeleter {
  void operator()(GumboOutput* output) const;
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

// Parses `html` (UTF-8) the way a browser does; never null for any input.
GumboPtr parse_html(std::string_view html);

// The attribute's value, or empty when the node is not an element or lacks it.
std::string attribute(const GumboNode* node, const char* name);

// Lower-cased "class id" of an element: the words readability judges an element by.
std::string class_and_id(const GumboNode* node);

// ASCII lower-casing, for tag and attribute values.
std::string ascii_lower(std::string text);

bool is_element(const GumboNode* node);
bool is_text_node(const GumboNode* node);
bool is_heading_tag(GumboTag tag);
// Elements that break text into separate blocks (paragraphs, list items, cells, sections).
bool is_block_tag(GumboTag tag);
// Elements whose content is never article text a reader sees.
bool is_skipped_tag(GumboTag tag);
// hidden attribute, aria-hidden="true", or an inline style of display:none / visibility:hidden.
bool is_hidden(const GumboNode* node);

// All text below `node` in document order, as in the source (white space not collapsed).
std::string node_text(const GumboNode* node);

// The element children of `node`, for range-for loops.
template <typename F>
void for_each_child(const GumboNode* node, F&& f) {
  if (!is_element(node)) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) f(static_cast<const GumboNode*>(children.data[i]));
}

}  // namespace briefcast
