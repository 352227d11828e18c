// text_headline: finds the headline of an article in copied page text. The headline is what the
// page shows at the top of the article: a short line without a final full stop, just above the
// byline, dateline or first paragraph, about what the body says. Pages often show it twice
// (breadcrumb or document title, then the heading), sometimes with the site's name after a
// separator, and often put a longer summary line (the dek) right under it. It is never the first
// paragraph of the body.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/headline_marks.h"
#include "clean/text_blocks.h"

namespace briefcast {

// The weights of a candidate's features (see HeadlineFeatures); its score is their weighted sum.
// They were fitted as one ranking over the tune parts of copied pages (a softmax over each page's
// candidates, the lines that agree with its og:title being right; L2 strength chosen by two-fold
// cross-validation within the tune part), not set per page. Tuning them further for the tune
// part's accuracy alone overfitted it.
struct HeadlineWeights {
  double bias = 0.11;
  double words = 0.68;
  double long_excess = -0.41;
  double label = -1.03;
  double repeated = 1.01;
  double shown_in_form = 1.70;
  double metadata_below = 2.57;
  double dek_below = 0.75;
  double sentence_below = 1.58;
  double overlap = 3.40;
  double distance = -0.18;
  double rivals = -0.10;
  double final_stop = -1.58;
  double all_caps = -0.81;
  double menu_run = 0.17;
  double self_metadata = -0.21;
  double ellipsis = -0.94;
  // Set by hand on both tune parts (not refitted): a small push, enough to break near ties.
  double under_title = -0.3;
  // A quoted sentence (a pull quote, a fact check's claim, a dek reporting what someone said) is
  // the text's, not its title; set by hand, enough to rank a heading near it above it.
  double quoted_sentence = -1.5;
  double heading = 1.0;  // never set in copied text; a source that marks headings may use it
  // A line the body's opening says again inside a longer paragraph is a sentence of the text (a
  // lead, a pull quote), never its title; set by hand, enough to rank the title above it.
  double inside_body = -2.0;
  // A line the page links to as another article ("Read more: TITLE") is that article's title;
  // set by hand, enough to rank the page's own title above a related story's.
  double linked_elsewhere = -1.0;
  // A line amid other title lines is one of a list of teasers; set by hand, a small push.
  double teaser_run = -0.5;
};

struct HeadlineConfig {
  // The headline is looked for among this many lines before the body: a recipe's ingredients,
  // a product's data or a gallery's captions may stand a hundred lines between them.
  std::size_t search_lines = 120;
  // A title has at least/most this many words (CJK titles count characters / 2).
  std::size_t min_words = 2;
  std::size_t max_words = 30;
  // A line of at least this many words that names a social network is about it (not a share bar).
  std::size_t network_subject_words = 6;
  // A line ending in a full stop is a candidate up to this many words (a headline of two short
  // sentences, a blog post's one-line title); past it, a sentence is text.
  std::size_t max_stop_words = 16;
  // Length: words count up to full_words; past long_words they are a dek or a teaser sentence.
  double full_words = 8.0;
  double long_words = 16.0;
  // Lines of at most this many words are often section labels ("World", "Top Stories").
  std::size_t label_words = 3;
  // The share of the candidate's content words found in the first body_blocks blocks.
  std::size_t body_blocks = 5;
  // ... and past them, until the body's opening holds at least this many words: a kicker, a
  // date and a caption above the first paragraph say little of the story.
  std::size_t body_min_words = 60;
  // A byline or dateline within metadata_reach lines below.
  std::size_t metadata_reach = 6;
  // Another line that holds the candidate with at most this many words around it ("12 comments on
  // ...", "Title | Site") shows it in another form.
  std::size_t form_extra_words = 6;
  // Lines of at most this many words around a candidate make a menu.
  std::size_t menu_words = 4;
  HeadlineWeights weights;
};

// What is known about one candidate line, each as a number the weights multiply.
struct HeadlineFeatures {
  double words = 0.0;           // title words, capped at full_words
  double long_excess = 0.0;     // words past long_words
  double label = 0.0;           // 1 when at most label_words words
  double repeated = 0.0;        // 1 when the same line is elsewhere on the page
  double shown_in_form = 0.0;   // 1 when another line shows it with a site name or a few words around
  double metadata_below = 0.0;  // 1 when a byline or date (no credit or attribution) follows within reach
  double dek_below = 0.0;       // 1 when the next line is a longer title-like line
  double sentence_below = 0.0;  // 1 when the next line is a longer sentence before the body (a dek)
  double overlap = 0.0;         // share of content words found in the body's first blocks
  double distance = 0.0;        // lines to the body, in tens
  double rivals = 0.0;          // title-like lines between it and the body, at most 10
  double final_stop = 0.0;      // 1 when it ends with a full stop
  double all_caps = 0.0;        // 1 when written in capitals only
  double menu_run = 0.0;        // share of its four nearest lines that are menu-short
  double self_metadata = 0.0;   // 1 when it holds a date or starts as a byline does
  double ellipsis = 0.0;        // 1 when it ends with an ellipsis (a cut teaser)
  double under_title = 0.0;     // 1 when it is the longer second line of a lone pair of title lines (a dek)
  double heading = 0.0;         // 1 when the source marks it as a heading
  double quoted_sentence = 0.0; // 1 when it opens a quote that ends a sentence or clause inside it
  double inside_body = 0.0;     // 1 when a longer line of the body's opening holds it (more than a label)
  double linked_elsewhere = 0.0;  // 1 when a related-article link line ("Read more: ...") holds it
  double teaser_run = 0.0;      // 1 when it stands in a run of three title lines of more than a label's words
};

double headline_score(const HeadlineFeatures& features, const HeadlineWeights& weights);

// A line that can be a headline: a few words, no final full stop, not furniture or metadata.
bool is_title_like(const TextBlock& block, const HeadlineConfig& config = {});

struct HeadlineCandidate {
  std::size_t index = 0;  // into the blocks
  double score = 0.0;
  HeadlineFeatures features;
};

// A title-like line, or a short line ending in a full stop that is otherwise title-like.
bool is_headline_candidate(const TextBlock& block, const HeadlineConfig& config = {});

// Every candidate line within reach before body_start, with its score (higher is likelier).
std::vector<HeadlineCandidate> score_headlines(const std::vector<TextBlock>& blocks, std::size_t body_start,
                                               std::string_view language, const HeadlineConfig& config = {});

// The score pick_headline's choice has: the highest candidate's, or 0 when none scores above it.
double best_headline_score(const std::vector<TextBlock>& blocks, std::size_t body_start, std::string_view language,
                           const HeadlineConfig& config = {});

// The candidate at line i alone, scored as score_headlines scores it; nothing when line i is
// no candidate there.
std::optional<HeadlineCandidate> score_headline_at(const std::vector<TextBlock>& blocks, std::size_t i,
                                                   std::size_t body_start, std::string_view language,
                                                   const HeadlineConfig& config = {});

// Picks the headline among the lines before body_start. `language` picks the stop-word list.
// Returns the index, or body_start when no line qualifies.
std::size_t pick_headline(const std::vector<TextBlock>& blocks, std::size_t body_start, std::string_view language,
                          const HeadlineConfig& config = {});

// `title` without a trailing site name ("Storm closes bridge - County News" -> "Storm closes
// bridge") when the part before the separator is itself a line of the page; unchanged otherwise.
std::string strip_site_suffix(const std::string& title, const std::vector<TextBlock>& blocks);

}  // namespace briefcast
