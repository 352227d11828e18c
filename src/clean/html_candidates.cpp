#include "clean/html_candidates.h"

#include <algorithm>

#include "clean/html_dom.h"
#include "clean/html_insets.h"
#include "clean/html_similarity.h"
#include "clean/metadata_lines.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// Whether a block inside the article's container is kept before the densest-run cut.
bool keep_in_container(const HtmlBlock& html_block, const BlockConfig& block_config, const CandidateConfig& config) {
  const TextBlock& b = html_block.block;
  if (html_block.template_part || b.widget_token || b.link_density > config.max_body_link_density) return false;
  if (html_block.near_image && b.effective_length < config.max_caption_length) return false;
  // Inside the article's container, sentences with a few links are still prose.
  const bool linked_prose = b.effective_length >= block_config.length_low && b.ends_sentence &&
                            b.boilerplate == BoilerplateKind::kNone;
  if (b.initial_class == BlockClass::kBad && b.final_class != BlockClass::kGood && !linked_prose) return false;
  if (b.effective_length < block_config.length_high && (looks_like_byline(b.text) || looks_like_dateline(b.text))) {
    return false;
  }
  return true;
}

// "Label: value" where the value is one short link (a handle, a web address, a shop's name):
// a fact the article gives, where a label before a linked headline ("Read more: ...") is a
// teaser. The linked share of the line must be about the value's share.
bool is_labelled_link(const TextBlock& b) {
  constexpr std::size_t kMaxLabelWords = 4;
  constexpr std::size_t kMaxValueWords = 3;
  const std::size_t colon = b.text.rfind(':');
  if (colon == std::string::npos || colon + 1 >= b.text.size()) return false;
  const std::string_view label = std::string_view(b.text).substr(0, colon);
  const std::string_view value = std::string_view(b.text).substr(colon + 1);
  const std::size_t label_words = word_tokens(label).size();
  const std::size_t value_words = word_tokens(value).size();
  if (label_words == 0 || label_words > kMaxLabelWords || value_words == 0 || value_words > kMaxValueWords) {
    return false;
  }
  const double value_share = static_cast<double>(code_point_count(collapse_whitespace(value))) /
                             static_cast<double>(std::max<std::size_t>(1, b.char_count));
  return b.link_density <= value_share + 0.1;
}

// Inside the article's run, between its paragraphs, what is not furniture is the article's too:
// code, a table's cells, short list items, a line that introduces what follows. Links, lexicon
// furniture, captions, bylines and datelines still go.
bool is_article_interior(const HtmlBlock& html_block, const BlockConfig& block_config, const CandidateConfig& config) {
  const TextBlock& b = html_block.block;
  if (html_block.template_part || has_furniture_mark(b)) return false;
  if (b.link_density > block_config.max_link_density && !is_labelled_link(b)) return false;
  if (html_block.near_image && b.effective_length < config.max_caption_length) return false;
  return !(b.effective_length < block_config.length_high && (looks_like_byline(b.text) || looks_like_dateline(b.text)));
}

// A short line of facts (a time, a price, a phone number, a date range): the kind of line an
// article closes with (when and where, what it costs). A digit tells a fact from a label.
bool is_fact_line(const TextBlock& b) {
  constexpr std::size_t kMaxFactWords = 8;
  constexpr std::size_t kMaxFactChars = 60;
  // A phone number alone has no words: its length bounds it.
  if (b.is_heading || b.char_count == 0 || b.char_count > kMaxFactChars || b.word_count > kMaxFactWords) return false;
  return std::any_of(b.text.begin(), b.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The lengths of the line's runs of digits.
std::vector<std::size_t> digit_runs(std::string_view text) {
  std::vector<std::size_t> runs;
  std::size_t run = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      ++run;
    } else if (run > 0) {
      runs.push_back(run);
      run = 0;
    }
  }
  if (run > 0) runs.push_back(run);
  return runs;
}

// A date line that stamps the page (published, updated): one date. Days and hours without a
// date (when a place opens), two years (a date range: when a show runs) or a run of three
// digits (no date has one: a phone number) make a fact.
bool is_date_stamp(std::string_view text) {
  if (!looks_like_dateline(text) || !mentions_date(text)) return false;
  const std::vector<std::size_t> runs = digit_runs(text);
  const auto years = std::count(runs.begin(), runs.end(), std::size_t{4});
  const bool three_digits = std::count(runs.begin(), runs.end(), std::size_t{3}) > 0;
  return years <= 1 && !three_digits;
}

// A fact line after the article's last block is furniture when it is the template's, a widget,
// a lexicon line, a link, a caption, a byline or a page's date stamp.
bool is_closing_fact(const HtmlBlock& html_block, const BlockConfig& block_config, const CandidateConfig& config) {
  const TextBlock& b = html_block.block;
  if (!is_fact_line(b) || html_block.template_part || has_furniture_mark(b)) return false;
  if (b.link_density > block_config.max_link_density) return false;
  if (html_block.near_image && b.effective_length < config.max_caption_length) return false;
  return !looks_like_byline(b.text) && !is_date_stamp(b.text);
}

