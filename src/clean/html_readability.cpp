#include "clean/html_readability.h"

#include <algorithm>

#include "clean/html_dom.h"
#include "clean/html_hints.h"
#include "clean/unicode_text.h"

namespace briefcast {

std::size_t comma_count(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x060C) ++count;
  }
  return count;
}

const GumboNode* best_container(const std::vector<HtmlBlock>& blocks, ElementStatsMap& stats,
                                const ReadabilityConfig& config) {
  constexpr int kAncestorLevels = 5;
  std::vector<const GumboNode*> candidates;
  auto init_candidate = [&](const GumboNode* node) -> ElementStats& {
    ElementStats& s = stats[node];
    if (!s.scored) {
      s.scored = true;
      s.score = tag_weight(node->v.element.tag) + class_weight(class_and_id(node));
      candidates.push_back(node);
    }
    return s;
  };
  for (const auto& b : blocks) {
    if (b.owner == nullptr || b.block.char_count < config.min_scored_length) continue;
    if (b.block.link_density > 0.5 || b.block.is_heading) continue;
    const double points = 1.0 + static_cast<double>(comma_count(b.block.text)) +
                          std::min(3.0, static_cast<double>(b.block.char_count / 100));
    const GumboNode* ancestor = b.owner->parent;
    // A paragraph's own element is scored as its container when it is a bare <div> of text.
    if (b.owner->v.element.tag != GUMBO_TAG_P) ancestor = b.owner;
    for (int level = 0; level < kAncestorLevels && is_element(ancestor); ++level) {
      const double divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : level * 3.0);
      init_candidate(ancestor).score += points / divider;
      ancestor = ancestor->parent;
    }
  }
  const GumboNode* best = nullptr;
  double best_score = 0.0;
  for (const GumboNode* node : candidates) {
    ElementStats& s = stats[node];
    s.score *= 1.0 - link_density(s);
    if (best == nullptr || s.score > best_score) {
      best = node;
      best_score = s.score;
    }
  }
  return best;
}

namespace {

// Readability's test for a sibling <p> outside the scored tree: long with few links, or a
// whole sentence with none.
bool is_prose_paragraph(const GumboNode* sibling, const ElementStats& stats) {
  const std::string text = collapse_whitespace(node_text(sibling));
  const double density = link_density(stats);
  const std::size_t length = code_point_count(text);
  return (length > 80 && density < 0.25) || (length > 0 && density == 0.0 && ends_with_sentence_punctuation(text));
}

}  // namespace

NodeSet content_roots(const GumboNode* top, const ElementStatsMap& stats, const ReadabilityConfig& config) {
  NodeSet roots{top};
  const GumboNode* parent = top->parent;
  if (!is_element(parent)) return roots;
  const double top_score = stats.at(top).score;
  const double threshold = std::max(10.0, top_score * config.sibling_score_share);
  const std::string top_class = attribute(top, "class");
  for_each_child(parent, [&](const GumboNode* sibling) {
    if (sibling == top || !is_element(sibling)) return;
    const auto it = stats.find(sibling);
    if (it == stats.end()) return;
    double bonus = 0.0;
    if (!top_class.empty() && attribute(sibling, "class") == top_class) bonus += top_score * 0.2;
    if (it->second.scored && it->second.score + bonus >= threshold) {
      roots.insert(sibling);
    } else if (sibling->v.element.tag == GUMBO_TAG_P && is_prose_paragraph(sibling, it->second)) {
      roots.insert(sibling);
    }
  });
  return roots;
}

bool inside_any(const GumboNode* node, const NodeSet& roots) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent) {
    if (roots.count(n) > 0) return true;
  }
  return false;
}

}  // namespace briefcast
