#include "clean/repeated_labels.h"

#include <string>
#include <unordered_map>

#include "clean/unicode_text.h"

namespace briefcast {

std::vector<bool> repeated_labels(const std::vector<TextBlock>& blocks, const RepeatedLabelConfig& config) {
  auto label_like = [&](const TextBlock& b) {
    return b.word_count > 0 && b.word_count <= config.max_words && !b.ends_sentence &&
           b.text.find(':') == std::string::npos;
  };
  std::unordered_map<std::string, std::size_t> count;
  for (const auto& block : blocks) {
    if (label_like(block)) ++count[to_lower(block.text)];
  }
  std::vector<bool> labels(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    labels[i] = label_like(blocks[i]) && count[to_lower(blocks[i].text)] >= config.min_count;
  }
  return labels;
}

}  // namespace briefcast
