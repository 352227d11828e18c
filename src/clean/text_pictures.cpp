#include "clean/text_pictures.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "clean/text_headline.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `text` without the run of characters at its end for which `take` is true; `taken` counts them.
template <typename Take>
std::string_view drop_back(std::string_view text, Take take, std::size_t& taken) {
  taken = 0;
  while (!text.empty() && take(text.back())) {
    text.remove_suffix(1);
    ++taken;
  }
  return text;
}

}  // namespace

bool is_picture_counter(std::string_view text) {
  // NUMBER, a slash or a short word ("of", "von", "de", "из"), NUMBER, at the end of the line;
  // before them at most two words of a label and no figure: "48% (95 votes)" and "2.206" are
  // no counters.
  constexpr std::size_t kMaxChars = 30;
  constexpr std::size_t kMaxSeparatorBytes = 6;
  constexpr std::size_t kMaxLabelWords = 2;
  if (text.size() > kMaxChars) return false;
  std::size_t n = 0;
  const auto space = [](char c) { return c == ' '; };
  text = drop_back(drop_back(text, space, n), is_digit, n);
  if (n == 0) return false;
  text = drop_back(text, space, n);
  if (!text.empty() && text.back() == '/') {
    text.remove_suffix(1);
  } else {
    if (n == 0) return false;
    text = drop_back(text, [](char c) { return c != ' ' && c != '/' && !is_digit(c); }, n);
    if (n == 0 || n > kMaxSeparatorBytes) return false;
  }
  text = drop_back(drop_back(text, space, n), is_digit, n);
  if (n == 0) return false;
  // The first number stands alone: "A380 of 10" is no counter.
  if (!text.empty() && !space(text.back()) && text.back() != '/') return false;
  const auto label = word_tokens(text);
  return label.size() <= kMaxLabelWords && std::none_of(text.begin(), text.end(), is_digit);
}

namespace {

// What each line of the page is to a picture.
class PictureLines {
 public:
  PictureLines(const std::vector<TextBlock>& blocks, const PictureConfig& config) : blocks_(blocks), config_(config) {
    keys_.reserve(blocks.size());
    for (const auto& block : blocks) {
      keys_.push_back(to_lower(block.text));
      ++seen_[keys_.back()];
    }
  }

  bool credit(std::size_t i) const { return is_credit(blocks_[i]); }
  bool mark(std::size_t i) const { return credit(i) || is_picture_counter(blocks_[i].text); }

  // A picture's line: its credit or counter, a caption it shows again, a tiny control. A line of
  // prose counts only as a credit (a caption with its credit); a repeated line of the lexicon
  // is the page's furniture (a share bar), which the picture rule does not pass over, and a
  // repeated sentence is the text's (the question put to each guest of an interview series).
  bool picture_line(std::size_t i) const {
    if (mark(i)) return true;
    const TextBlock& b = blocks_[i];
    if (classed_as_prose(b) || b.boilerplate != BoilerplateKind::kNone) return false;
    if (b.char_count <= config_.tiny_chars) return true;
    return seen_.at(keys_[i]) >= 2 && !b.ends_sentence;
  }

  // One other short line may stand among them (the next picture's heading); not a line that
  // introduces links (a colon) or a teaser cut short (an ellipsis), which may join the text.
  bool other_line(std::size_t i) const {
    const TextBlock& b = blocks_[i];
    if (classed_as_prose(b) || b.boilerplate != BoilerplateKind::kNone) return false;
    return final_mark(b.text) != ':' && !ends_with_ellipsis(b.text);
  }

 private:
  const std::vector<TextBlock>& blocks_;
  const PictureConfig& config_;
  std::vector<std::string> keys_;
  std::unordered_map<std::string, std::size_t> seen_;
};

struct Stretch {
  std::size_t end = 0;            // one past its last line
  bool marked = false;            // holds a credit or a counter
  std::size_t most_unmarked = 0;  // the longest run of lines without one
};

// The stretch of picture lines (and other short lines) that starts at `first`.
Stretch measure_stretch(const PictureLines& lines, std::size_t first, std::size_t size, const PictureConfig& config) {
  Stretch stretch;
  std::size_t others = 0;
  std::size_t unmarked = 0;
  std::size_t end = first;
  while (end < size && end - first < config.max_lines) {
    if (lines.picture_line(end)) {
      const bool mark = lines.mark(end);
      stretch.marked = stretch.marked || mark;
      unmarked = mark ? 0 : unmarked + 1;
    } else if (lines.other_line(end) && others < config.max_other_lines) {
      ++others;
      ++unmarked;
    } else {
      break;
    }
    stretch.most_unmarked = std::max(stretch.most_unmarked, unmarked);
    ++end;
  }
  stretch.end = end;
  return stretch;
}

}  // namespace

std::vector<bool> picture_stretches(const std::vector<TextBlock>& blocks, const PictureConfig& config) {
  const PictureLines lines(blocks, config);
  std::vector<bool> out(blocks.size(), false);
  std::size_t i = 0;
  while (i < blocks.size()) {
    // A stretch starts right after a line of prose that is no picture line itself.
    if (i == 0 || !classed_as_prose(blocks[i - 1]) || lines.credit(i - 1) || !(lines.picture_line(i) || lines.other_line(i))) {
      ++i;
      continue;
    }
    const Stretch stretch = measure_stretch(lines, i, blocks.size(), config);
    // ... and ends right before one.
    const bool closed = stretch.end < blocks.size() && classed_as_prose(blocks[stretch.end]) && !lines.credit(stretch.end);
    if (closed && stretch.marked && stretch.most_unmarked <= config.max_unmarked && stretch.end - i >= 2) {
      for (std::size_t k = i; k < stretch.end; ++k) out[k] = lines.picture_line(k);
    }
    i = std::max(stretch.end, i + 1);
  }
  return out;
}

}  // namespace briefcast
