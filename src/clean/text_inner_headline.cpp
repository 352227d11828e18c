#include "clean/text_inner_headline.h"

#include <algorithm>

#include "clean/headline_marks.h"

namespace briefcast {

namespace {

// The article's own metadata: a byline or a date on a line of its own, not a photo credit, a
// quote's attribution or a sentence that mentions a date ("Read also: ..., June 2018.").
bool article_metadata(const TextBlock& block) {
  // A table's header row names its months or years: the table's, not the article's.
  if (block.table_row || is_credit(block) || is_attribution_line(block.text)) return false;
  return is_metadata_line(block) || (carries_metadata(block) && !block.ends_sentence);
}

// The line under the title and its metadata where the text goes on: past the metadata found
// within reach below `i`, or the line under `i` when the metadata stands above it.
std::size_t text_after(const std::vector<TextBlock>& blocks, std::size_t i, std::size_t run_end,
                       const HeadlineConfig& config) {
  std::size_t after = i + 1;
  for (std::size_t j = i + 1; j < run_end && j <= i + config.metadata_reach; ++j) {
    if (article_metadata(blocks[j])) after = j + 1;
  }
  return after;
}

// Whether the text goes on as prose at `after`: the first line there of more than a menu's words
// (a share button or a label may come first) is a good paragraph, not a list of events or links.
bool prose_follows(const std::vector<TextBlock>& blocks, std::size_t after, std::size_t run_end,
                   const HeadlineConfig& config) {
  for (std::size_t j = after; j < run_end && j < after + config.metadata_reach; ++j) {
    if (blocks[j].word_count > config.menu_words) return blocks[j].initial_class == BlockClass::kGood;
  }
  return false;
}

// Whether the run holds the article's text above line `i`: a line longer than a caption or a
// tagline (a sentence or two). A run that opens with a paragraph began at the text, and a title
// under it is a subheading or a teaser.
bool text_above(const std::vector<TextBlock>& blocks, std::size_t run_start, std::size_t i) {
  constexpr std::size_t kMaxCaptionWords = 40;
  for (std::size_t j = run_start; j < i; ++j) {
    // A line set in capitals only is a banner (a blog's tagline, a notice), never the article's text.
    if (blocks[j].word_count > kMaxCaptionWords && !all_capitals(blocks[j].text)) return true;
  }
  return false;
}

}  // namespace

bool heads_article(const std::vector<TextBlock>& blocks, std::size_t i, std::size_t run_end,
                   const HeadlineConfig& config) {
  if (i >= run_end || !is_title_like(blocks[i], config) || carries_metadata(blocks[i])) return false;
  const bool above = i > 0 && article_metadata(blocks[i - 1]);
  const std::size_t after = text_after(blocks, i, run_end, config);
  return (above || after > i + 1) && prose_follows(blocks, after, run_end, config);
}

std::optional<InnerHeadline> find_inner_headline(const std::vector<TextBlock>& blocks, std::size_t run_start,
                                                 std::size_t run_end, std::string_view language,
                                                 const HeadlineConfig& config) {
  std::optional<InnerHeadline> best;
  const std::size_t last = std::min(run_end, run_start + kInnerHeadlineDepth + 1);
  for (std::size_t i = run_start; i < last; ++i) {
    if (text_above(blocks, run_start, i)) break;
    if (!heads_article(blocks, i, run_end, config)) continue;
    // Scored as a line above the body, the body starting where the text goes on under it.
    const std::size_t body = text_after(blocks, i, run_end, config);
    const auto candidate = score_headline_at(blocks, i, body, language, config);
    if (candidate && (!best || candidate->score > best->score)) best = InnerHeadline{i, candidate->score};
  }
  return best;
}

namespace {

// A picture's credit, or a line beside one (its caption): no article's first sentence.
bool picture_line(const std::vector<TextBlock>& blocks, std::size_t j) {
  return is_credit(blocks[j]) || (j > 0 && is_credit(blocks[j - 1])) || (j + 1 < blocks.size() && is_credit(blocks[j + 1]));
}

// The first line of prose under the title at `i`, skipping its metadata, short lines (share
// buttons, labels) and a picture's lines; `end` when the next longer line is no sentence of
// prose. `metadata` tells whether a date or byline stood between them.
std::size_t prose_under(const std::vector<TextBlock>& blocks, std::size_t i, std::size_t end,
                        const HeadlineConfig& config, std::size_t min_words, bool& metadata) {
  metadata = false;
  for (std::size_t j = i + 1; j < end && j <= i + config.metadata_reach; ++j) {
    if (article_metadata(blocks[j])) {
      metadata = true;
      continue;
    }
    if (picture_line(blocks, j) || blocks[j].word_count <= config.menu_words) continue;
    const TextBlock& b = blocks[j];
    const bool prose = classed_as_prose(b);
    return prose && b.ends_sentence && b.word_count >= min_words && !has_furniture_mark(b) ? j : end;
  }
  return end;
}

}  // namespace

std::optional<HeadAboveRun> find_head_above_run(const std::vector<TextBlock>& blocks, std::size_t run_start,
                                                std::string_view language, const HeadlineConfig& config,
                                                std::size_t min_prose_words) {
  std::optional<HeadAboveRun> best;
  run_start = std::min(run_start, blocks.size());
  const std::size_t first = run_start > config.search_lines ? run_start - config.search_lines : 0;
  for (std::size_t i = first; i < run_start; ++i) {
    if (!is_title_like(blocks[i], config) || ends_with_ellipsis(blocks[i].text)) continue;
    bool metadata_below = false;
    const std::size_t prose = prose_under(blocks, i, run_start, config, min_prose_words, metadata_below);
    const bool metadata_above = i > 0 && article_metadata(blocks[i - 1]);
    if (prose >= run_start || !(metadata_above || metadata_below)) continue;
    const auto candidate = score_headline_at(blocks, i, prose, language, config);
    if (candidate && (!best || candidate->score > best->score)) best = HeadAboveRun{i, prose, candidate->score};
  }
  return best;
}

}  // namespace briefcast
