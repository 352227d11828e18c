#include "clean/text_cleaner.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "clean/appeal_lines.h"
#include "clean/author_lines.h"
#include "clean/form_runs.h"
#include "clean/metadata_lines.h"
#include "clean/repeated_labels.h"
#include "clean/rights_notes.h"
#include "clean/stopwords.h"
#include "clean/text_captions.h"
#include "clean/text_inner_headline.h"
#include "clean/text_layout.h"
#include "clean/text_link_lists.h"
#include "clean/text_lead.h"
#include "clean/text_pictures.h"
#include "clean/unicode_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

// The page is classified twice: with photo credits in place (the run the headline is chosen
// over) and with them absent (the body, which may take back a lead set above a picture).
enum class CreditLines { kInPlace, kAbsent };

// Lines the page shows more than once that are no prose on their own, set between paragraphs:
// the caption under every picture of a gallery, a photo credit. Classified in place, such a line
// splits the article into two runs. Known furniture (the lexicon's) and tiny labels keep their
// place; a repeated teaser in a rail of teasers has no prose on both sides, and a repeated
// sentence (an interview's question, a refrain) is text. A line the page shows at least
// `gallery_count` times that does not end as a sentence is a gallery's caption however long
// and prose-like it is, and its copies in a row count as one; a sentence shown as often is
// still the article's (the question put to each guest of a series of interviews).
std::vector<bool> repeated_furniture(const std::vector<TextBlock>& blocks, std::size_t min_count,
                                     std::size_t gallery_count, CreditLines credit_lines) {
  // A short line may stand between the caption and the prose (a credit, a subheading).
  constexpr std::size_t kMaxShortBetween = 1;
  std::unordered_map<std::string, std::size_t> seen;
  for (const auto& block : blocks) ++seen[to_lower(block.text)];
  auto prose = [&](std::size_t i) {
    return classed_as_prose(blocks[i]);
  };
  auto skipped = [&](std::size_t i) { return blocks[i].initial_class == BlockClass::kShort; };
  std::vector<bool> furniture(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const TextBlock& block = blocks[i];
    const std::string key = to_lower(block.text);
    const bool gallery = seen[key] >= gallery_count;
    // With credits absent, a photo credit set between paragraphs ("© Agency") is the picture's
    // too, shown once or more: a lead above the picture is not cut from the text under it.
    const bool credit = credit_lines == CreditLines::kAbsent && is_credit(block);
    if (!credit && (seen[key] < min_count || block.ends_sentence || (!gallery && prose(i)) ||
                    block.boilerplate != BoilerplateKind::kNone || block.char_count <= 12)) {
      continue;
    }
    auto same = [&](std::size_t j) { return gallery && to_lower(blocks[j].text) == key; };
    std::size_t first = i;
    while (first > 0 && same(first - 1)) --first;
    std::size_t last = i + 1;
    while (last < blocks.size() && same(last)) ++last;
    std::size_t before = first;
    while (before > 0 && first - before < kMaxShortBetween && skipped(before - 1)) --before;
    std::size_t after = last;
    while (after < blocks.size() && after - last < kMaxShortBetween && skipped(after)) ++after;
    furniture[i] = before > 0 && prose(before - 1) && after < blocks.size() && prose(after);
  }
  return furniture;
}

