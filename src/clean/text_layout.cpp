#include "clean/text_layout.h"

#include <algorithm>
#include <array>
#include <string>

#include "clean/appeal_lines.h"
#include "clean/boilerplate_lexicon.h"
#include "clean/metadata_lines.h"
#include "clean/text_headline.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

bool in_paragraph_group(const TextBlock& block, const LayoutConfig& config) {
  return block.group_size > 0 && block.group_size <= config.paragraph_group_lines;
}

bool is_list_intro(const TextBlock& block, const LayoutConfig& config) {
  if (block.final_class != BlockClass::kGood || block.word_count < config.list_intro_min_words) return false;
  if (has_furniture_mark(block)) return false;
  return last_code_point_except(block.text, [](char32_t cp) { return is_space(cp); }) == ':';
}

// A list item of the article's own; a line holding a bar between its parts is a link's title
// with its site or a label ("Story title | more"), copied from a list of links.
bool is_list_item(const TextBlock& block, const LayoutConfig& config) {
  return block.word_count > 0 && block.text.find(" | ") == std::string::npos && block.word_count <= config.list_item_max_words &&
         !has_furniture_mark(block);
}

}  // namespace

bool in_paragraph_layout(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                         std::size_t prose_length, const LayoutConfig& config) {
  std::size_t total = 0;
  std::size_t framed = 0;
  std::size_t framed_blocks = 0;
  for (std::size_t i = first; i < last && i < blocks.size(); ++i) {
    const TextBlock& block = blocks[i];
    if (block.final_class != BlockClass::kGood || block.effective_length < prose_length) continue;
    total += block.effective_length;
    if (in_paragraph_group(block, config)) {
      framed += block.effective_length;
      ++framed_blocks;
    }
  }
  return framed_blocks >= config.min_paragraphs &&
         static_cast<double>(framed) >= config.paragraph_share * static_cast<double>(total);
}

std::pair<std::size_t, std::size_t> trim_to_paragraph_layout(const std::vector<TextBlock>& blocks, std::size_t first,
                                                             std::size_t last, std::size_t prose_length,
                                                             const LayoutConfig& config) {
  if (!in_paragraph_layout(blocks, first, last, prose_length, config)) return {first, last};
  // Only good paragraph-group blocks anchor the ends; the layout test found at least one. The
  // blocks trimmed off are long-group lines or blocks that are not good (never spoken anyway).
  auto anchors = [&](std::size_t i) {
    return blocks[i].final_class == BlockClass::kGood && in_paragraph_group(blocks[i], config);
  };
  std::size_t new_first = first;
  while (new_first < last && !anchors(new_first)) ++new_first;
  std::size_t new_last = last;
  while (new_last > new_first && !anchors(new_last - 1)) --new_last;
  if (new_first >= new_last) return {first, last};
  // Prose that is good on its own features and touches the paragraphs with no line between is
  // the article's, whatever its group: a lead or closing paragraph the page set in a <div>, so the
  // copy put no blank line between it and the menu or rail beside it. A rail's first teaser is
  // never that close; its heading or label comes first.
  auto own_prose = [&](std::size_t i) {
    return blocks[i].final_class == BlockClass::kGood && blocks[i].initial_class == BlockClass::kGood;
  };
  // A byline or dateline may stand between such a lead and the first paragraph; it is passed
  // over (the body leaves metadata lines out anyway).
  auto metadata = [&](std::size_t i) { return looks_like_byline(blocks[i].text) || looks_like_dateline(blocks[i].text); };
  while (new_first > first) {
    if (own_prose(new_first - 1)) {
      --new_first;
    } else if (new_first - 1 > first && metadata(new_first - 1) && own_prose(new_first - 2)) {
      new_first -= 2;
    } else {
      break;
    }
  }
  while (new_last < last && own_prose(new_last)) ++new_last;
  return {new_first, new_last};
}

