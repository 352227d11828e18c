#include "clean/text_blocks.h"

#include <algorithm>
#include <unordered_map>

#include "clean/credit_forms.h"
#include "clean/stopwords.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

bool is_closing_mark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB ||
         cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == '*';
}

bool is_sentence_end(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F || cp == 0xFF0E || cp == 0x061F || cp == 0x0964;
}

// A token of one to `max_chars` code points without lower-case letters: "XS", "A", "+", "1".
bool is_widget_token(std::string_view token, std::size_t max_chars) {
  const std::size_t length = code_point_count(token);
  if (length == 0 || length > max_chars) return false;
  for (const char c : token) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// Whether every white-space separated piece of `text` is a widget token.
bool all_widget_tokens(std::string_view text, std::size_t max_chars, std::size_t& count) {
  count = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      if (!is_widget_token(text.substr(start, end - start), max_chars)) return false;
      ++count;
    }
    start = end + 1;
  }
  return count > 0;
}

void mark_widget_runs(std::vector<TextBlock>& blocks, const BlockConfig& config) {
  // A lone tiny block is a label ("USA"); three or more in a row, or three or more tiny tokens
  // on one line, are a widget (text size pickers, pagers, rating stars).
  constexpr std::size_t kMinRun = 3;
  std::size_t i = 0;
  while (i < blocks.size()) {
    std::size_t tokens = 0;
    if (!all_widget_tokens(blocks[i].text, config.widget_token_max_chars, tokens)) {
      ++i;
      continue;
    }
    if (tokens >= kMinRun) blocks[i].widget_token = true;
    std::size_t j = i + 1;
    while (j < blocks.size() && all_widget_tokens(blocks[j].text, config.widget_token_max_chars, tokens)) ++j;
    if (j - i >= kMinRun) {
      for (std::size_t k = i; k < j; ++k) blocks[k].widget_token = true;
    }
    i = j;
  }
}

// For each block, the class of the nearest block before it (or after it, when `forward`) that is
// not skipped; bad at the edges of the page, as in jusText.
template <typename Skip>
std::vector<BlockClass> neighbour_classes(const std::vector<BlockClass>& classes, bool forward, Skip skip) {
  std::vector<BlockClass> out(classes.size(), BlockClass::kBad);
  BlockClass last = BlockClass::kBad;
  const std::size_t n = classes.size();
  for (std::size_t step = 0; step < n; ++step) {
    const std::size_t i = forward ? n - 1 - step : step;
    out[i] = last;
    if (!skip(classes[i])) last = classes[i];
  }
  return out;
}

}  // namespace

const char* to_string(BlockClass block_class) {
  switch (block_class) {
    case BlockClass::kBad:
      return "bad";
    case BlockClass::kShort:
      return "short";
    case BlockClass::kNearGood:
      return "neargood";
    case BlockClass::kGood:
      return "good";
  }
  return "bad";
}

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// `text` without the footnote marks after its last sentence: reference numbers in brackets
// ("... the flames.[6]", "... in 1971.[3][4]") or a number set right after a closing quote
// ("... nicht nutzen.”1"). A bare number after a full stop is a version or a price ("2.0").
std::string_view without_footnote_marks(std::string_view text) {
  constexpr std::size_t kMaxDigits = 3;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool stripped = false;
  while (text.size() >= 3 && text.back() == ']') {
    std::size_t open = text.size() - 1;
    while (open > 0 && is_ascii_digit(text[open - 1])) --open;
    const std::size_t digits = text.size() - 1 - open;
    if (open == 0 || text[open - 1] != '[' || digits == 0 || digits > kMaxDigits) break;
    text = text.substr(0, open - 1);
    stripped = true;
  }
  if (stripped) return text;
  std::size_t start = text.size();
  while (start > 0 && is_ascii_digit(text[start - 1])) --start;
  const std::size_t digits = text.size() - start;
  if (digits == 0 || digits > 2 || start == 0) return text;
  const std::string_view before = text.substr(0, start);
  const bool after_quote = before.back() == '"' || before.ends_with("\u201D") || before.ends_with("\u00BB");
  return after_quote ? before : text;
}

}  // namespace