// Classifies the blocks and returns the body's range: the densest run of good blocks, trimmed to
// its paragraph layout. Repeated furniture is classified as absent (it neither splits nor joins
// its neighbours) and then marked bad, so it never reaches the body; `furniture` tells which.
std::pair<std::size_t, std::size_t> find_body(std::vector<TextBlock>& blocks, const BlockConfig& config,
                                              std::size_t repeat_count, std::size_t gallery_count, CreditLines credit_lines,
                                              std::vector<bool>& furniture) {
  classify_blocks(blocks, config);
  furniture = repeated_furniture(blocks, repeat_count, gallery_count, credit_lines);
  if (credit_lines == CreditLines::kAbsent) {
    // A picture's lines between two paragraphs (credit, counter, caption again) are its too.
    const std::vector<bool> pictures = picture_stretches(blocks);
    for (std::size_t i = 0; i < blocks.size(); ++i) furniture[i] = furniture[i] || pictures[i];
  }
  std::vector<TextBlock> kept;
  std::vector<std::size_t> index;  // kept block -> block
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (furniture[i]) continue;
    kept.push_back(blocks[i]);
    index.push_back(i);
  }
  if (kept.size() < blocks.size()) {
    classify_blocks(kept, config);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (furniture[i]) blocks[i].final_class = BlockClass::kBad;
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
      // What a credit's absence lets join is prose (a lead under a picture), not the picture's
      // other lines (a caption's label, a file name): a short line that ends no sentence keeps
      // the class it had beside the credit. (A gallery's caption is taken out in both passes,
      // as it always was; only the credits' pass adds lines that sat beside a picture.)
      const bool gained = blocks[index[k]].final_class != BlockClass::kGood && kept[k].final_class == BlockClass::kGood;
      const bool picture_line = !kept[k].ends_sentence && kept[k].effective_length < config.length_low;
      if (credit_lines == CreditLines::kAbsent && gained && picture_line) {
        kept[k].final_class = blocks[index[k]].final_class;
      }
      blocks[index[k]] = std::move(kept[k]);
    }
  }
  // The kept blocks again, now classified, for the run and the trim.
  std::vector<TextBlock> view;
  for (const std::size_t i : index) view.push_back(blocks[i]);
  const GoodRun run = with_parts_above_inset(view, densest_good_run_within(view, 0, view.size(), config), config);
  const std::size_t run_end = end_before_long_group(view, run.first, run.last, config.length_low);
  const auto [first, last] = trim_to_paragraph_layout(view, run.first, run_end, config.length_low);
  if (first >= last) return {0, 0};
  const std::size_t end = extend_with_closing_lines(blocks, index[first], index[last - 1] + 1, config.length_low);
  const bool after_furniture = index[first] > 0 && furniture[index[first] - 1];
  const std::size_t start = after_furniture ? index[first] : extend_with_opening_line(blocks, index[first], end, config.length_low);
  mark_introduced_lists(blocks, start, end);
  return {start, extend_with_introduced_list(blocks, start, end)};
}

// `paragraph` without `title` at its start, when the title has a few words and a sentence that
// starts with a capital follows it; unchanged otherwise.
std::string without_title_prefix(const std::string& paragraph, const std::string& title) {
  constexpr std::size_t kMinTitleWords = 3;
  if (word_tokens(title).size() < kMinTitleWords || paragraph.size() <= title.size() + 1) return paragraph;
  if (to_lower(paragraph.substr(0, title.size())) != to_lower(title) || paragraph[title.size()] != ' ') return paragraph;
  std::string rest = paragraph.substr(title.size() + 1);
  const unsigned char first = static_cast<unsigned char>(rest.empty() ? 'a' : rest[0]);
  const bool starts_sentence = (first >= 'A' && first <= 'Z') || first >= 0x80 || first == '"';
  return starts_sentence && word_tokens(rest).size() >= kMinTitleWords ? rest : paragraph;
}

// Title-like lines at the start of the run are headings that context promoted into the body: a
// kicker, the headline, its dek, with the byline, date or a quote's attribution between them. They join the candidates
// before the body, up to the first prose line; a body is left at least one block. A headline may
// end with a question or exclamation mark, which ends a sentence but not a title.
std::size_t skip_leading_headings(const std::vector<TextBlock>& blocks, std::size_t body_start, std::size_t body_end,
                                  const HeadlineConfig& config) {
  constexpr std::size_t kMaxHeadingLines = 4;
  std::size_t first = body_start;
  while (first + 1 < body_end && first - body_start < kMaxHeadingLines) {
    const TextBlock& block = blocks[first];
    if (block.initial_class == BlockClass::kGood) break;
    if (!is_title_like(block, config) && !is_metadata_line(block) && !is_attribution_line(block.text)) break;
    ++first;
  }
  return first;
}

// Whether `block` is the headline again: the same line, or a title-like line that holds a
// headline of a few words whole.
bool shows_headline_again(const TextBlock& block, const std::string& title, const HeadlineConfig& config) {
  if (same_line(block.text, title)) return true;
  constexpr std::size_t kMinTitleWords = 3;
  if (word_tokens(title).size() < kMinTitleWords || !is_title_like(block, config)) return false;
  return to_lower(collapse_whitespace(block.text)).find(to_lower(collapse_whitespace(title))) != std::string::npos;
}

