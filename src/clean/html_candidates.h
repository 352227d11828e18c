// html_candidates: the ways of picking the article's blocks out of a page, each a list of block
// indices in document order.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "clean/html_blocks.h"
#include "clean/html_readability.h"
#include "clean/text_blocks.h"

namespace briefcast {

struct CandidateConfig {
  // Blocks of the chosen container with more of their text in links than this are dropped.
  // Inside the article's own container, links are mostly the author's (a linked source, a
  // printed address); the classifier's context rules judge them, so the default keeps all.
  double max_body_link_density = 1.0;
  // Text shorter than this beside an image is its caption.
  std::size_t max_caption_length = 150;
  // JSON-LD articleBody replaces nothing; it filters the DOM's blocks when at least this share
  // of its word 3-grams is found in them (it describes the same text).
  double json_ld_agreement = 0.6;
  // ... and only when the agreeing blocks hold at least this share of the container's choice:
  // a truncated articleBody (a teaser, the first paragraph) agrees in full with a part of it.
  double json_ld_min_kept = 0.5;
  // The container grows to an ancestor (up to this many levels, never to <body>) when the
  // ancestor's candidate holds at least min_growth times as much text: an article split
  // across sibling containers comes out whole.
  int max_growth_levels = 3;
  double min_growth = 1.25;
};

using BlockIndices = std::vector<std::size_t>;

// Per block, whether it is the blurb of a teaser in a list of them: a linked title followed by
// its unlinked blurb, at least twice in a row ("related stories" with summaries).
std::vector<char> teaser_blurbs(const HtmlPage& page);

// The blocks under `roots` that the classifier keeps (or that are prose with a few links),
// minus captions, bylines, datelines and teaser blurbs, cut to their densest run. Needs classified blocks.
BlockIndices container_candidate(const HtmlPage& page, const NodeSet& roots, const BlockConfig& block_config,
                                 const CandidateConfig& config = {});

// Effective length of the blocks' text.
std::size_t text_length(const HtmlPage& page, const BlockIndices& blocks);

// container_candidate of `roots`, or of an ancestor of `top` when that holds much more text
// (config.min_growth), the ancestors tried from nearest to farthest.
BlockIndices grown_container_candidate(const HtmlPage& page, const GumboNode* top, const NodeSet& roots,
                                       const BlockConfig& block_config, const CandidateConfig& config = {});

// `chosen` (in document order) with the good blocks next to it: the page's densest run of good
// blocks, counting the chosen ones as good, when that run holds them all. An article split into
// sibling containers (a lead apart from the body, text on both sides of an ad or a pull quote)
// comes out whole, while a rail of teasers behind a run of furniture stays out.
BlockIndices extended_candidate(const HtmlPage& page, const BlockIndices& chosen, const BlockConfig& block_config,
                                const CandidateConfig& config = {});

// jusText over the whole page: the blocks the classifier keeps, in the page's densest run of them.
BlockIndices block_pass_candidate(const HtmlPage& page, const BlockConfig& block_config);

// The last resort for a page with prose but no container that scores: every block that reads as
// a sentence of prose (at least `min_words` words, few links, no boilerplate).
BlockIndices prose_candidate(const HtmlPage& page, std::size_t min_words = 6);

// The last resort for an article made of links (a post that lists what its author read): every
// block inside the page's <article>, <main> or itemprop=articleBody that is not furniture.
BlockIndices article_element_candidate(const HtmlPage& page);

// The page blocks whose text is in the JSON-LD `article_body`, when together they hold at least
// config.json_ld_agreement of it; nullopt otherwise.
std::optional<BlockIndices> json_ld_candidate(const HtmlPage& page, const std::string& article_body,
                                              const CandidateConfig& config = {});

}  // namespace briefcast
