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

bool is_prose(const TextBlock& block) {
  return block.initial_class == BlockClass::kGood || block.initial_class == BlockClass::kNearGood;
}

}  // namespace

std::vector<bool> picture_stretches(const std::vector<TextBlock>& blocks, const PictureConfig& config) {
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> keys;
  keys.reserve(blocks.size());
  for (const auto& block : blocks) {
    keys.push_back(to_lower(block.text));
    ++seen[keys.back()];
  }
  const auto credit = [&](std::size_t i) { return blocks[i].boilerplate == BoilerplateKind::kCredit; };
  const auto counter = [&](std::size_t i) { return is_picture_counter(blocks[i].text); };
  // A picture's line: its credit or counter, a caption it shows again, a tiny control. A line of
  // prose counts only as a credit (a caption with its credit); a repeated line of the lexicon
  // is the page's furniture (a share bar), which the picture rule does not pass over, and a
  // repeated sentence is the text's (the question put to each guest of an interview series).
  const auto picture_line = [&](std::size_t i) {
    if (credit(i) || counter(i)) return true;
    if (is_prose(blocks[i]) || blocks[i].boilerplate != BoilerplateKind::kNone) return false;
    if (blocks[i].char_count <= config.tiny_chars) return true;
    return seen[keys[i]] >= 2 && !blocks[i].ends_sentence;
  };
  // One other short line may stand among them (the next picture's heading); not a line that
  // introduces links (a colon) or a teaser cut short (an ellipsis), which may join the text.
  const auto other_line = [&](std::size_t i) {
    if (is_prose(blocks[i]) || blocks[i].boilerplate != BoilerplateKind::kNone) return false;
    return final_mark(blocks[i].text) != ':' && !ends_with_ellipsis(blocks[i].text);
  };
  std::vector<bool> stretch(blocks.size(), false);
  std::size_t i = 0;
  while (i < blocks.size()) {
    // A stretch starts right after a line of prose that is no picture line itself.
    if (i == 0 || !is_prose(blocks[i - 1]) || credit(i - 1) || !(picture_line(i) || other_line(i))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::size_t others = 0;
    bool marked = false;
    std::size_t unmarked = 0;  // lines since the last credit or counter
    std::size_t most_unmarked = 0;
    while (end < blocks.size() && end - i < config.max_lines) {
      if (picture_line(end)) {
        const bool mark = credit(end) || counter(end);
        marked = marked || mark;
        unmarked = mark ? 0 : unmarked + 1;
      } else if (other_line(end) && others < config.max_other_lines) {
        ++others;
        ++unmarked;
      } else {
        break;
      }
      most_unmarked = std::max(most_unmarked, unmarked);
      ++end;
    }
    const bool closed = end < blocks.size() && is_prose(blocks[end]) && !credit(end);
    if (closed && marked && most_unmarked <= config.max_unmarked && end - i >= 2) {
      for (std::size_t k = i; k < end; ++k) {
        stretch[k] = picture_line(k);
      }
    }
    i = end > i ? end : i + 1;
  }
  return stretch;
}

}  // namespace briefcast
