// text_captions: a picture's caption inside the article's body in copied page text. A browser
// copies a <figure> as its caption and its credit on lines with no blank line between, apart
// from the paragraphs around it; the caption reads like a sentence and stays in the body once
// the credit is dropped.
#pragma once

#include <cstddef>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

// Marks in `left_out` the captions among blocks[first, last): a line right above a picture's
// credit in one small group of lines (at most `max_group_lines`), no table row, or right under
// it with at most `max_caption_words` words. A paragraph of the article stands in a group of its
// own, or is longer.
void mark_captions_beside_credits(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                  std::vector<bool>& left_out, std::size_t max_group_lines = 3,
                                  std::size_t max_caption_words = 30);

}  // namespace briefcast
