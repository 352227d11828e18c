// text_inner_headline: a headline the body's run has taken in. The run of good lines may start
// above the headline when a caption, a picture's credit, a blog's tagline or a date stands
// between the menus and the article's title: the title is then a line of the run's opening, with
// the article's date or byline next to it (just above, or below it and its dek), and the text
// goes on under it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "clean/text_blocks.h"
#include "clean/text_headline.h"

namespace briefcast {

struct InnerHeadline {
  std::size_t index = 0;  // into the blocks
  double score = 0.0;     // as score_headlines scores it, the body starting under its metadata
};

// How deep into the run a headline may stand: at most this many lines above it.
inline constexpr std::size_t kInnerHeadlineDepth = 4;

// Whether line `i` of the run heads the article: a title line with the article's date or byline
// just above it, or below it within the config's metadata reach before the text goes on.
bool heads_article(const std::vector<TextBlock>& blocks, std::size_t i, std::size_t run_end,
                   const HeadlineConfig& config);

// The best-scored line among the run's first lines that heads the article, if any.
std::optional<InnerHeadline> find_inner_headline(const std::vector<TextBlock>& blocks, std::size_t run_start,
                                                 std::size_t run_end, std::string_view language,
                                                 const HeadlineConfig& config);

}  // namespace briefcast
