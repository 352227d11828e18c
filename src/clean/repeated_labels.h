// repeated_labels: the labels of a page's boxes in copied text. A short line that ends no
// sentence and that the page shows again and again ("SUMMARY" over each summary box,
// "Key facts", "Editor's note") is the layout's, set once for every box of one kind; an
// article's own subheadings each say something of their own and are not repeated. The text
// under such a label stays; only the label is left out of the body.
#pragma once

#include <cstddef>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

struct RepeatedLabelConfig {
  // A label has a word or two ("Summary", "Key facts", "Reply"); a longer line shown often is a
  // heading of the text's own (each exercise's "Show the worked solution"), a caption or a
  // teaser, which the gallery and picture rules weigh.
  std::size_t max_words = 2;
  // The page shows it at least this often: twice is a heading and its copy in a contents box.
  std::size_t min_count = 3;
};

// For each block, whether it is such a label. A line with a colon is a label with its value
// ("Q:", "Price: 20 euros", "Buy it: Shop"), read with what it names, and never one. Needs the
// features (word counts, sentence ends).
std::vector<bool> repeated_labels(const std::vector<TextBlock>& blocks, const RepeatedLabelConfig& config = {});

}  // namespace briefcast
