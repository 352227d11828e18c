// text_layout: what the line layout of copied text says about its blocks. A browser copies each
// <p> paragraph with a blank line before and after it, but menus, link lists, teaser rails and
// metadata rows (<div>, <li>, <span> lines) one per line with no blank line between them. When
// a page's article prose comes as stand-alone paragraphs, a long group of single lines at the
// edge of the body is the page furniture that follows or precedes it, however prose-like its
// teaser sentences read.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

struct LayoutConfig {
  // A group of at most this many lines is a paragraph (a <p>, possibly with <br> breaks in it).
  std::size_t paragraph_group_lines = 3;
  // The run is in paragraph layout when at least this share of its good prose characters (good
  // blocks of at least BlockConfig::length_low) stands in paragraph groups, from at least
  // min_paragraphs such blocks.
  double paragraph_share = 0.3;
  std::size_t min_paragraphs = 2;
  // A heading that counts the readers' comments ends the body under at least this many paragraphs.
  std::size_t comment_count_min_paragraphs = 3;
  // A closing line has at least this many words.
  std::size_t closing_min_words = 4;
  // A line that introduces a list has at least this many words ("Tickets are on sale at:");
  // a bare label of fewer ("More:", "Related stories:") heads a list of links.
  std::size_t list_intro_min_words = 4;
  // An introduced list's lines have at most this many words each, and it has at most this many.
  std::size_t list_item_max_words = 25;
  std::size_t list_max_items = 30;
  // A list that ends before its group does (the page's furniture follows in the same group) has
  // items of at least this many words.
  std::size_t list_item_min_words = 2;
  // A group of more lines than this is no part of an article that stands in paragraphs.
  std::size_t max_article_group_lines = 30;
  // Teasers under a related-articles label: at least this many titles, each followed by at most
  // a sentence of at most this many words.
  std::size_t min_teasers = 2;
  std::size_t teaser_max_words = 40;
  // An opening cut from the body by a box has at least this many paragraphs, and the box at most
  // this many lines.
  std::size_t intro_min_paragraphs = 2;
  std::size_t intro_max_gap = 60;
};

// True when the good prose of blocks[first, last) stands in blank-line-delimited paragraphs.
bool in_paragraph_layout(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                         std::size_t prose_length, const LayoutConfig& config = {});

// The run [first, last) without the blocks of long line groups at its two ends, when the run is
// in paragraph layout; the run unchanged otherwise. Never returns an empty run for a non-empty one.
std::pair<std::size_t, std::size_t> trim_to_paragraph_layout(const std::vector<TextBlock>& blocks, std::size_t first,
                                                             std::size_t last, std::size_t prose_length,
                                                             const LayoutConfig& config = {});

// The body's end `last` moved past the closing lines that follow it: in paragraph layout, a
// sentence of a few words standing alone as its own paragraph right after the article ("The
// company declined to comment.") is its last paragraph, too short to be classified good on its
// own features. Such lines are marked good. Furniture never ends as a sentence does, or is known
// to the lexicon; a label ending in a colon introduces what follows.
std::size_t extend_with_closing_lines(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                      std::size_t prose_length, const LayoutConfig& config = {});

// The body's start `first` moved up to the opening line right above it: in paragraph layout, a
// sentence of a few words standing alone as its own paragraph with no line between it and the
// first paragraph ("It rained all week.") opens the article, too short to be classified good on
// its own features. It is marked good. A teaser cut off with an ellipsis is no opening.
std::size_t extend_with_opening_line(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                     std::size_t prose_length, const LayoutConfig& config = {});

// The body's end `last` moved past the list its last line introduces: when that line is a
// sentence-like introduction ending in a colon ("The schedule for the day:"), the group of single
// lines right after it (a <ul> copies as lines with no blank line between) is the article's list:
// steps, a timetable, an address, ingredients. Its lines are marked good. The list ends where
// its group does, or earlier at the first line that is no item (furniture, a byline or date, a
// link's title with its site), when the page's furniture follows in the same group; such a list
// has items of a few words each, not a rail's one-word labels. A bare label of a word or two
// ("More:") introduces links instead, and the lexicon's labels ("Read also:") are no
// introduction.
std::size_t extend_with_introduced_list(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                        const LayoutConfig& config = {});

// Inside the body [first, last), the lists its paragraphs introduce, as extend_with_introduced_list
// finds them after its end: a parts list, a menu, the steps of a recipe between two paragraphs.
// Their lines are marked good; the classifier, going by each line alone, found many of them too
// short or too bare for prose.
void mark_introduced_lists(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                           const LayoutConfig& config = {});

// The run [first, last) cut before the first group of more than max_article_group_lines lines
// under its last paragraph (good prose in a paragraph group), when it has at least
// min_paragraphs of them: a rail of teasers, a list of tags and links, copied as one long group
// under the article, whose many prose-like lines outweigh its paragraphs so that the run shows
// no paragraph layout to trim by. A long list or table between paragraphs is the article's, and
// a page copied with no blank lines at all has no paragraphs to go by.
std::size_t end_before_long_group(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                  std::size_t prose_length, const LayoutConfig& config = {});

// The body [first, last) cut before a related-articles label ("More articles", "Weitere
// Artikel") when only teasers follow it to the body's end: the titles of other stories, each
// alone on its line, with at most a sentence of its lead under it. A copy sets each teaser as a
// paragraph of its own, so the label's group does not hold them.
std::size_t end_before_related_teasers(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                       const LayoutConfig& config = {});

// The body [first, last) cut before the heading of a comment form ("Leave a reply", "Laisser un
// commentaire", "Dein Kommentar") that stands under at least min_paragraphs of its lines: what
// follows it is the readers' comments and the site's rail, never the article. Shown more than
// once, the heading is the link under each post of a thread, which goes on. A heading that counts
// the comments ("2 Kommentare", "One comment") ends it too, under comment_count_min_paragraphs.
std::size_t end_before_comment_form(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                    const LayoutConfig& config = {});

// The article's opening paragraphs cut from its body [first, ...) by a box the page set into the
// text after them (a table of contents, a product box, a summary of key points), whose lines make
// the run of good blocks that classifies as the body start under it: between the headline (at
// `headline`) and `first`, a stretch of good blocks in paragraph groups holding at least
// intro_min_paragraphs paragraphs of prose, at most intro_max_gap lines above `first`. A single
// paragraph there is the dek, which is no body. Returns the stretch [begin, end), or
// {first, first} when there is none.
std::pair<std::size_t, std::size_t> intro_above_body(const std::vector<TextBlock>& blocks, std::size_t headline,
                                                     std::size_t first, std::size_t prose_length,
                                                     const LayoutConfig& config = {});

}  // namespace briefcast
