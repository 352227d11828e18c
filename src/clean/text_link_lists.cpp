#include "clean/text_link_lists.h"

#include "clean/headline_marks.h"

namespace briefcast {

// Inside the body, a short label that ends in a colon heading its own group of short lines that
// do not end as sentences ("More:", then three story titles) is a list of links to other stories,
// set into the article; an article's own list (steps, facts) reads as sentences or is not
// introduced by a bare label of a word or two.
std::vector<bool> inline_link_lists(const std::vector<TextBlock>& blocks, std::size_t length_low) {
  constexpr std::size_t kMaxLabelWords = 2;
  constexpr std::size_t kMinLinks = 2;
  std::vector<bool> list(blocks.size(), false);
  const std::vector<bool> opens = group_openings(blocks);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const TextBlock& label = blocks[i];
    const std::size_t group = label.group_size;
    if (group < kMinLinks + 1 || label.word_count == 0 || label.word_count > kMaxLabelWords || final_mark(label.text) != ':') continue;
    if (!opens[i]) continue;  // not the first line of its group
    if (i + group > blocks.size()) continue;
    bool links = true;
    for (std::size_t j = i + 1; j < i + group && links; ++j) {
      const TextBlock& b = blocks[j];
      links = b.group_size == group && b.word_count >= 2 && !b.ends_sentence && b.effective_length < length_low;
    }
    if (!links) continue;
    for (std::size_t j = i; j < i + group; ++j) list[j] = true;
  }
  return list;
}

// Inside the body, a label of the lexicon's related kind ("Related articles", "Mehr zum Thema",
// "Lire aussi") with the rest of its blank-line group under it: the copy set the titles of other
// stories (a <div> of links) into the article, however prose-like they read. A title ends with
// no full stop; a teaser cut off with an ellipsis is one too. The article's own paragraphs stand
// in groups of their own, apart from the label.
void mark_related_link_groups(const std::vector<TextBlock>& blocks, std::vector<bool>& list) {
  constexpr std::size_t kMaxLabelWords = 4;
  constexpr std::size_t kMaxLinks = 8;
  constexpr std::size_t kMaxTitleWords = 25;
  const std::vector<std::size_t> group_end = group_ends(blocks);
  auto title = [&](const TextBlock& b) {
    if (b.word_count < 2 || b.word_count > kMaxTitleWords || b.table_row) return false;
    if (b.boilerplate != BoilerplateKind::kNone && b.boilerplate != BoilerplateKind::kRelated) return false;
    return !b.ends_sentence || ends_with_ellipsis(b.text) || final_mark(b.text) == '?' || final_mark(b.text) == '!';
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const TextBlock& label = blocks[i];
    if (label.boilerplate != BoilerplateKind::kRelated || label.word_count == 0 || label.word_count > kMaxLabelWords) continue;
    const std::size_t end = group_end[i];
    if (end <= i + 1 || end - i - 1 > kMaxLinks) continue;
    bool links = true;
    for (std::size_t j = i + 1; j < end && links; ++j) links = title(blocks[j]);
    if (!links) continue;
    for (std::size_t j = i; j < end; ++j) list[j] = true;
    i = end - 1;
  }
}

}  // namespace briefcast
