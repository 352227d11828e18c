#include "clean/text_cleaner.h"


#include "clean/metadata_lines.h"
#include "clean/stopwords.h"
#include "clean/text_layout.h"
#include "clean/unicode_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

bool is_metadata_line(const TextBlock& block) {
  return looks_like_byline(block.text) || looks_like_dateline(block.text) ||
         block.boilerplate == BoilerplateKind::kCredit;
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
    std::string line = collapse_whitespace(text.substr(start, end - start));
    if (line.empty()) {
      close_group();
    } else {
      TextBlock block;
      block.text = std::move(line);
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
  classify_blocks(blocks, block_config);
  const auto run = densest_good_run(blocks, block_config);
  auto [body_start, body_end] = trim_to_paragraph_layout(blocks, run.first, run.second, block_config.length_low);

  Article article;
  article.metadata.source_path = source_path;
  article.metadata.input_kind = InputKind::kText;
  article.metadata.language = language;

  // A title-like first block of the run is a heading that context promoted into the body: the
  // headline, or the line above it. It joins the candidates before the body.
  if (body_end > body_start + 1 && is_title_like(blocks[body_start], config.headline) &&
      !blocks[body_start].ends_sentence && blocks[body_start].initial_class != BlockClass::kGood) {
    ++body_start;
  }
  std::size_t headline = pick_headline(blocks, body_start, language, config.headline);
  if (headline >= body_start) {
    // No line scored as a headline: the nearest title-like line above the body, whatever its length.
    HeadlineConfig relaxed = config.headline;
    relaxed.search_lines = body_start;
    relaxed.label_cost = 0.0;
    headline = pick_headline(blocks, body_start, language, relaxed);
  }
  if (headline < body_start) article.title = strip_site_suffix(blocks[headline].text, blocks);

  std::size_t body_length = 0;
  for (std::size_t i = body_start; i < body_end; ++i) {
    const TextBlock& block = blocks[i];
    if (block.final_class != BlockClass::kGood) continue;
    if (block.initial_class != BlockClass::kGood && is_metadata_line(block)) continue;
    // The headline shown again above the text (a second heading, a print title) is not body.
    if (article.paragraphs.empty() && !article.title.empty() && same_line(block.text, article.title)) continue;
    body_length += block.effective_length;
    article.paragraphs.push_back(block.text);
  }
  if (article.paragraphs.empty() || body_length < config.min_body_length) throw Error::no_article(source_path);

  // Metadata lines are near the headline: before the body or just inside it.
  const std::size_t meta_first = body_start > config.metadata_search_lines ? body_start - config.metadata_search_lines : 0;
  const std::size_t meta_last = std::min(body_end, body_start + 3);
  for (std::size_t i = meta_first; i < meta_last; ++i) {
    const std::string& line = blocks[i].text;
    if (article.metadata.byline.empty() && looks_like_byline(line)) article.metadata.byline = byline_names(line);
    if (article.metadata.date.empty() && looks_like_dateline(line)) article.metadata.date = line;
  }
  return article;
}

}  // namespace briefcast