// A teaser list: a linked title, then its unlinked blurb, at least twice in a row. The blurbs
// read as prose, and each title between them is one bad block the densest run pays little for.
constexpr double kTitleLinkDensity = 0.5;
constexpr double kBlurbLinkDensity = 0.2;
constexpr std::size_t kMinTeasers = 2;
constexpr std::size_t kMinBlurbWords = 5;

bool is_teaser_title(const TextBlock& b) { return b.link_density >= kTitleLinkDensity && b.word_count >= 2; }

// A blurb says something (a few words at least: not a quantity beside a linked ingredient); a
// heading after a linked line heads what follows (an article's title under its category links).
bool is_teaser_blurb(const TextBlock& b) {
  return b.link_density < kBlurbLinkDensity && !b.is_heading && b.word_count >= kMinBlurbWords;
}

// Teasers come from one template: the same element and class for every title, and for every blurb;
// a title set like its blurb (two plain <p>s) is an article's line with a link between its
// paragraphs ("Read more: ..."), not a teaser.
bool same_template(const HtmlBlock& a, const HtmlBlock& b) {
  if (a.owner == nullptr || b.owner == nullptr) return a.owner == b.owner;
  return a.owner->v.element.tag == b.owner->v.element.tag && attribute(a.owner, "class") == attribute(b.owner, "class");
}

// A block of a few words found verbatim in articleBody: a subheading or a short line there.
// Bodies often lose the space between a heading and the next paragraph ("Subheading The next
// sentence" printed as "SubheadingThe next sentence"), which breaks the 3-grams at both ends of
// a short block; the words themselves are still there.
bool printed_in(const TextBlock& b, const std::string& body_text) {
  constexpr std::size_t kMinWords = 3;
  return b.word_count >= kMinWords && body_text.find(b.text) != std::string::npos;
}

}  // namespace

std::vector<char> teaser_blurbs(const HtmlPage& page) {
  const std::size_t n = page.blocks.size();
  std::vector<char> blurb(n, 0);
  std::size_t i = 0;
  while (i + 1 < n) {
    // Count the (title, blurb) pairs that start at i, each made like the first.
    std::size_t pairs = 0;
    std::size_t j = i;
    while (j + 1 < n && is_teaser_title(page.blocks[j].block) && is_teaser_blurb(page.blocks[j + 1].block) &&
           !same_template(page.blocks[j], page.blocks[j + 1]) && same_template(page.blocks[j], page.blocks[i]) &&
           same_template(page.blocks[j + 1], page.blocks[i + 1])) {
      ++pairs;
      j += 2;
    }
    if (pairs >= kMinTeasers) {
      for (std::size_t k = i + 1; k < j; k += 2) blurb[k] = 1;
    }
    i = pairs > 0 ? j : i + 1;
  }
  return blurb;
}

BlockIndices container_candidate(const HtmlPage& page, const NodeSet& roots, const BlockConfig& block_config,
                                 const CandidateConfig& config) {
  // The container's blocks as kept (good) or not (bad): its densest run is the article, so
  // teasers after a run of furniture at its end are left out.
  const std::vector<char> blurbs = teaser_blurbs(page);
  // A box of links set into the text counts as one bad block, however many links it lists: a
  // "related stories" box between two paragraphs must not cut off the article's end.
  const std::vector<char> insets = inset_blocks(page, roots);
  std::vector<TextBlock> container;
  BlockIndices index;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    if (!inside_any(page.blocks[i].owner, roots) || insets[i] > 1) continue;
    container.push_back(page.blocks[i].block);
    container.back().final_class = !blurbs[i] && !insets[i] && keep_in_container(page.blocks[i], block_config, config)
                                       ? BlockClass::kGood
                                       : BlockClass::kBad;
    index.push_back(i);
  }
  const auto [first, last] = densest_good_run(container, block_config);
  // The interior lies between the first and the last block the classifier judged good.
  std::size_t inner_first = first;
  std::size_t inner_last = last;
  while (inner_first < inner_last && page.blocks[index[inner_first]].block.final_class != BlockClass::kGood) ++inner_first;
  while (inner_last > inner_first && page.blocks[index[inner_last - 1]].block.final_class != BlockClass::kGood) --inner_last;
  BlockIndices chosen;
  std::size_t after_chosen = first;
  for (std::size_t k = first; k < last; ++k) {
    const bool interior = k > inner_first && k < inner_last && !blurbs[index[k]] && !insets[index[k]] &&
                          is_article_interior(page.blocks[index[k]], block_config, config);
    if (container[k].final_class == BlockClass::kGood || interior) {
      chosen.push_back(index[k]);
      after_chosen = k + 1;
    }
  }
  // Fact lines right after the article's last block, in its own container, close the article;
  // the first line that is not one (or is furniture) ends them.
  if (!chosen.empty()) {
    for (std::size_t k = after_chosen; k < container.size(); ++k) {
      if (blurbs[index[k]] || insets[index[k]] || !is_closing_fact(page.blocks[index[k]], block_config, config)) break;
      chosen.push_back(index[k]);
    }
  }
  return chosen;
}

