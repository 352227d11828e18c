// html_extractor: finds the article in an HTML page. Parses with gumbo (an HTML5-conformant
// parser: it builds the same tree a browser does from broken markup), turns the DOM into text
// blocks that remember their link density and element, scores containers the readability way
// (paragraph text, commas, link density, class/id hints, <article>/<main>), keeps the best
// container's blocks that the block classifier accepts, and checks them against the page's
// JSON-LD articleBody when it has one. Headline from JSON-LD headline, og:title, <h1> and
// <title>; metadata from <html lang>, meta tags and JSON-LD.
#pragma once

#include <string>
#include <string_view>

#include "clean/text_blocks.h"
#include "model/article.h"

namespace briefcast {

struct HtmlCleanConfig {
  BlockConfig blocks;
  // A block shorter than this (code points) adds nothing to its container's score.
  std::size_t min_scored_length = 25;
  // Siblings of the best container join it when their score reaches this share of its score.
  double sibling_score_share = 0.2;
  // Blocks of the chosen container with more of their text in links than this are dropped.
  // Inside the article's own container, links are mostly the author's (a linked source, a
  // printed address); the classifier's context rules judge them, so the default keeps all.
  double max_body_link_density = 1.0;
  // Text shorter than this beside an image is its caption.
  std::size_t max_caption_length = 150;
  // Less body than this (effective characters) is not an article.
  std::size_t min_body_length = 200;
  // Deeper pages are refused: parsing time grows with the square of the depth.
  std::size_t max_nesting_depth = 4000;
  // JSON-LD articleBody replaces nothing; it filters the DOM's blocks when at least this share
  // of its word 3-grams is found in the chosen container (it describes the same text).
  double json_ld_agreement = 0.6;
};

// Expects UTF-8 (see io/charset.h). Throws Error::no_article(source_path) when the page has none.
Article clean_html(std::string_view html, const std::string& source_path, const HtmlCleanConfig& config = {});

}  // namespace briefcast
