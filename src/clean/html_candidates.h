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
};

using BlockIndices = std::vector<std::size_t>;

// The blocks under `roots` that the classifier keeps (or that are prose with a few links),
// minus captions, bylines and datelines, cut to their densest run. Needs classified blocks.
BlockIndices container_candidate(const HtmlPage& page, const NodeSet& roots, const BlockConfig& block_config,
                                 const CandidateConfig& config = {});

// The page blocks whose text is in the JSON-LD `article_body`, when together they hold at least
// config.json_ld_agreement of it; nullopt otherwise.
std::optional<BlockIndices> json_ld_candidate(const HtmlPage& page, const std::string& article_body,
                                              const CandidateConfig& config = {});

}  // namespace briefcast