std::size_t text_length(const HtmlPage& page, const BlockIndices& blocks) {
  std::size_t length = 0;
  for (const std::size_t i : blocks) length += page.blocks[i].block.effective_length;
  return length;
}

BlockIndices grown_container_candidate(const HtmlPage& page, const GumboNode* top, const NodeSet& roots,
                                       const BlockConfig& block_config, const CandidateConfig& config) {
  BlockIndices best = container_candidate(page, roots, block_config, config);
  double best_length = static_cast<double>(text_length(page, best));
  const GumboNode* node = top;
  for (int level = 0; level < config.max_growth_levels; ++level) {
    node = node->parent;
    if (!is_element(node) || node->v.element.tag == GUMBO_TAG_BODY || node->v.element.tag == GUMBO_TAG_HTML) break;
    BlockIndices grown = container_candidate(page, NodeSet{node}, block_config, config);
    const auto length = static_cast<double>(text_length(page, grown));
    if (length >= best_length * config.min_growth) {
      best = std::move(grown);
      best_length = length;
    }
  }
  return best;
}

BlockIndices extended_candidate(const HtmlPage& page, const BlockIndices& chosen, const BlockConfig& block_config,
                                const CandidateConfig& config) {
  if (chosen.empty()) return chosen;
  std::vector<TextBlock> blocks;
  blocks.reserve(page.blocks.size());
  for (const auto& b : page.blocks) blocks.push_back(b.block);
  const std::vector<char> blurbs = teaser_blurbs(page);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blurbs[i]) blocks[i].final_class = BlockClass::kBad;
  }
  for (const std::size_t i : chosen) blocks[i].final_class = BlockClass::kGood;
  const auto [first, last] = densest_good_run(blocks, block_config);
  if (first > chosen.front() || last <= chosen.back()) return chosen;
  std::vector<char> keep(page.blocks.size(), 0);
  for (const std::size_t i : chosen) keep[i] = 1;
  for (std::size_t i = first; i < last; ++i) {
    // The container's own filters (captions, bylines, datelines) hold for its neighbours too.
    if (blocks[i].final_class == BlockClass::kGood && keep_in_container(page.blocks[i], block_config, config)) {
      keep[i] = 1;
    }
  }
  BlockIndices out;
  for (std::size_t i = first; i < last; ++i) {
    if (keep[i]) out.push_back(i);
  }
  return out;
}

BlockIndices block_pass_candidate(const HtmlPage& page, const BlockConfig& block_config) {
  std::vector<TextBlock> blocks;
  blocks.reserve(page.blocks.size());
  for (const auto& b : page.blocks) blocks.push_back(b.block);
  const auto [first, last] = densest_good_run(blocks, block_config);
  BlockIndices chosen;
  for (std::size_t i = first; i < last; ++i) {
    if (blocks[i].final_class == BlockClass::kGood) chosen.push_back(i);
  }
  return chosen;
}

BlockIndices prose_candidate(const HtmlPage& page, std::size_t min_words) {
  constexpr double kMaxLinkDensity = 0.3;
  BlockIndices chosen;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const TextBlock& b = page.blocks[i].block;
    if (b.word_count >= min_words && b.ends_sentence && b.link_density <= kMaxLinkDensity && !b.widget_token &&
        b.boilerplate == BoilerplateKind::kNone && !page.blocks[i].template_part) {
      chosen.push_back(i);
    }
  }
  return chosen;
}

BlockIndices article_element_candidate(const HtmlPage& page) {
  BlockIndices chosen;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const TextBlock& b = page.blocks[i].block;
    if (page.blocks[i].in_article && b.word_count > 0 && !b.widget_token && b.boilerplate == BoilerplateKind::kNone &&
        !page.blocks[i].template_part) {
      chosen.push_back(i);
    }
  }
  return chosen;
}

std::optional<BlockIndices> json_ld_candidate(const HtmlPage& page, const std::string& article_body,
                                              const CandidateConfig& config) {
  const ShingleSet body_shingles = shingles(article_body);
  const std::string body_text = collapse_whitespace(article_body);
  BlockIndices agreeing;
  ShingleSet covered;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const ShingleSet block_shingles = shingles(page.blocks[i].block.text);
    if (containment(block_shingles, body_shingles) >= 0.6 || printed_in(page.blocks[i].block, body_text)) {
      agreeing.push_back(i);
      covered.insert(block_shingles.begin(), block_shingles.end());
    }
  }
  if (containment(body_shingles, covered) < config.json_ld_agreement) return std::nullopt;
  return agreeing;
}

}  // namespace briefcast
