// text_inner_headline: a headline the body's run has taken in, or left out above it. The run of
// good lines may start above the headline when a caption, a picture's credit, a blog's tagline or
// a date stands between the menus and the article's title: the title is then a line of the run's
// opening, with the article's date or byline next to it (just above, or below it and its dek),
// and the text goes on under it. The run may also start below the article's head when the
// article opens with prose the classifier finds too weak (a short lead, a question, an opening
// set among short lines) and denser text follows further down (a list of answers, the body after
// a box, a form's notices): the head is then a title line above the run with the article's date
// or byline next to it and a sentence right under them.
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

// A head above the run: its title line, and the first line of prose under it and its metadata.
struct HeadAboveRun {
  std::size_t index = 0;
  std::size_t prose = 0;
  double score = 0.0;  // as score_headlines scores it, the body starting at `prose`
};

// The best-scored title line within the headline's reach above `run_start` that heads an article
// there: the article's date or byline right above it or among the lines under it, then, within
// the config's metadata reach and before any other line of more than a menu's words, a sentence
// of at least min_prose_words words that reads as prose (no furniture, no picture's caption beside
// a credit). A teaser cut off with an ellipsis heads nothing. Nothing when no line does.
std::optional<HeadAboveRun> find_head_above_run(const std::vector<TextBlock>& blocks, std::size_t run_start,
                                                std::string_view language, const HeadlineConfig& config,
                                                std::size_t min_prose_words = 10);

}  // namespace briefcast
