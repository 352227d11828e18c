// text_headline: finds the headline of an article in copied page text. The headline is what the
// page shows at the top of the article: a short line without a final full stop, just above the
// byline, dateline or first paragraph, about what the body says. Pages often show it twice
// (breadcrumb or document title, then the heading), sometimes with the site's name after a
// separator, and often put a longer summary line (the dek) right under it. It is never the first
// paragraph of the body.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

struct HeadlineConfig {
  // The headline is looked for among this many lines before the body.
  std::size_t search_lines = 40;
  // A title has at least/most this many words (CJK titles count characters / 2).
  std::size_t min_words = 2;
  std::size_t max_words = 30;
  // A line of at least this many words that names a social network is about it (not a share bar).
  std::size_t network_subject_words = 6;
  // Length prior: words count up to full_words; every word past long_words costs long_word_cost
  // (a dek or a teaser sentence is longer than a headline).
  double full_words = 8.0;
  double long_words = 16.0;
  double long_word_cost = 0.5;
  // Lines of at most this many words are often section labels ("World", "Top Stories").
  std::size_t label_words = 3;
  double label_cost = 4.0;
  // Weight of the share of the candidate's content words found in the first body_blocks blocks.
  double overlap_weight = 10.0;
  std::size_t body_blocks = 5;
  // The same line elsewhere on the page (breadcrumb, document title with the site name after a
  // separator, share text).
  double repeat_bonus = 6.0;
  // A byline or dateline within metadata_reach lines below.
  double metadata_bonus = 5.0;
  std::size_t metadata_reach = 4;
  // A longer title-like line right below (the dek under its headline).
  double dek_bonus = 3.0;
  // Cost per line between the candidate and the body.
  double distance_cost = 0.15;
};

// A line that can be a headline: a few words, no final full stop, not furniture or metadata.
bool is_title_like(const TextBlock& block, const HeadlineConfig& config = {});

struct HeadlineCandidate {
  std::size_t index = 0;  // into the blocks
  double score = 0.0;
};

// Every title-like line within reach before body_start, with its score (higher is likelier).
std::vector<HeadlineCandidate> score_headlines(const std::vector<TextBlock>& blocks, std::size_t body_start,
                                               std::string_view language, const HeadlineConfig& config = {});

// Picks the headline among the lines before body_start. `language` picks the stop-word list.
// Returns the index, or body_start when no line qualifies.
std::size_t pick_headline(const std::vector<TextBlock>& blocks, std::size_t body_start, std::string_view language,
                          const HeadlineConfig& config = {});

// `title` without a trailing site name ("Storm closes bridge - County News" -> "Storm closes
// bridge") when the part before the separator is itself a line of the page; unchanged otherwise.
std::string strip_site_suffix(const std::string& title, const std::vector<TextBlock>& blocks);

// True when two lines say the same (case and white space aside).
bool same_line(std::string_view a, std::string_view b);

}  // namespace briefcast