bool ends_with_sentence_punctuation(std::string_view text) {
  text = without_footnote_marks(text);
  const char32_t last = last_code_point_except(text, [](char32_t cp) { return is_closing_mark(cp) || is_space(cp); });
  return is_sentence_end(last);
}

// "Photo:" on its own, then "Jane Roe / Agency": a credit label printed apart from its value
// (a <dt>/<dd> pair, or two copied lines) makes the short line after it a credit too.
void mark_credit_values(std::vector<TextBlock>& blocks) {
  constexpr std::size_t kMaxCreditValueWords = 12;
  for (std::size_t i = 1; i < blocks.size(); ++i) {
    const TextBlock& label = blocks[i - 1];
    const bool bare_label = is_credit(label) && label.word_count <= 2 &&
                            !label.text.empty() && label.text.back() == ':';
    if (bare_label && blocks[i].word_count <= kMaxCreditValueWords && !blocks[i].ends_sentence) {
      blocks[i].boilerplate = BoilerplateKind::kCredit;
    }
  }
}

namespace {

// A reply link the page shows under two or more blocks is the control of each reader comment:
// the blocks it follows are comments. Shown once, the word may be a heading.
void mark_repeated_reply_links(std::vector<TextBlock>& blocks) {
  // Each block's reply link, lowered; empty where the block is none.
  std::vector<std::string> links(blocks.size());
  std::unordered_map<std::string, std::size_t> count;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!looks_like_reply_link(blocks[i].text)) continue;
    links[i] = to_lower(blocks[i].text);
    ++count[links[i]];
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].comment_header || links[i].empty() || count[links[i]] < 2) continue;
    blocks[i].comment_header = true;
    blocks[i].boilerplate = BoilerplateKind::kComments;
  }
}

}  // namespace

void compute_block_features(std::vector<TextBlock>& blocks, std::string_view language, const BlockConfig& config) {
  for (auto& block : blocks) {
    block.char_count = 0;
    std::size_t cjk = 0;
    std::size_t pos = 0;
    while (pos < block.text.size()) {
      const char32_t cp = next_code_point(block.text, pos);
      ++block.char_count;
      if (is_cjk(cp)) ++cjk;
    }
    block.effective_length = block.char_count + 2 * cjk;
    const std::string lower = to_lower(block.text);
    const auto tokens = word_tokens(lower);
    block.word_count = tokens.size();
    block.ends_sentence = ends_with_sentence_punctuation(block.text);
    block.boilerplate = boilerplate_kind(block.text);
    if (block.boilerplate == BoilerplateKind::kNone && has_credit_form(block.text)) block.boilerplate = BoilerplateKind::kCredit;
    block.comment_header = looks_like_comment_header(block.text);
    if (block.comment_header) block.boilerplate = BoilerplateKind::kComments;
    if (!language.empty()) {
      block.stopword_density = stopword_share(tokens, language);
    } else {
      // Without a list, a finished sentence is the evidence of prose.
      block.stopword_density = block.ends_sentence ? config.stopwords_high : 0.0;
    }
    block.widget_token = false;
  }
  mark_credit_values(blocks);
  mark_widget_runs(blocks, config);
  mark_repeated_reply_links(blocks);
}

BlockConfig calibrated_config(const std::vector<TextBlock>& blocks, const BlockConfig& config) {
  std::vector<double> densities;
  for (const auto& block : blocks) {
    if (block.word_count >= config.calibration_min_words) densities.push_back(block.stopword_density);
  }
  BlockConfig out = config;
  if (densities.size() < 3) return out;
  const auto middle = densities.begin() + static_cast<std::ptrdiff_t>(densities.size() / 2);
  std::nth_element(densities.begin(), middle, densities.end());
  const double scale = std::clamp(*middle / config.reference_density, config.min_threshold_scale, 1.0);
  out.stopwords_low *= scale;
  out.stopwords_high *= scale;
  return out;
}