namespace {

// A sentence of a few words standing alone as its own paragraph, no furniture or metadata. A
// line holding a bar between its parts is a link's title with its site, or a path of labels.
bool is_lone_sentence(const TextBlock& block, const LayoutConfig& config) {
  if (block.group_size != 1 || !block.ends_sentence || block.word_count < config.closing_min_words) return false;
  if (block.text.find(" | ") != std::string::npos) return false;
  if (has_furniture_mark(block)) return false;
  if (looks_like_byline(block.text) || looks_like_dateline(block.text)) return false;
  return last_code_point_except(block.text, [](char32_t cp) { return is_space(cp); }) != ':';
}

}  // namespace

namespace {

// The end of the group of lines that blocks[i] opens, when the group holds at most
// `max_lines` lines and every one of them is a sentence of a few words, no furniture or
// metadata: a paragraph copied with a line break after each sentence (a summing up, a verse).
// `i` when it is none. A rail's titles and a footer's labels end no sentence.
std::size_t sentence_group_end(const std::vector<TextBlock>& blocks, std::size_t i, const LayoutConfig& config) {
  constexpr std::size_t kMaxLines = 8;
  const std::size_t size = blocks[i].group_size;
  if (size < 2 || size > kMaxLines || i + size > blocks.size() || !group_openings(blocks)[i]) return i;
  for (std::size_t j = i; j < i + size; ++j) {
    const TextBlock& b = blocks[j];
    if (b.group_size != size || !b.ends_sentence || b.word_count < config.closing_min_words || has_furniture_mark(b)) return i;
    if (is_metadata_line(b) || final_mark(b.text) == ':' || ends_with_ellipsis(b.text)) return i;
  }
  return i + size;
}

}  // namespace

std::size_t extend_with_closing_lines(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                      std::size_t prose_length, const LayoutConfig& config) {
  if (first >= last || !in_paragraph_layout(blocks, first, last, prose_length, config)) return last;
  while (last < blocks.size() && blocks[last].final_class != BlockClass::kGood && is_lone_sentence(blocks[last], config)) {
    blocks[last].final_class = BlockClass::kGood;
    ++last;
  }
  if (last >= blocks.size()) return last;
  const std::size_t end = sentence_group_end(blocks, last, config);
  for (std::size_t j = last; j < end; ++j) blocks[j].final_class = BlockClass::kGood;
  return end;
}

std::size_t extend_with_opening_line(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                     std::size_t prose_length, const LayoutConfig& config) {
  if (first == 0 || first >= last || !in_paragraph_layout(blocks, first, last, prose_length, config)) return first;
  TextBlock& opening = blocks[first - 1];
  if (opening.final_class == BlockClass::kGood || !is_lone_sentence(opening, config)) return first;
  if (ends_with_ellipsis(opening.text)) return first;
  opening.final_class = BlockClass::kGood;
  return first - 1;
}

namespace {

// extend_with_introduced_list, told by `opens` whether blocks[last] opens its group.
std::size_t extend_with_list(std::vector<TextBlock>& blocks, std::size_t last, const std::vector<bool>& opens,
                             const LayoutConfig& config) {
  const std::size_t group_end = last + blocks[last].group_size;
  if (!opens[last] || group_end > blocks.size()) return last;
  // The list runs while its lines are items; the first line that is none (a label of the page,
  // a byline or date under the article, a link's title with its site) ends it and the article.
  std::size_t end = last;
  while (end < group_end && is_list_item(blocks[end], config) && !looks_like_byline(blocks[end].text) &&
         !looks_like_dateline(blocks[end].text)) {
    ++end;
  }
  // A list that stops short of its group's end has items of a few words each: a page's rail
  // under the article opens with one-word labels ("Gallery", "Reading tips") before its links.
  const bool whole_group = end == group_end;
  for (std::size_t i = last; i < end && !whole_group; ++i) {
    if (blocks[i].word_count < config.list_item_min_words) return last;
  }
  if (end - last < 2 || end - last > config.list_max_items) return last;
  for (std::size_t i = last; i < end; ++i) blocks[i].final_class = BlockClass::kGood;
  return end;
}

}  // namespace

