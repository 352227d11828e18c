// text_cleaner: finds the article in the text a person gets by copying a whole web page
// (document.body.innerText): one block per line, classified by text_blocks, the densest run
// of good blocks as the body, the best title-like line before it as the headline, bylines and
// datelines as metadata.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/text_blocks.h"
#include "model/article.h"

namespace briefcast {

struct TextCleanConfig {
  // Copied text has no markup to split furniture from text, so lines of it sit closer to the
  // body; a gap of bad lines costs less here than in HTML.
  BlockConfig blocks = {.bad_block_cost = 15.0};
  // The headline is looked for among this many lines before the body.
  std::size_t headline_search_lines = 40;
  // Score of a candidate: its words (up to 14), plus this weight times the share of its
  // content words found in the first headline_body_blocks body blocks, minus this cost per
  // line between it and the body.
  double headline_overlap_weight = 10.0;
  std::size_t headline_body_blocks = 5;
  double headline_distance_cost = 0.15;
  // Bylines and datelines are looked for among this many lines before the body.
  std::size_t metadata_search_lines = 15;
  // A title has at least/most this many words (CJK titles count characters / 2).
  std::size_t headline_min_words = 2;
  std::size_t headline_max_words = 30;
  // Less body than this (effective characters) is not an article: a home page, an error page.
  std::size_t min_body_length = 200;
};

// Lines of copied text as blocks (white space collapsed, blank lines dropped).
std::vector<TextBlock> blocks_from_text(std::string_view text);

// The language of the page's prose, by stop words; empty when no list matches.
std::string guess_block_language(const std::vector<TextBlock>& blocks);

// Picks the headline among the lines before body_start: the best title-like line, near the
// body and about what the body says.
// Returns the index, or body_start when none qualifies.
std::size_t find_headline(const std::vector<TextBlock>& blocks, std::size_t body_start, const TextCleanConfig& config,
                          std::string_view language);

// Throws Error::no_article(source_path) when the text holds no article.
Article clean_copied_text(std::string_view text, const std::string& source_path, const TextCleanConfig& config = {});

}  // namespace briefcast
