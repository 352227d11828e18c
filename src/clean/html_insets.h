// html_insets: boxes set into an article's text that are not the article's: a "related stories"
// list between two paragraphs, a row of share links, a table of contents. Readability removes
// such link-heavy boxes from its container before it reads it; here they stay out of the text,
// and they no longer cut the article in two when the densest run is sought.
#pragma once

#include <cstddef>
#include <vector>

#include "clean/html_blocks.h"
#include "clean/html_readability.h"

namespace briefcast {

// Per page block: 0 when it is not in an inset under `roots`; otherwise 1 for the first block of
// its inset and 2 for the others, so the caller can count each inset as a single block.
std::vector<char> inset_blocks(const HtmlPage& page, const NodeSet& roots);

}  // namespace briefcast
