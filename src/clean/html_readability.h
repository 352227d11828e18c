// html_readability: readability's container scoring. Each paragraph gives points (one, plus
// its commas, plus one per hundred characters up to three) to its nearest ancestors, fewer the
// further up; a container starts from its tag and class/id weight, and its score is discounted
// by the share of its text inside links. The best container and its siblings that look like
// more of the same article are the article's roots.
#pragma once

#include <gumbo.h>

#include <unordered_set>
#include <vector>

#include "clean/html_blocks.h"

namespace briefcast {

struct ReadabilityConfig {
  // A block shorter than this (code points) adds nothing to its container's score.
  std::size_t min_scored_length = 25;
  // Siblings of the best container join it when their score reaches this share of its score.
  double sibling_score_share = 0.2;
};

using NodeSet = std::unordered_set<const GumboNode*>;

// Scores the containers of `blocks` into `stats` and returns the best one, or nullptr when no
// block is long enough to score.
const GumboNode* best_container(const std::vector<HtmlBlock>& blocks, ElementStatsMap& stats,
                                const ReadabilityConfig& config = {});

// `top` and those of its siblings that score close to it, share its class, or are prose
// paragraphs (readability's sibling step). Needs the scores best_container left in `stats`.
NodeSet content_roots(const GumboNode* top, const ElementStatsMap& stats, const ReadabilityConfig& config = {});

// Whether `node` is one of `roots` or inside one.
bool inside_any(const GumboNode* node, const NodeSet& roots);

// Commas in `text`, including the full-width, ideographic and Arabic ones.
std::size_t comma_count(std::string_view text);

}  // namespace briefcast
