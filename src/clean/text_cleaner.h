// text_cleaner: finds the article in the text a person gets by copying a whole web page
// (document.body.innerText): one block per line, classified by text_blocks, the densest run
// of good blocks as the body (trimmed to its paragraph layout), the headline from text_headline,
// bylines and datelines as metadata.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/text_blocks.h"
#include "clean/text_headline.h"
#include "model/article.h"

namespace briefcast {

struct TextCleanConfig {
  // Copied text has no markup to split furniture from text, so lines of it sit closer to the
  // body; a gap of bad lines costs less here than in HTML. Without markup, a rail of teasers
  // cut off mid-sentence reads as prose: their unfinished lines weigh a fifth of their length.
  BlockConfig blocks = {.bad_block_cost = 15.0, .unfinished_weight = 0.2, .long_group_weight = 0.5};
  HeadlineConfig headline;
  // A kicker or label opening the run has at most this many words; a longer title-like line
  // there is the article's dek or a lead without a full stop.
  std::size_t max_kicker_words = 8;
  // Bylines and datelines are looked for among this many lines before the body.
  std::size_t metadata_search_lines = 15;
  // A line that is no prose on its own and shows this many times on the page is furniture (a
  // gallery's caption, a credit): it neither splits nor joins the text around it.
  std::size_t furniture_repeats = 2;
  // A line shown this many times is a gallery's caption even when it reads as prose.
  std::size_t gallery_repeats = 3;
  // Less body than this (effective characters) is not an article (a home page, a menu) unless
  // one of its paragraphs is a sentence of at least min_sentence_words words: a page with prose
  // gives its prose, however short (a brief, a paywalled article's first paragraph).
  std::size_t min_body_length = 200;
  std::size_t min_sentence_words = 12;
};

// Lines of copied text as blocks (white space collapsed, blank lines dropped).
std::vector<TextBlock> blocks_from_text(std::string_view text);

// The language of the page's prose, by stop words; empty when no list matches.
std::string guess_block_language(const std::vector<TextBlock>& blocks);

// Throws Error::no_article(source_path) when the text holds no article.
Article clean_copied_text(std::string_view text, const std::string& source_path, const TextCleanConfig& config = {});

}  // namespace briefcast
