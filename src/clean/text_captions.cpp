#include "clean/text_captions.h"

#include <algorithm>

namespace briefcast {

void mark_captions_beside_credits(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                  std::vector<bool>& left_out, std::size_t max_group_lines,
                                  std::size_t max_caption_words) {
  last = std::min(last, blocks.size());
  const std::vector<std::size_t> group_end = group_ends(blocks);
  auto caption = [&](std::size_t i, std::size_t by) {
    const TextBlock& b = blocks[i];
    return group_end[i] == group_end[by] && b.group_size >= 2 && b.group_size <= max_group_lines && !b.table_row &&
           !is_credit(b);
  };
  for (std::size_t i = first; i < last; ++i) {
    if (!is_credit(blocks[i])) continue;
    if (i > first && caption(i - 1, i)) left_out[i - 1] = true;
    // Under the credit, a caption is a line of a few words; a paragraph glued to the credit of
    // the picture above it is the article's.
    if (i + 1 < last && caption(i + 1, i) && blocks[i + 1].word_count <= max_caption_words) left_out[i + 1] = true;
  }
}

}  // namespace briefcast