// Inside the body's run, between its good paragraphs, a short sentence the copy set as a
// paragraph of its own is the article's: an interview's question, a one-line paragraph, a
// subheading that asks. Furniture is left out as everywhere (lexicon words, widgets, comment
// headers, bylines, datelines, credits, captions the page repeats); so is a line that
// introduces what follows (a colon: a list of links may follow), a teaser cut off with an
// ellipsis, and any line that does not end as a sentence does (labels, names, link titles).
bool is_paragraph_inside_body(const TextBlock& b, bool repeated) {
  if (repeated || has_furniture_mark(b)) return false;
  if (b.group_size != 1 || b.word_count == 0 || !b.ends_sentence || is_metadata_line(b)) return false;
  return final_mark(b.text) != ':' && !ends_with_ellipsis(b.text);
}

// Inside the body's run, a subheading cut from the paragraph above by a link to another story
// set between them ("Read more: TITLE"): a title-like line standing alone as its own paragraph
// between that link and a paragraph of prose, which it heads. Without the link such a line is
// classified with its neighbours already; a caption or a source line under a paragraph is none.
bool is_subheading_inside_body(const std::vector<TextBlock>& blocks, std::size_t i, bool repeated,
                               const HeadlineConfig& config) {
  const TextBlock& b = blocks[i];
  if (repeated || b.group_size != 1 || has_furniture_mark(b)) return false;
  if (i < 2 || i + 1 >= blocks.size() || is_metadata_line(b) || !is_title_like(b, config)) return false;
  const TextBlock& link = blocks[i - 1];
  if (link.boilerplate != BoilerplateKind::kRelated || blocks[i - 2].final_class != BlockClass::kGood) return false;
  const TextBlock& next = blocks[i + 1];
  const bool prose = classed_as_prose(next);
  return prose && next.final_class == BlockClass::kGood && next.group_size == 1;
}

// The author's box under the text: its note and name line, known by a person's name printed on
// the line right above the last paragraph (`sources`: each paragraph's block), else by the
// byline. Higher up, a name over a paragraph that opens with it is a picture's caption or a
// subheading. A body that would be left empty keeps them: it is then about its author.
void drop_author_box(Article& article, const std::vector<TextBlock>& blocks, const std::vector<std::size_t>& sources) {
  std::vector<std::string> paragraphs = article.paragraphs;
  std::size_t dropped = 0;
  if (!sources.empty() && sources.back() > 0 && looks_like_person_name(blocks[sources.back() - 1].text)) {
    dropped = drop_author_lines(paragraphs, blocks[sources.back() - 1].text);
  }
  if (dropped == 0) dropped = drop_author_lines(paragraphs, article.metadata.byline);
  if (dropped > 0 && !paragraphs.empty()) article.paragraphs = std::move(paragraphs);
}

// The body [first, last) with its ends set where the article's are, which the densest run cannot
// tell: what closes it is cut off (the site's appeal for support, the teasers of other stories
// under a related-articles label, a comment form, the site's login and sign-up forms, and what
// follows them), and its opening above a box set into the text (contents, a product box) is
// taken back, below the headline at `headline`. The box's lines are marked in
// `left_out`.
std::pair<std::size_t, std::size_t> with_article_ends(const std::vector<TextBlock>& blocks, std::size_t headline,
                                                      std::size_t first, std::size_t last, std::size_t prose_length,
                                                      std::vector<bool>& left_out) {
  last = support_appeal_start(blocks, first, last);
  last = end_before_related_teasers(blocks, first, last);
  last = end_before_comment_form(blocks, first, last);
  last = account_form_start(blocks, first, last);
  last = rights_note_start(blocks, first, last);
  const auto [intro_first, intro_last] = intro_above_body(blocks, headline, first, prose_length);
  for (std::size_t i = intro_last; i < first; ++i) left_out[i] = true;
  return {intro_first, last};
}

// A line that reads as a sentence of prose by its own features.
bool is_prose_sentence(const TextBlock& block) {
  const bool prose = classed_as_prose(block);
  return prose && block.ends_sentence;
}

// Whether a copied line is a table's row: at least two cells with text, split by tabs.
bool is_table_row(std::string_view raw) {
  // Most lines hold no tab: they are no row, and are not collapsed a second time to learn it.
  if (raw.find('\t') == std::string_view::npos) return false;
  std::size_t cells = 0;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find('\t', start);
    if (end == std::string_view::npos) end = raw.size();
    if (!collapse_whitespace(raw.substr(start, end - start)).empty()) ++cells;
    start = end + 1;
  }
  return cells >= 2;
}

}  // namespace