namespace {

// A block's class from its own features alone, before its neighbours are weighed.
BlockClass own_class(const TextBlock& b, const BlockConfig& config) {
  BlockClass c = BlockClass::kBad;
  if (b.widget_token || b.link_density > config.max_link_density || b.word_count == 0) {
    c = BlockClass::kBad;
  } else if (b.boilerplate == BoilerplateKind::kLegal ||
             (b.boilerplate != BoilerplateKind::kNone && b.effective_length < config.length_high)) {
    c = BlockClass::kBad;
  } else if (b.effective_length < config.length_low) {
    c = b.link_density > 0.0 ? BlockClass::kBad : BlockClass::kShort;
  } else if (b.stopword_density >= config.stopwords_high) {
    c = b.effective_length > config.length_high ? BlockClass::kGood : BlockClass::kNearGood;
  } else if (b.stopword_density >= config.stopwords_low) {
    c = BlockClass::kNearGood;
  } else if (b.ends_sentence && b.stopword_density >= config.stopwords_low * config.sentence_density_share) {
    // A finished sentence dense in names and numbers (a news lede) is still prose.
    c = BlockClass::kNearGood;
  }
  if (c == BlockClass::kGood && b.boilerplate != BoilerplateKind::kNone) c = BlockClass::kNearGood;
  return c;
}

// A tiny bad block ("Share", "A A A", "Advert") between paragraphs is a stray widget; it does
// not separate them when neighbours are counted.
bool is_tiny(const TextBlock& block, const BlockConfig& config) { return block.char_count <= config.tiny_block_length; }

// Runs of near-good blocks are prose written in short paragraphs (news style: one or two
// sentences each), which never reaches the long-block threshold on its own.
std::vector<BlockClass> with_prose_runs(const std::vector<TextBlock>& blocks, std::vector<BlockClass> classes,
                                        const BlockConfig& config) {
  std::vector<std::size_t> long_blocks;  // indices of non-short, non-tiny blocks
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (classes[i] != BlockClass::kShort && !is_tiny(blocks[i], config)) long_blocks.push_back(i);
  }
  auto is_prose = [&](std::size_t k) {
    return classes[long_blocks[k]] == BlockClass::kNearGood || classes[long_blocks[k]] == BlockClass::kGood;
  };
  std::vector<std::size_t> promote;
  for (std::size_t k = 0; k < long_blocks.size(); ++k) {
    if (classes[long_blocks[k]] != BlockClass::kNearGood) continue;
    std::size_t prose_neighbours = 0;
    const std::size_t from = k >= config.prose_cluster_reach ? k - config.prose_cluster_reach : 0;
    const std::size_t to = std::min(long_blocks.size(), k + config.prose_cluster_reach + 1);
    for (std::size_t m = from; m < to; ++m) {
      if (m != k && is_prose(m)) ++prose_neighbours;
    }
    if (prose_neighbours >= config.prose_cluster_min) promote.push_back(long_blocks[k]);
  }
  for (const std::size_t i : promote) classes[i] = BlockClass::kGood;
  return classes;
}

// Headings within max_heading_distance characters before good text, as `keep` says which:
// walks back from the end, so each block knows how far the next good block is.
template <typename Keep>
std::vector<BlockClass> with_headings_before_good(const std::vector<TextBlock>& blocks, std::vector<BlockClass> classes,
                                                  const BlockConfig& config, BlockClass kept_as, Keep keep) {
  const std::size_t n = blocks.size();
  std::size_t distance_to_good = config.max_heading_distance + 1;
  for (std::size_t step = 0; step < n; ++step) {
    const std::size_t i = n - 1 - step;
    if (classes[i] == BlockClass::kGood) {
      distance_to_good = 0;
      continue;
    }
    if (distance_to_good <= config.max_heading_distance && keep(blocks[i], classes[i])) classes[i] = kept_as;
    distance_to_good += blocks[i].char_count;
  }
  return classes;
}