std::size_t extend_with_introduced_list(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                        const LayoutConfig& config) {
  if (first >= last || last >= blocks.size() || !is_list_intro(blocks[last - 1], config)) return last;
  return extend_with_list(blocks, last, group_openings(blocks), config);
}

void mark_introduced_lists(std::vector<TextBlock>& blocks, std::size_t first, std::size_t last, const LayoutConfig& config) {
  // The groups are walked once for the whole body, not once for each introduction in it.
  const std::vector<bool> opens = group_openings(blocks);
  for (std::size_t i = first; i + 1 < last && i + 1 < blocks.size(); ++i) {
    if (is_list_intro(blocks[i], config)) extend_with_list(blocks, i + 1, opens, config);
  }
}

std::pair<std::size_t, std::size_t> intro_above_body(const std::vector<TextBlock>& blocks, std::size_t headline,
                                                     std::size_t first, std::size_t prose_length,
                                                     const LayoutConfig& config) {
  const std::pair<std::size_t, std::size_t> none{first, first};
  if (headline >= first || first > blocks.size()) return none;
  // The site's own notices above a box (a form's error message, an appeal for support) are
  // framed like paragraphs but are no opening of the article.
  auto framed = [&](std::size_t i) {
    return blocks[i].final_class == BlockClass::kGood && in_paragraph_group(blocks[i], config) && !has_furniture_mark(blocks[i]) &&
           !looks_like_site_notice(blocks[i].text) && !looks_like_support_appeal(blocks[i].text);
  };
  auto paragraph = [&](std::size_t i) {
    return framed(i) && blocks[i].ends_sentence && blocks[i].effective_length >= prose_length;
  };
  // The opening's last paragraph: the nearest one above the box.
  std::size_t end = first;
  while (end > headline + 1 && first - end < config.intro_max_gap && !paragraph(end - 1)) --end;
  if (end <= headline + 1 || !paragraph(end - 1)) return none;
  std::size_t begin = end;
  std::size_t paragraphs = 0;
  while (begin > headline + 1 && framed(begin - 1)) {
    --begin;
    if (paragraph(begin)) ++paragraphs;
  }
  if (paragraphs < config.intro_min_paragraphs) return none;
  return {begin, end};
}

std::size_t end_before_long_group(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                  std::size_t prose_length, const LayoutConfig& config) {
  last = std::min(last, blocks.size());
  auto paragraph = [&](std::size_t i) {
    const TextBlock& block = blocks[i];
    return block.final_class == BlockClass::kGood && in_paragraph_group(block, config) && block.ends_sentence &&
           block.effective_length >= prose_length;
  };
  // Only under the last paragraph: a long list or table between paragraphs is the article's.
  std::size_t paragraphs = 0;
  std::size_t after_last = first;
  for (std::size_t i = first; i < last; ++i) {
    if (!paragraph(i)) continue;
    ++paragraphs;
    after_last = i + 1;
  }
  if (paragraphs < config.min_paragraphs) return last;
  for (std::size_t i = after_last; i < last; ++i) {
    if (blocks[i].group_size > config.max_article_group_lines) return i;
  }
  return last;
}

namespace {

// Whether blocks[i, last) are teasers: titles, each with at most one sentence under it.
bool only_teasers(const std::vector<TextBlock>& blocks, std::size_t i, std::size_t last, const LayoutConfig& config) {
  std::size_t titles = 0;
  bool lead_allowed = false;  // a sentence may follow a title, once
  for (; i < last; ++i) {
    const TextBlock& block = blocks[i];
    if (block.word_count == 0 || block.word_count > config.teaser_max_words || block.comment_header) return false;
    const bool title = !block.ends_sentence || final_mark(block.text) == '?' || final_mark(block.text) == '!';
    if (title) {
      ++titles;
      lead_allowed = true;
    } else if (lead_allowed) {
      lead_allowed = false;
    } else {
      return false;
    }
  }
  return titles >= config.min_teasers;
}

}  // namespace

