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
// list items). `language` is a BCP 47 tag that picks the abbreviations and the ordinal rule
// ("am 5. Mai" in German); English rules apply to "" and to languages without rules of their own.
std::vector<std::string> split_sentences(std::string_view paragraph, std::string_view language = "en");

// Title segment, then per paragraph: its sentences and one kParagraphEnd marker. An empty
// `language` means the article's own metadata.language.
std::vector<Segment> segment_article(const Article& article, std::string_view language = {});

}  // namespace briefcast