// Short blocks take the class of their surroundings.
std::vector<BlockClass> with_short_blocks_settled(const std::vector<BlockClass>& classes) {
  auto skip_short_near = [](BlockClass c) { return c == BlockClass::kShort || c == BlockClass::kNearGood; };
  auto skip_short = [](BlockClass c) { return c == BlockClass::kShort; };
  const auto prev = neighbour_classes(classes, false, skip_short_near);
  const auto next = neighbour_classes(classes, true, skip_short_near);
  const auto prev_any = neighbour_classes(classes, false, skip_short);
  const auto next_any = neighbour_classes(classes, true, skip_short);
  std::vector<BlockClass> updated = classes;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] != BlockClass::kShort) continue;
    if (prev[i] == BlockClass::kGood && next[i] == BlockClass::kGood) {
      updated[i] = BlockClass::kGood;
    } else if (prev[i] == BlockClass::kBad && next[i] == BlockClass::kBad) {
      updated[i] = BlockClass::kBad;
    } else if (prev[i] == BlockClass::kBad && prev_any[i] == BlockClass::kNearGood) {
      updated[i] = BlockClass::kGood;
    } else if (next[i] == BlockClass::kBad && next_any[i] == BlockClass::kNearGood) {
      updated[i] = BlockClass::kGood;
    } else {
      updated[i] = BlockClass::kBad;
    }
  }
  return updated;
}

// Near-good blocks are kept unless bad text surrounds them on both sides.
std::vector<BlockClass> with_near_good_settled(const std::vector<TextBlock>& blocks, std::vector<BlockClass> classes,
                                               const BlockConfig& config) {
  std::vector<BlockClass> visible = classes;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (is_tiny(blocks[i], config) && visible[i] == BlockClass::kBad) visible[i] = BlockClass::kNearGood;
  }
  auto skip_near = [](BlockClass c) { return c == BlockClass::kNearGood; };
  const auto prev = neighbour_classes(visible, false, skip_near);
  const auto next = neighbour_classes(visible, true, skip_near);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (classes[i] != BlockClass::kNearGood) continue;
    classes[i] = (prev[i] == BlockClass::kBad && next[i] == BlockClass::kBad) ? BlockClass::kBad : BlockClass::kGood;
  }
  return classes;
}

}  // namespace

void classify_blocks(std::vector<TextBlock>& blocks, const BlockConfig& config) {
  const std::size_t n = blocks.size();
  std::vector<BlockClass> classes(n, BlockClass::kBad);
  for (std::size_t i = 0; i < n; ++i) {
    classes[i] = own_class(blocks[i], config);
    blocks[i].initial_class = classes[i];
  }
  classes = with_prose_runs(blocks, std::move(classes), config);
  // Short headings shortly before good text introduce it.
  classes = with_headings_before_good(blocks, std::move(classes), config, BlockClass::kNearGood,
                                      [](const TextBlock& b, BlockClass c) { return b.is_heading && c == BlockClass::kShort; });
  classes = with_short_blocks_settled(classes);
  classes = with_near_good_settled(blocks, std::move(classes), config);
  // Headings right before good text stay even when their own neighbourhood looked bad.
  classes = with_headings_before_good(blocks, std::move(classes), config, BlockClass::kGood,
                                      [&config](const TextBlock& b, BlockClass) {
                                        return b.is_heading && b.boilerplate == BoilerplateKind::kNone &&
                                               b.link_density <= config.max_link_density && !b.widget_token;
                                      });
  // A page of nothing but short paragraphs (a brief, a note) has no good block to anchor on:
  // its near-good prose is then the text.
  if (std::none_of(classes.begin(), classes.end(), [](BlockClass c) { return c == BlockClass::kGood; })) {
    for (std::size_t i = 0; i < n; ++i) {
      if (blocks[i].initial_class == BlockClass::kNearGood) classes[i] = BlockClass::kGood;
    }
  }
  for (std::size_t i = 0; i < n; ++i) blocks[i].final_class = classes[i];
}

std::size_t comment_section_start(const std::vector<TextBlock>& blocks, std::size_t min_headers) {
  std::size_t first = blocks.size();
  std::size_t count = 0;
  bool prose_seen = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    prose_seen = prose_seen || blocks[i].final_class == BlockClass::kGood;
    // Comments follow what they comment on: a header above every good block (a reply link in
    // a forum's or a menu's chrome) would otherwise turn the whole article into comments.
    if (!blocks[i].comment_header || !prose_seen) continue;
    if (count == 0) first = i;
    ++count;
  }
  return count >= min_headers ? first : blocks.size();
}

