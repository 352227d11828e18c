// html_blocks: one walk over a parsed page that turns its visible text into blocks (one per
// paragraph-like element) remembering their link density and element, counts the visible and
// linked text of every element, and collects the page's metadata on the way.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "clean/html_metadata.h"
#include "clean/text_blocks.h"

namespace briefcast {

struct HtmlBlock {
  TextBlock block;
  const GumboNode* owner = nullptr;  // the block element the text was collected in
  bool in_article = false;           // inside <article>, <main> or itemprop=articleBody
  bool near_image = false;           // in the element of an <img>
  // All of its text inside a short element the template names for a byline, a photo's credit,
  // a sign-up box or the dek: never the article's, yet kept as a block, for what stands beside it.
  bool template_part = false;
};

struct ElementStats {
  std::size_t chars = 0;       // non-space code points of visible text in the subtree
  std::size_t link_chars = 0;  // of those, inside links
  double score = 0.0;          // readability content score (html_readability)
  bool scored = false;
};

using ElementStatsMap = std::unordered_map<const GumboNode*, ElementStats>;

struct HtmlPage {
  std::vector<HtmlBlock> blocks;  // in document order
  ElementStatsMap stats;
  PageInfo info;
};

struct WalkOptions {
  // Deeper elements are skipped: pathological (or hostile) trees, not article text.
  int max_depth = 400;
  // Skip elements whose class/id names furniture (readability's first pass does).
  bool skip_unlikely = true;
};

// Walks the tree under `root`. Skips what no reader sees (scripts, hidden elements, nav,
// footer, aside, ...), but still reads metadata there.
HtmlPage walk_page(const GumboNode* root, const WalkOptions& options = {});

// Share of the element's visible text inside links (0 for an element without text).
double link_density(const ElementStats& stats);

}  // namespace briefcast
