// segment: Article -> the ordered segments to speak: the title, then each paragraph's sentences
// followed by a paragraph-end marker. Sentence breaks respect abbreviations ("Mr.", "U.S.",
// "Jan."), initials, decimals and quotes. Pure and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace briefcast {

// Splits one paragraph into sentences, trimmed, in order. A line end inside the paragraph
// ends a sentence only when the line carries no sentence punctuation of its own (headlines,
// list items).
std::vector<std::string> split_sentences(std::string_view paragraph);

// Title segment, then per paragraph: its sentences and one kParagraphEnd marker.
std::vector<Segment> segment_article(const Article& article);

}  // namespace briefcast