std::size_t end_before_related_teasers(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                       const LayoutConfig& config) {
  constexpr std::size_t kMaxLabelWords = 4;
  last = std::min(last, blocks.size());
  for (std::size_t i = first + 1; i < last; ++i) {
    const TextBlock& label = blocks[i];
    if (label.boilerplate != BoilerplateKind::kRelated || label.word_count == 0 || label.word_count > kMaxLabelWords) continue;
    if (only_teasers(blocks, i + 1, last, config)) return i;
  }
  return last;
}

namespace {

// The heading of a comment form, in the stop-word lists' languages: its words and nothing else.
bool is_comment_form_heading(std::string_view text) {
  constexpr std::array<std::string_view, 16> kHeadings = {
      "leave a reply",        "leave a comment",     "add a comment",       "post a comment",
      "write a comment",      "laisser un commentaire", "écrire un commentaire", "kommentar schreiben",
      "kommentar verfassen",  "schreibe einen kommentar", "dein kommentar",  "ihr kommentar",
      "deja un comentario",   "deja tu comentario",  "lascia un commento",  "deixe um comentário"};
  constexpr std::size_t kMaxChars = 40;
  if (text.size() > kMaxChars) return false;
  return std::find(kHeadings.begin(), kHeadings.end(), word_phrase(text)) != kHeadings.end();
}

// The heading over a thread of readers' comments that counts them ("2 Kommentare", "One
// comment", "5 Kommentare zu “Title”", "61 commentaires"): a count (figure or the word for one),
// a noun for comments, and at most a preposition and the post's title after it; or the noun and
// the figure after it ("Comments (35)").
bool is_comment_count_heading(std::string_view text) {
  constexpr std::array<std::string_view, 7> kOne = {"one", "ein", "eine", "un", "une", "uno", "una"};
  constexpr std::array<std::string_view, 17> kNouns = {
      "comment",      "comments",    "kommentar",  "kommentare", "commentaire", "commentaires",
      "comentario",   "comentarios", "commento",   "commenti",   "responses",   "reacties",
      "reaktionen",   "replies",     "réponses",   "respuestas", "thoughts"};
  constexpr std::array<std::string_view, 8> kLinks = {"on", "to", "zu", "zum", "sur", "a", "en", "für"};
  constexpr std::size_t kMaxChars = 120;
  if (text.size() > kMaxChars) return false;
  const std::string phrase = word_phrase(text);
  const auto words = word_tokens(phrase);
  if (words.empty()) return false;
  const auto is_noun = [&](std::string_view w) { return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end(); };
  // The count after the noun, as a tab shows it: "Comments (35)", "Kommentare 8", "Kommentare2".
  if (words.size() == 2 && is_noun(words[0]) && all_ascii_digits(words[1])) return true;
  if (words.size() == 1) {
    const std::size_t digits = words[0].find_first_of("0123456789");
    return digits != std::string_view::npos && digits > 0 && is_noun(words[0].substr(0, digits)) &&
           all_ascii_digits(words[0].substr(digits));
  }
  const bool count = all_ascii_digits(words[0]) || std::find(kOne.begin(), kOne.end(), words[0]) != kOne.end();
  if (words.size() < 2 || !count || !is_noun(words[1])) return false;
  return words.size() == 2 || std::find(kLinks.begin(), kLinks.end(), words[2]) != kLinks.end();
}

}  // namespace

std::size_t end_before_comment_form(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                    const LayoutConfig& config) {
  last = std::min(last, blocks.size());
  // Shown under every post of a thread (a question and its answers), the link is each post's.
  auto once = [&](std::size_t i) {
    return std::count_if(blocks.begin(), blocks.end(), [&](const TextBlock& b) { return b.text == blocks[i].text; }) == 1;
  };
  std::size_t paragraphs = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (paragraphs >= config.min_paragraphs && is_comment_form_heading(blocks[i].text) && once(i)) return i;
    // Also shown by the byline and on each teaser of a rail, the count needs more of the article above it.
    if (paragraphs >= config.comment_count_min_paragraphs && is_comment_count_heading(blocks[i].text)) return i;
    if (blocks[i].final_class == BlockClass::kGood && blocks[i].ends_sentence) ++paragraphs;
  }
  return last;
}

}  // namespace briefcast
