#include "clean/html_insets.h"

#include "clean/html_dom.h"

namespace briefcast {

namespace {

// A box of links holds at least this much text (a lone linked word is a link in a sentence) and
// has at least this share of it in links.
constexpr std::size_t kMinInsetChars = 20;
constexpr double kMinInsetLinkDensity = 0.5;

// Elements that hold a box rather than a line of text: a paragraph or a heading is one line,
// judged by the classifier as it is.
bool is_box_tag(GumboTag tag) {
  return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_SECTION ||
         tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL;
}

bool is_link_box(const GumboNode* node, const ElementStatsMap& stats) {
  if (!is_element(node) || !is_box_tag(node->v.element.tag)) return false;
  const auto it = stats.find(node);
  if (it == stats.end() || it->second.chars < kMinInsetChars) return false;
  return link_density(it->second) >= kMinInsetLinkDensity;
}

// The outermost link box that holds `owner`, below the container's roots; null when none.
const GumboNode* enclosing_inset(const GumboNode* owner, const NodeSet& roots, const ElementStatsMap& stats) {
  const GumboNode* inset = nullptr;
  for (const GumboNode* node = owner; node != nullptr && roots.count(node) == 0; node = node->parent) {
    if (is_link_box(node, stats)) inset = node;
  }
  return inset;
}

// Whether the block is text of the element `parent` itself or of one of its children: the same
// run of paragraphs as a box that is a child of `parent`.
bool in_flow_of(const HtmlBlock& block, const GumboNode* parent) {
  return block.owner != nullptr && (block.owner == parent || block.owner->parent == parent);
}

// The nearest block before `from` (step -1) or after it (step +1) that lies under `roots`.
const HtmlBlock* neighbour(const HtmlPage& page, const NodeSet& roots, std::size_t from, int step) {
  for (std::size_t i = from; step < 0 ? i > 0 : i + 1 < page.blocks.size();) {
    i = step < 0 ? i - 1 : i + 1;
    if (page.blocks[i].owner != nullptr && inside_any(page.blocks[i].owner, roots)) return &page.blocks[i];
  }
  return nullptr;
}

// A box is set into the text when the paragraphs on both sides of it are its siblings: one run
// of text that the box interrupts. A box after the article's last paragraph (an author's links
// before a rail of teasers) is where the article ends, and stays a run of bad blocks.
bool set_into_text(const HtmlPage& page, const NodeSet& roots, const GumboNode* inset, std::size_t first,
                   std::size_t last) {
  const HtmlBlock* before = neighbour(page, roots, first, -1);
  const HtmlBlock* after = neighbour(page, roots, last, +1);
  return before != nullptr && after != nullptr && in_flow_of(*before, inset->parent) &&
         in_flow_of(*after, inset->parent);
}

}  // namespace

std::vector<char> inset_blocks(const HtmlPage& page, const NodeSet& roots) {
  std::vector<char> marks(page.blocks.size(), 0);
  std::size_t i = 0;
  while (i < page.blocks.size()) {
    const GumboNode* owner = page.blocks[i].owner;
    const GumboNode* inset =
        owner != nullptr && inside_any(owner, roots) ? enclosing_inset(owner, roots, page.stats) : nullptr;
    if (inset == nullptr) {
      ++i;
      continue;
    }
    const NodeSet box{inset};
    std::size_t end = i + 1;
    while (end < page.blocks.size() && inside_any(page.blocks[end].owner, box)) {
      ++end;
    }
    if (set_into_text(page, roots, inset, i, end - 1)) {
      for (std::size_t k = i; k < end; ++k) marks[k] = k == i ? 1 : 2;
    }
    i = end;
  }
  return marks;
}

}  // namespace briefcast
