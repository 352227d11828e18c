#include "clean/text_cleaner.h"

#include <unordered_map>
#include <unordered_set>

#include "clean/metadata_lines.h"
#include "clean/stopwords.h"
#include "clean/unicode_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

// A line that can be a headline: a few words, no final full stop, not furniture or metadata.
bool is_title_like(const TextBlock& block, const TextCleanConfig& config) {
  const std::size_t words = std::max(block.word_count, block.effective_length / 6);
  if (words < config.headline_min_words || words > config.headline_max_words) return false;
  if (block.widget_token || block.boilerplate != BoilerplateKind::kNone) return false;
  if (looks_like_byline(block.text) || looks_like_dateline(block.text)) return false;
  // Not an attribution ("— Name, date") or a breadcrumb trail ("News > World > Europe").
  const std::string_view text = block.text;
  if (text.substr(0, 3) == "\xE2\x80\x94" || text.substr(0, 3) == "\xE2\x80\x93" || text.front() == '-') return false;
  std::size_t separators = 0;
  for (const std::string_view sep : {" > ", " \xC2\xBB ", " / ", " | "}) {
    for (std::size_t pos = text.find(sep); pos != std::string_view::npos; pos = text.find(sep, pos + 1)) ++separators;
  }
  if (separators >= 2) return false;
  // "By Jo Smith Updated ...": a byline too long for looks_like_byline is still no title.
  const auto tokens = word_tokens(text);
  if (tokens.size() >= 3) {
    const std::string lead = to_lower(tokens[0]);
    const unsigned char next = static_cast<unsigned char>(tokens[1][0]);
    if ((lead == "by" || lead == "por" || lead == "par" || lead == "von") && next >= 'A' && next <= 'Z') return false;
  }
  // Titles may end with ? or !, rarely with a full stop.
  const char last = block.text.back();
  return last != '.' && last != ':' && last != ',' && last != ';';
}

bool is_metadata_line(const TextBlock& block) {
  return looks_like_byline(block.text) || looks_like_dateline(block.text) ||
         block.boilerplate == BoilerplateKind::kCredit;
}

}  // namespace

std::vector<TextBlock> blocks_from_text(std::string_view text) {
  std::vector<TextBlock> blocks;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = collapse_whitespace(text.substr(start, end - start));
    if (!line.empty()) {
      TextBlock block;
      block.text = std::move(line);
      blocks.push_back(std::move(block));
    }
    start = end + 1;
  }
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

std::size_t find_headline(const std::vector<TextBlock>& blocks, std::size_t body_start, const TextCleanConfig& config,
                          std::string_view language) {
  // Lines seen more than once (a headline repeated in a breadcrumb or a share text) are
  // likelier to be the page title.
  std::unordered_map<std::string, int> seen;
  const std::size_t first = body_start > config.headline_search_lines ? body_start - config.headline_search_lines : 0;
  for (std::size_t i = first; i < blocks.size(); ++i) ++seen[to_lower(blocks[i].text)];

  // A headline is about the story: its content words come back in the first paragraphs.
  std::unordered_set<std::string> body_words;
  for (std::size_t i = body_start; i < std::min(blocks.size(), body_start + config.headline_body_blocks); ++i) {
    const std::string lower = to_lower(blocks[i].text);
    for (const auto token : word_tokens(lower)) body_words.emplace(token);
  }
  auto body_overlap = [&](const TextBlock& block) {
    const std::string lower = to_lower(block.text);
    std::size_t content = 0;
    std::size_t shared = 0;
    for (const auto token : word_tokens(lower)) {
      if (is_stopword(token, language)) continue;
      ++content;
      if (body_words.count(std::string(token)) > 0) ++shared;
    }
    return content == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(content);
  };

  std::size_t best = body_start;
  double best_score = 0.0;
  for (std::size_t i = first; i < body_start; ++i) {
    const TextBlock& block = blocks[i];
    if (!is_title_like(block, config)) continue;
    const double words = static_cast<double>(std::max(block.word_count, block.effective_length / 6));
    double score = std::min(words, 14.0);
    if (words <= 3) score -= 4.0;  // section labels: "World", "Top Stories"
    if (seen[to_lower(block.text)] > 1) score += 3.0;
    score += config.headline_overlap_weight * body_overlap(block);
    score -= config.headline_distance_cost * static_cast<double>(body_start - i);  // nearer the body is likelier
    if (block.is_heading) score += 5.0;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

Article clean_copied_text(std::string_view text, const std::string& source_path, const TextCleanConfig& config) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  const std::string language = guess_block_language(blocks);
  compute_block_features(blocks, language, config.blocks);
  const BlockConfig block_config = calibrated_config(blocks, config.blocks);
  classify_blocks(blocks, block_config);
  auto [body_start, body_end] = densest_good_run(blocks, block_config);

  Article article;
  article.metadata.source_path = source_path;
  article.metadata.input_kind = InputKind::kText;
  article.metadata.language = language;

  // A title-like first block of the run is the headline that context promoted into the body.
  if (body_end > body_start + 1 && is_title_like(blocks[body_start], config) &&
      !blocks[body_start].ends_sentence && blocks[body_start].initial_class != BlockClass::kGood) {
    article.title = blocks[body_start].text;
    ++body_start;
  }

  std::size_t body_length = 0;
  for (std::size_t i = body_start; i < body_end; ++i) {
    const TextBlock& block = blocks[i];
    if (block.final_class != BlockClass::kGood) continue;
    if (block.initial_class != BlockClass::kGood && is_metadata_line(block)) continue;
    body_length += block.effective_length;
    article.paragraphs.push_back(block.text);
  }
  if (article.paragraphs.empty() || body_length < config.min_body_length) throw Error::no_article(source_path);

  if (article.title.empty()) {
    const std::size_t headline = find_headline(blocks, body_start, config, language);
    if (headline < body_start) article.title = blocks[headline].text;
  }
  if (article.title.empty()) article.title = article.paragraphs.front();

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
