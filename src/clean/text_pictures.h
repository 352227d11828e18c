// text_pictures: the lines a picture or a gallery leaves in copied page text between two
// paragraphs of the article: its credit, its counter ("2 / 5", "Image 3 of 10"), its caption
// shown again for each size of the picture, tiny controls ("Close", "Enlarge"). Set between
// paragraphs they cut the article in two runs, the part under the picture lost; taken out,
// the paragraphs on both sides join.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

struct PictureConfig {
  // A stretch of picture lines holds at most this many lines (a gallery of a dozen pictures, three
  // lines each), and at most this many other short lines that are no prose (the next picture's
  // heading, a "Back to gallery" link).
  std::size_t max_lines = 40;
  std::size_t max_other_lines = 1;
  // Each picture has a credit or a counter: a stretch never runs more lines than this without
  // one (a table of contents shown twice after a credit is no picture's).
  std::size_t max_unmarked = 3;
  // Controls and labels of at most this many code points ("Close", "Caption", "Vollbild").
  std::size_t tiny_chars = 12;
};

// Whether `text` is a picture's counter: two numbers and at most two words beside them
// ("1 / 1", "2/5", "Image 3 of 10", "Bild 3 von 10", "Foto 1 de 8").
bool is_picture_counter(std::string_view text);

// For each block, whether it is part of a stretch of picture lines between two lines of prose
// (good or near-good on their own features). A stretch holds at least one credit or counter,
// since repeated teasers or labels between paragraphs are no picture. Needs the features and
// the initial classes.
std::vector<bool> picture_stretches(const std::vector<TextBlock>& blocks, const PictureConfig& config = {});

}  // namespace briefcast
