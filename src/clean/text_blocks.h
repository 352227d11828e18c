// text_blocks: the block classifier shared by the copied-text and the HTML cleaners.
// A block is one paragraph-like run of text (a line of copied text, or one block element of a
// page). Each gets features (length, sentence punctuation, stop-word density, link density,
// lexicon hits, widget token runs), an initial class from those features alone, then a final
// class from its neighbours (the jusText scheme), and the article is the densest run of good
// blocks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/boilerplate_lexicon.h"

namespace briefcast {

enum class BlockClass { kBad, kShort, kNearGood, kGood };

const char* to_string(BlockClass block_class);

struct TextBlock {
  std::string text;  // white space collapsed, trimmed

  // Known from the source; copied text leaves them at their defaults.
  double link_density = 0.0;  // share of the characters inside links
  bool is_heading = false;    // <h1>..<h6>
  bool is_list_item = false;  // <li>, <dd>
  // Copied text only: how many lines the block's blank-line-delimited group holds (0 when the
  // source has no such layout). Copied <p> paragraphs stand alone between blank lines; menus,
  // lists and teaser rails come as long groups of single lines.
  std::size_t group_size = 0;
  // Copied text only: the line held cells split by tabs, as a browser copies a table's row.
  bool table_row = false;

  // Features, filled by compute_block_features.
  std::size_t char_count = 0;       // code points
  std::size_t effective_length = 0;  // code points, with CJK characters counted three times
  std::size_t word_count = 0;
  double stopword_density = 0.0;
  bool ends_sentence = false;  // last visible character closes a sentence
  BoilerplateKind boilerplate = BoilerplateKind::kNone;
  bool comment_header = false;  // "NAME says:", a reply link and the like
  bool widget_token = false;  // part of a run of tiny tokens ("XS SM MD LG", "A A A")

  BlockClass initial_class = BlockClass::kBad;
  BlockClass final_class = BlockClass::kBad;
};

// Whether a mark of the page's furniture is on the block: a lexicon kind, a widget's token, a
// comment's header. Such a line is never the article's list, lead, subheading or fact line.
inline bool has_furniture_mark(const TextBlock& block) {
  return block.boilerplate != BoilerplateKind::kNone || block.widget_token || block.comment_header;
}

// A picture's credit ("Photo: AGENCY", "© Agency"), by the lexicon or its form: a caption sits
// beside it, and it is no headline's byline nor the article's metadata.
inline bool is_credit(const TextBlock& block) { return block.boilerplate == BoilerplateKind::kCredit; }

// Prose on the block's own features (good or near-good before its neighbours are weighed): a
// caption, a teaser's line or a label is short or bare of function words.
inline bool classed_as_prose(const TextBlock& block) {
  return block.initial_class == BlockClass::kGood || block.initial_class == BlockClass::kNearGood;
}

struct BlockConfig {
  // jusText's thresholds; lengths count code points (CJK ones count triple).
  std::size_t length_low = 70;
  std::size_t length_high = 200;
  double stopwords_low = 0.30;
  double stopwords_high = 0.32;
  double max_link_density = 0.2;
  // A block that ends a sentence is near-good down to this share of stopwords_low.
  double sentence_density_share = 0.5;
  // Short headings this close (in characters) before good text are kept as part of the body.
  std::size_t max_heading_distance = 200;
  // Densest run: each bad block costs this many characters times its position within its run
  // of consecutive bad blocks, so one stray label costs little and a menu between two texts a lot.
  double bad_block_cost = 25.0;
  // Densest run: a good block that does not end as a sentence counts this share of its length.
  // Article paragraphs end in a full stop; teasers in rails and lists of links are cut short.
  double unfinished_weight = 1.0;
  // Densest run, copied text: a good line in a long group of single lines (more than
  // paragraph_group_lines lines with no blank line between: a list, a rail of teasers, a form)
  // counts this share of its length; a browser copies each article paragraph with blank lines
  // around it. The same group size as LayoutConfig's.
  double long_group_weight = 1.0;
  std::size_t paragraph_group_lines = 3;
  // Densest run, copied text: a good run at most inset_reach_lines blocks above the best one and
  // worth at least inset_part_share of it is the body's opening, cut off by an inset (a fact box,
  // a picture's lines, a list of links), not a sidebar; a sidebar is short next to the body.
  double inset_part_share = 0.2;
  std::size_t inset_reach_lines = 60;
  // A near-good block with at least prose_cluster_min near-good or good blocks among its
  // prose_cluster_reach non-short neighbours on each side counts as good.
  std::size_t prose_cluster_reach = 2;
  std::size_t prose_cluster_min = 2;
  // Bad blocks of at most this many code points do not separate their neighbours.
  std::size_t tiny_block_length = 12;
  // A widget token is at most this many code points.
  std::size_t widget_token_max_chars = 3;
  // Calibration: blocks of at least this many words are prose samples; their median stop-word
  // density is compared with the reference, and thresholds scale down by at most the floor.
  std::size_t calibration_min_words = 20;
  double reference_density = 0.42;
  double min_threshold_scale = 0.55;
};

// True when the last visible character of `text` ends a sentence (., !, ?, …, 。, and a colon
// that introduces what follows), looking through closing quotes and brackets.
bool ends_with_sentence_punctuation(std::string_view text);

// Copied text only: for each block, the index one past the last line of its group; blocks.size()
// from the first block whose source has no groups (group_size 0) on.
std::vector<std::size_t> group_ends(const std::vector<TextBlock>& blocks);

// Copied text only: which blocks open their group (the first block always does, and so does the
// first block of a source without groups).
std::vector<bool> group_openings(const std::vector<TextBlock>& blocks);

// Where the last `window` good blocks of [first, last) begin: the lines at the body's end that
// the end rules (appeals, rights notes) read, the lines the body leaves out among them too.
std::size_t last_good_blocks_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                   std::size_t window);

