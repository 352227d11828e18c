#include "clean/html_similarity.h"

#include <algorithm>

#include "clean/unicode_text.h"

namespace briefcast {

ShingleSet shingles(std::string_view text) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  ShingleSet out;
  if (tokens.size() < 3) {
    for (const auto token : tokens) out.emplace(token);
    return out;
  }
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    std::string shingle(tokens[i]);
    shingle.push_back(' ');
    shingle.append(tokens[i + 1]);
    shingle.push_back(' ');
    shingle.append(tokens[i + 2]);
    out.insert(std::move(shingle));
  }
  return out;
}

double containment(const ShingleSet& part, const ShingleSet& whole) {
  if (part.empty()) return 0.0;
  std::size_t hits = 0;
  for (const auto& s : part) hits += whole.count(s);
  return static_cast<double>(hits) / static_cast<double>(part.size());
}

double word_overlap(std::string_view a, std::string_view b) {
  const std::string la = to_lower(a);
  const std::string lb = to_lower(b);
  const auto ta = word_tokens(la);
  const auto tb = word_tokens(lb);
  if (ta.empty() || tb.empty()) return 0.0;
  const std::unordered_set<std::string_view> sb(tb.begin(), tb.end());
  std::size_t hits = 0;
  for (const auto t : ta) hits += sb.count(t);
  return static_cast<double>(hits) / static_cast<double>(std::max(ta.size(), tb.size()));
}

}  // namespace briefcast