std::vector<TextBlock> blocks_from_text(std::string_view text) {
  std::vector<TextBlock> blocks;
  std::size_t group_start = 0;  // first block of the current blank-line-delimited group
  auto close_group = [&] {
    for (std::size_t i = group_start; i < blocks.size(); ++i) blocks[i].group_size = blocks.size() - group_start;
    group_start = blocks.size();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    std::string line = collapse_whitespace(raw);
    if (line.empty()) {
      close_group();
    } else {
      TextBlock block;
      block.text = std::move(line);
      block.table_row = is_table_row(raw);
      blocks.push_back(std::move(block));
    }
    start = end + 1;
  }
  close_group();
  return blocks;
}

std::string guess_block_language(const std::vector<TextBlock>& blocks) {
  // Pages written mostly in scripts without spaces have no list; their menus' English words
  // must not decide the language.
  std::size_t cjk = 0;
  std::size_t letters = 0;
  for (const auto& block : blocks) {
    std::size_t pos = 0;
    while (pos < block.text.size()) {
      const char32_t cp = next_code_point(block.text, pos);
      if (!is_word_char(cp)) continue;
      ++letters;
      if (is_cjk(cp)) ++cjk;
    }
  }
  if (cjk * 10 >= letters * 3) return {};
  // Prose decides: lines of several words, which menus rarely have.
  constexpr std::size_t kMinWords = 8;
  std::string prose;
  for (const auto& block : blocks) {
    if (word_tokens(block.text).size() >= kMinWords) {
      prose.append(block.text);
      prose.push_back('\n');
    }
  }
  if (prose.empty()) {
    for (const auto& block : blocks) {
      prose.append(block.text);
      prose.push_back('\n');
    }
  }
  return guess_language_by_stopwords(prose);
}