namespace {

// densest_good_run_within with the comment section's start already found: the inset search asks
// for several runs of one page.
GoodRun densest_run_before_comments(const std::vector<TextBlock>& blocks, std::size_t from, std::size_t to,
                                    std::size_t comments, const BlockConfig& config) {
  to = std::min(to, blocks.size());
  // Kadane's maximum-sum segment, with bad blocks costing more the longer their run.
  GoodRun best;
  double current = 0.0;
  std::size_t current_start = from;
  std::size_t bad_run = 0;
  for (std::size_t i = from; i < to; ++i) {
    double value = 0.0;
    if (blocks[i].final_class == BlockClass::kGood && i < comments) {
      value = static_cast<double>(blocks[i].effective_length) * (blocks[i].ends_sentence ? 1.0 : config.unfinished_weight);
      if (blocks[i].group_size > config.paragraph_group_lines) value *= config.long_group_weight;
      bad_run = 0;
    } else {
      ++bad_run;
      value = -config.bad_block_cost * static_cast<double>(bad_run);
    }
    if (current <= 0.0) {
      current = value;
      current_start = i;
    } else {
      current += value;
    }
    if (current > best.value) best = {current_start, i + 1, current};
  }
  return best;
}

}  // namespace

GoodRun densest_good_run_within(const std::vector<TextBlock>& blocks, std::size_t from, std::size_t to,
                                const BlockConfig& config) {
  return densest_run_before_comments(blocks, from, to, comment_section_start(blocks), config);
}

GoodRun with_parts_above_inset(const std::vector<TextBlock>& blocks, GoodRun run, const BlockConfig& config) {
  const double best = run.value;
  const std::size_t comments = comment_section_start(blocks);
  while (run.first > 0) {
    const std::size_t from = run.first > config.inset_reach_lines ? run.first - config.inset_reach_lines : 0;
    const GoodRun above = densest_run_before_comments(blocks, from, run.first, comments, config);
    if (above.last <= above.first || above.value < config.inset_part_share * best) break;
    run.first = above.first;
  }
  return run;
}

std::pair<std::size_t, std::size_t> densest_good_run(const std::vector<TextBlock>& blocks, const BlockConfig& config) {
  const GoodRun run = densest_good_run_within(blocks, 0, blocks.size(), config);
  return {run.first, run.last};
}

std::vector<std::size_t> group_ends(const std::vector<TextBlock>& blocks) {
  std::vector<std::size_t> ends(blocks.size(), blocks.size());
  for (std::size_t start = 0; start < blocks.size() && blocks[start].group_size > 0; start += blocks[start].group_size) {
    const std::size_t end = std::min(blocks.size(), start + blocks[start].group_size);
    for (std::size_t k = start; k < end; ++k) ends[k] = end;
  }
  return ends;
}

std::vector<bool> group_openings(const std::vector<TextBlock>& blocks) {
  const std::vector<std::size_t> ends = group_ends(blocks);
  std::vector<bool> opens(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) opens[i] = i == 0 || ends[i - 1] == i;
  return opens;
}

std::size_t last_good_blocks_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                   std::size_t window) {
  std::size_t from = std::min(last, blocks.size());
  std::size_t good = 0;
  while (from > first && good < window) {
    --from;
    if (blocks[from].final_class == BlockClass::kGood) ++good;
  }
  return from;
}

bool any_good_block(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t end) {
  for (std::size_t i = first; i < end && i < blocks.size(); ++i) {
    if (blocks[i].final_class == BlockClass::kGood) return true;
  }
  return false;
}

std::size_t first_marker_in_tail(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                 std::size_t window, bool (*marks)(const TextBlock& block)) {
  last = std::min(last, blocks.size());
  for (std::size_t i = last_good_blocks_start(blocks, first, last, window); i < last; ++i) {
    if (marks(blocks[i])) return i;
  }
  return last;
}

}  // namespace briefcast
