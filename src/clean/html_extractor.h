// html_extractor: finds the article in an HTML page. The page is parsed with gumbo (an
// HTML5-conformant parser: it builds the same tree a browser does from broken markup) and
// walked into text blocks (html_blocks); the blocks are classified the jusText way
// (text_blocks); candidate extractions (the readability-scored container, JSON-LD articleBody
// when it matches the visible text) are compared (html_candidates). Headline from the <h1>,
// og:title, JSON-LD and <title> (html_headline); metadata from <html lang>, meta tags and JSON-LD.
#pragma once

#include <string>
#include <string_view>

#include "clean/html_candidates.h"
#include "clean/html_readability.h"
#include "clean/text_blocks.h"
#include "model/article.h"

namespace briefcast {

struct HtmlCleanConfig {
  BlockConfig blocks;
  ReadabilityConfig readability;
  CandidateConfig candidates;
  // Less body than this (effective characters) is not an article.
  std::size_t min_body_length = 200;
  // A body shorter than this from the walk that skips furniture-named elements is compared
  // with the walk that skips none (Readability's retry threshold: 500 characters).
  std::size_t retry_length = 500;
  // Deeper pages are refused: parsing time grows with the square of the depth (html_depth).
  std::size_t max_nesting_depth = 4000;
};

// Expects UTF-8 (see io/charset.h). Throws Error::no_article(source_path) when the page has none.
// The title is empty when the page names no headline (never the first paragraph, which would
// then be spoken twice).
Article clean_html(std::string_view html, const std::string& source_path, const HtmlCleanConfig& config = {});

}  // namespace briefcast
