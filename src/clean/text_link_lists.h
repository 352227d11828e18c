// text_link_lists: lists of links to other stories that copied text sets into the article. A
// page's <div> of links loses its markup when copied, and its story titles then read as short
// lines of the text between two paragraphs. Two forms are known: a bare label ending in a colon
// over its own group of titles ("More:"), and a label of the lexicon's related kind ("Related
// articles", "Lire aussi") with the titles of its group under it. The driver leaves such lines
// out of the body and lets them end it (with_article_ends).
#pragma once

#include <cstddef>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

// For each block, whether it belongs to a list opened by a short label ending in a colon (a word
// or two) whose group holds only short lines that end no sentence (below `length_low`). An
// article's own list (steps, facts) reads as sentences. Needs the features.
std::vector<bool> inline_link_lists(const std::vector<TextBlock>& blocks, std::size_t length_low);

// Marks in `list` each related label and the titles of its blank-line group under it. A title
// ends no sentence, or is a teaser cut off with an ellipsis, or asks or exclaims; a group with a
// sentence in it is left alone. Needs the features (boilerplate kinds, sentence ends).
void mark_related_link_groups(const std::vector<TextBlock>& blocks, std::vector<bool>& list);

}  // namespace briefcast