// Whether a good block stands in [first, end): the body would keep some text if it ended at `end`.
bool any_good_block(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t end);

// The first of the last `window` good blocks of [first, last), and of the lines the body leaves
// out among them, that `marks`; `last` when none does. Where an end marker under the article (an
// appeal, a rights note) opens: the end rules share this scan and differ in what marks.
std::size_t first_marker_in_tail(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                 std::size_t window, bool (*marks)(const TextBlock& block));

// Fills the feature fields. `language` picks the stop-word list; empty means none is known,
// and sentence punctuation then stands in for stop-word density.
void compute_block_features(std::vector<TextBlock>& blocks, std::string_view language, const BlockConfig& config = {});

// The config with its stop-word thresholds scaled to this page's prose: a language whose list
// covers less of its running text (or a terse writer) would otherwise never reach them. The
// reference is the median density of long blocks in English prose; only lowering is allowed.
BlockConfig calibrated_config(const std::vector<TextBlock>& blocks, const BlockConfig& config);

// Sets initial_class, then final_class from the neighbours. Needs the features.
void classify_blocks(std::vector<TextBlock>& blocks, const BlockConfig& config = {});

// Where reader comments begin: the first of at least `min_headers` comment headers below the
// first good block, or blocks.size() when the page has no comment section.
std::size_t comment_section_start(const std::vector<TextBlock>& blocks, std::size_t min_headers = 2);

// The half-open range [first, last) of blocks whose good text, minus the cost of the bad blocks
// within, is largest: the article body. {0, 0} when no block is good. Reader comments are not
// the article: blocks from comment_section_start on count as bad.
std::pair<std::size_t, std::size_t> densest_good_run(const std::vector<TextBlock>& blocks,
                                                     const BlockConfig& config = {});

// A run of blocks and its worth: its good text minus the cost of the bad blocks within.
struct GoodRun {
  std::size_t first = 0;
  std::size_t last = 0;
  double value = 0.0;
};

// densest_good_run over blocks [from, to) only, with the run's worth.
GoodRun densest_good_run_within(const std::vector<TextBlock>& blocks, std::size_t from, std::size_t to,
                                const BlockConfig& config = {});

// `run` (the densest) with the parts of the body above it joined that an inset split off: each
// good run within inset_reach_lines above, worth inset_part_share of `run` or more, in turn.
GoodRun with_parts_above_inset(const std::vector<TextBlock>& blocks, GoodRun run, const BlockConfig& config = {});

}  // namespace briefcast