Article clean_copied_text(std::string_view text, const std::string& source_path, const TextCleanConfig& config) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  const std::string language = guess_block_language(blocks);
  compute_block_features(blocks, language, config.blocks);
  const BlockConfig block_config = calibrated_config(blocks, config.blocks);
  // The headline is chosen over the run as found with credits in place; the body is the run with
  // them absent, which may take back a lead set above a picture. A lead taken back so does not
  // move the headline (its features look at the run's opening), and a run found elsewhere is not
  // taken at all.
  std::vector<TextBlock> with_credits = blocks;
  std::vector<bool> repeated;
  auto [body_start, body_end] =
      find_body(with_credits, block_config, config.furniture_repeats, config.gallery_repeats, CreditLines::kInPlace, repeated);
  std::vector<bool> repeated_without_credits;
  const auto [lead_start, lead_end] = find_body(blocks, block_config, config.furniture_repeats, config.gallery_repeats,
                                                CreditLines::kAbsent, repeated_without_credits);
  const bool overlaps = lead_start < body_end && body_start < lead_end;
  if (!overlaps) blocks = with_credits;

  Article article;
  article.metadata.source_path = source_path;
  article.metadata.input_kind = InputKind::kText;
  article.metadata.language = language;

  // Title-like lines opening the run are candidates too. When one of them is the headline, the body
  // starts under it (a dek below stays); otherwise only the first, a kicker or label, is dropped.
  std::size_t heads_end = skip_leading_headings(with_credits, body_start, body_end, config.headline);
  std::size_t headline = pick_headline(with_credits, heads_end, language, config.headline);
  // A title line just inside the run with the article's date or byline next to it is the
  // headline when it scores above the best line before the run: the run began too early.
  const auto inner = find_inner_headline(with_credits, heads_end, body_end, language, config.headline);
  double chosen_score = best_headline_score(with_credits, heads_end, language, config.headline);
  if (inner && inner->score > chosen_score) {
    headline = inner->index;
    heads_end = headline + 1;
    chosen_score = inner->score;
  }
  // A title line above the run with the article's date or byline next to it and a sentence under
  // them is the headline when it scores, with the body starting at that sentence, above the line
  // chosen so far: the run began too late, past an opening the classifier found too weak.
  auto head = find_head_above_run(with_credits, body_start, language, config.headline);
  if (head && head->score > chosen_score) {
    headline = head->index;
    heads_end = headline + 1;
  } else {
    head.reset();
  }
  if (headline >= heads_end) {
    // No line scored as a headline: the nearest title-like line above the body, whatever its length.
    HeadlineConfig relaxed = config.headline;
    relaxed.search_lines = heads_end;
    relaxed.weights.label = 0.0;
    headline = pick_headline(with_credits, heads_end, language, relaxed);
  }
  const std::size_t run_start = body_start;
  if (headline >= body_start && headline < heads_end) {
    body_start = headline + 1;
  } else if (heads_end > body_start && !with_credits[body_start].ends_sentence &&
             with_credits[body_start].word_count <= config.max_kicker_words) {
    // No heading of the run is the headline: drop its first line, a kicker or label, but keep a
    // question that opens the text, and a longer line (a dek, a lead without a full stop).
    ++body_start;
  }
  if (headline < heads_end) article.title = strip_site_suffix(with_credits[headline].text, with_credits);

  if (overlaps) {
    // A lead taken back stands above the run's first line and under the headline.
    if (lead_start < run_start && (headline >= heads_end || headline < lead_start)) body_start = lead_start;
    body_end = lead_end;
    repeated = std::move(repeated_without_credits);
  }

  if (head && run_start - head->index - 1 > LeadConfig{}.max_gap_lines) {
    // The body starts at the head's first sentence; it and the prose lines right under it are
    // the article's, however weak each looked to the classifier. Nearer the run, the lines
    // between the head and it are lead_above_body's to judge (a lead, a dek, an author's note).
    body_start = std::min(body_start, head->prose);
    for (std::size_t i = head->prose; i < blocks.size() && is_prose_sentence(blocks[i]); ++i) {
      blocks[i].final_class = BlockClass::kGood;
    }
  }
  std::size_t body_length = 0;
  std::vector<std::size_t> sources;  // each paragraph's block
  bool sentence = false;  // a paragraph of the body is a sentence of several words
  std::vector<bool> link_list = inline_link_lists(blocks, block_config.length_low);
  mark_related_link_groups(blocks, link_list);
  std::tie(body_start, body_end) = with_article_ends(blocks, headline < heads_end ? headline : blocks.size(), body_start,
                                                     body_end, block_config.length_low, link_list);
  body_start = lead_above_body(blocks, headline < heads_end ? headline : blocks.size(), body_start, link_list);
  mark_captions_beside_credits(blocks, body_start, body_end, link_list);
  const std::vector<bool> labels = repeated_labels(blocks);
  for (std::size_t i = body_start; i < body_end; ++i) {
    const TextBlock& block = blocks[i];
    if (link_list[i] || labels[i]) continue;
    const bool inside = i > body_start && i + 1 < body_end;
    // A table set between the article's paragraphs is the article's (figures, a fact sheet).
    const bool table = block.table_row && !repeated[i] && block.boilerplate == BoilerplateKind::kNone;
    const bool kept_inside = inside && (table || is_paragraph_inside_body(block, repeated[i]) ||
                                        is_subheading_inside_body(blocks, i, repeated[i], config.headline));
    if (block.final_class != BlockClass::kGood && !kept_inside) continue;
    // A table's row of dates and figures reads as a dateline alone; inside the body it is a row.
    if (block.initial_class != BlockClass::kGood && is_metadata_line(block) && !(inside && table)) continue;
    // The headline shown again above the text (a second heading, a print title, or a title-like
    // line that holds it with a few words around: "Live: HEADLINE - what next?") is not body.
    if (article.paragraphs.empty() && !article.title.empty() && shows_headline_again(block, article.title, config.headline)) {
      continue;
    }
    body_length += block.effective_length;
    sentence = sentence || (block.ends_sentence && block.word_count >= config.min_sentence_words);
    sources.push_back(i);
    // A teaser copied as one line starts with the headline ("Title Lead sentence ..."): the
    // headline is said once, as the headline.
    if (article.paragraphs.empty() && !article.title.empty()) {
      article.paragraphs.push_back(without_title_prefix(block.text, article.title));
      continue;
    }
    article.paragraphs.push_back(block.text);
  }
  if (article.paragraphs.empty() || (body_length < config.min_body_length && !sentence)) {
    throw Error::no_article(source_path);
  }

  // Metadata lines are near the headline: before the body or just inside it.
  const std::size_t meta_first = body_start > config.metadata_search_lines ? body_start - config.metadata_search_lines : 0;
  const std::size_t meta_last = std::min(body_end, body_start + 3);
  for (std::size_t i = meta_first; i < meta_last; ++i) {
    const std::string& line = blocks[i].text;
    if (article.metadata.byline.empty() && looks_like_byline(line)) article.metadata.byline = byline_names(line);
    if (article.metadata.date.empty() && looks_like_dateline(line)) article.metadata.date = line;
  }
  drop_author_box(article, blocks, sources);
  if (!sources.empty() && sources.front() > 0) drop_opening_author_note(article.paragraphs, blocks[sources.front() - 1].text);
  return article;
}

}  // namespace briefcast
