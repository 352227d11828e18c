#include "clean/html_extractor.h"

#include <algorithm>
#include <unordered_set>

#include "clean/author_lines.h"
#include "clean/html_depth.h"
#include "clean/html_dom.h"
#include "clean/html_embedded.h"
#include "clean/html_headline.h"
#include "clean/html_headline_repeat.h"
#include "clean/html_similarity.h"
#include "clean/stopwords.h"
#include "clean/unicode_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

// ASCII letters upper-cased (enough to tell a label set in capitals: other letters compare as
// they are on both sides).
std::string to_upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string normalize_language(std::string lang) {
  lang = collapse_whitespace(lang);
  std::replace(lang.begin(), lang.end(), '_', '-');
  return lang;
}

struct PageLanguage {
  std::string tag;      // for the metadata: declared, else guessed
  std::string primary;  // for the stop-word lists; empty when none applies
};

// Trusts the page's own lang only when its stop words are there: pages often keep a template's.
PageLanguage page_language(const std::string& declared_lang, const std::vector<TextBlock>& blocks) {
  PageLanguage out;
  out.tag = normalize_language(declared_lang);
  out.primary = to_lower(out.tag.substr(0, out.tag.find('-')));
  const auto& listed = stopword_languages();
  if (std::find(listed.begin(), listed.end(), out.primary) == listed.end()) out.primary.clear();
  std::string prose;
  for (const auto& b : blocks) {
    if (word_tokens(b.text).size() >= 8) prose.append(b.text).push_back('\n');
  }
  const std::string guessed = guess_language_by_stopwords(prose);
  // A declared language without a list (ja, ko, zh, ...) is believed: English words in its
  // menus would otherwise win the guess.
  const bool declared_unlisted = !out.tag.empty() && out.primary.empty();
  if (!guessed.empty() && guessed != out.primary && !declared_unlisted) out.primary = guessed;
  if (out.tag.empty()) out.tag = guessed;
  return out;
}

// Classifies the page's blocks in place; returns the config calibrated to this page's prose.
BlockConfig classify_page(HtmlPage& page, const HtmlCleanConfig& config, std::string& language) {
  std::vector<TextBlock> all;
  all.reserve(page.blocks.size());
  for (const auto& b : page.blocks) all.push_back(b.block);
  const PageLanguage lang = page_language(page.info.lang, all);
  language = lang.tag;
  compute_block_features(all, lang.primary, config.blocks);
  const BlockConfig block_config = calibrated_config(all, config.blocks);
  classify_blocks(all, block_config);
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    page.blocks[i].block = std::move(all[i]);
    // A byline, credit, sign-up box or dek is the template's, whatever its words look like.
    if (page.blocks[i].template_part) page.blocks[i].block.final_class = BlockClass::kBad;
  }
  return block_config;
}

// A question of several words: an interview series puts the same question to each guest, so a
// repeat of it is the article's text, where a repeated label ("Advertisement") is furniture.
bool is_question(std::string_view text) {
  if (text.empty() || text.back() != '?') return false;
  return std::count(text.begin(), text.end(), ' ') >= 3;
}

// The chosen blocks' text as paragraphs: the headline's lead-in (a repeat of it and the labels
// above it), short repeated blocks (labels printed twice) and, once the article has begun, the
// headline printed again (a gallery's or a share box's label) are left out. Returns the body's
// effective length.
std::size_t append_paragraphs(const HtmlPage& page, const BlockIndices& chosen, Article& article) {
  constexpr std::size_t kLongParagraph = 200;
  std::vector<std::size_t> lengths;
  std::unordered_set<std::string> seen;
  bool begun = false;
  for (const std::size_t i : chosen) {
    const TextBlock& block = page.blocks[i].block;
    if (!seen.insert(block.text).second && block.char_count < 200 && !is_question(block.text)) continue;
    if (begun && copies_headline(block.text, article.title)) continue;
    // A long paragraph is the article's: drop_headline_lead stops there too.
    begun = begun || block.char_count >= kLongParagraph;
    lengths.push_back(block.effective_length);
    article.paragraphs.push_back(block.text);
  }
  const std::size_t dropped = drop_headline_lead(article.paragraphs, article.title);
  std::size_t body_length = 0;
  for (std::size_t k = dropped; k < lengths.size(); ++k) body_length += lengths[k];
  // The author's name lines and closing note: what they held no longer counts.
  const auto total_length = [&] {
    std::size_t n = 0;
    for (const auto& p : article.paragraphs) n += code_point_count(p);
    return n;
  };
  const std::size_t before_authors = total_length();
  if (drop_author_lines(article.paragraphs, article.metadata.byline) > 0) {
    body_length -= std::min(body_length, before_authors - total_length());
  }
  return body_length;
}

// JSON-LD articleBody split at its line breaks, for pages whose DOM holds too little.
std::vector<std::string> json_ld_paragraphs(std::string_view body) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string paragraph = collapse_whitespace(body.substr(start, end - start));
    if (!paragraph.empty()) out.push_back(std::move(paragraph));
    start = end + 1;
  }
  return out;
}

void fill_metadata(const PageInfo& info, const std::string& source_path, Article& article) {
  article.metadata.source_path = source_path;
  article.metadata.input_kind = InputKind::kHtml;
  article.metadata.site = !info.og_site.empty() ? info.og_site : collapse_whitespace(info.json_ld.publisher);
  article.metadata.byline = !info.json_ld.author.empty() ? collapse_whitespace(info.json_ld.author) : info.meta_author;
  article.metadata.date = !info.json_ld.date_published.empty() ? info.json_ld.date_published : info.meta_date;
  article.title = choose_headline(info);
}


// A heading introduces what follows it: one that ends the chosen blocks heads a section that is
// not the article ("Related posts", "Comments", "Rate this article").
void drop_trailing_headings(const HtmlPage& page, BlockIndices& chosen) {
  while (!chosen.empty() && page.blocks[chosen.back()].block.is_heading) chosen.pop_back();
}

// A short label that introduces what follows it: ends with a colon ("More:", "Read also:") or is
// set in capitals ("DON'T MISS").
bool is_introducing_label(const TextBlock& b) {
  constexpr std::size_t kMaxLabelWords = 3;
  if (b.word_count == 0 || b.word_count > kMaxLabelWords) return false;
  if (b.text.back() == ':') return true;
  if (b.ends_sentence) return false;
  // Capitals without digits: "2 EL" or "153 EUR" is a quantity, not a label.
  const bool digits = std::any_of(b.text.begin(), b.text.end(), [](char c) { return c >= '0' && c <= '9'; });
  return !digits && b.text == to_upper_ascii(b.text) && b.text != to_lower(b.text);
}

// A label whose links were left out (the next block of the page, a list of links, is not
// chosen) introduces nothing that remains: it goes too.
void drop_orphan_labels(const HtmlPage& page, BlockIndices& chosen) {
  constexpr double kMinLinkDensity = 0.5;
  BlockIndices kept;
  kept.reserve(chosen.size());
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    const std::size_t i = chosen[k];
    const bool next_left_out = i + 1 < page.blocks.size() && (k + 1 == chosen.size() || chosen[k + 1] != i + 1);
    if (next_left_out && is_introducing_label(page.blocks[i].block) &&
        page.blocks[i + 1].block.link_density >= kMinLinkDensity) {
      continue;
    }
    kept.push_back(i);
  }
  chosen = std::move(kept);
}

// One extraction of the page's blocks under one walk of its tree.
struct Extraction {
  HtmlPage page;
  std::string language;
  BlockIndices chosen;
  std::size_t length = 0;
};

// The readability container (grown over split siblings), overridden by JSON-LD articleBody when
// that matches the visible blocks; when it holds too little, jusText over the whole page, then
// any prose, then all of the <article> element's text: a page with paragraphs of text yields them.
Extraction extract(const GumboNode* root, bool skip_unlikely, const HtmlCleanConfig& config) {
  Extraction e;
  WalkOptions walk;
  walk.skip_unlikely = skip_unlikely;
  e.page = walk_page(root, walk);
  const BlockConfig block_config = classify_page(e.page, config, e.language);
  if (const GumboNode* top = best_container(e.page.blocks, e.page.stats, config.readability)) {
    e.chosen = grown_container_candidate(e.page, top, content_roots(top, e.page.stats, config.readability),
                                         block_config, config.candidates);
    e.chosen = extended_candidate(e.page, e.chosen, block_config, config.candidates);
  }
  const std::string& ld_body = e.page.info.json_ld.article_body;
  if (code_point_count(ld_body) >= config.min_body_length) {
    if (auto agreeing = json_ld_candidate(e.page, ld_body, config.candidates)) {
      // A truncated articleBody (a teaser, the first paragraph) agrees with the page as well as
      // a full one: it filters the DOM's choice only when it keeps most of it.
      if (static_cast<double>(text_length(e.page, *agreeing)) >=
          config.candidates.json_ld_min_kept * static_cast<double>(text_length(e.page, e.chosen))) {
        e.chosen = std::move(*agreeing);
      }
    }
  }
  drop_orphan_labels(e.page, e.chosen);
  drop_trailing_headings(e.page, e.chosen);
  e.length = text_length(e.page, e.chosen);
  for (auto fallback :
       {block_pass_candidate(e.page, block_config), prose_candidate(e.page), article_element_candidate(e.page)}) {
    if (e.length >= config.min_body_length) break;
    const std::size_t length = text_length(e.page, fallback);
    if (length > e.length) {
      e.chosen = std::move(fallback);
      e.length = length;
    }
  }
  return e;
}

// The article from one extraction: headline, metadata and the chosen blocks as paragraphs (or
// the page's articleBody when the DOM holds too little). Returns the body's effective length.
std::size_t article_from(const Extraction& e, const std::string& source_path, const HtmlCleanConfig& config,
                         Article& article) {
  article = Article{};
  fill_metadata(e.page.info, source_path, article);
  article.metadata.language = e.language;
  std::size_t body_length = append_paragraphs(e.page, e.chosen, article);
  // When the DOM holds too little (text rendered by scripts, a paywall stub), the page's own
  // articleBody is the article.
  const std::string& ld_body = e.page.info.json_ld.article_body;
  if (body_length < config.min_body_length && code_point_count(ld_body) >= config.min_body_length) {
    article.paragraphs = json_ld_paragraphs(ld_body);
    drop_headline_lead(article.paragraphs, article.title);
    body_length = code_point_count(ld_body);
  }
  return body_length;
}

}  // namespace

Article clean_html(std::string_view html, const std::string& source_path, const HtmlCleanConfig& config) {
  if (estimated_nesting_depth(html) > config.max_nesting_depth) {
    throw Error(Stage::kClean, source_path,
                "HTML nested more than " + std::to_string(config.max_nesting_depth) + " levels deep; not parsed");
  }
  const GumboPtr output = parse_html(html);
  if (!output) throw Error::no_article(source_path);
  Article article;
  std::size_t body_length = article_from(extract(output->root, true, config), source_path, config, article);
  // Readability's retry: class names that usually mean furniture sometimes wrap the article.
  // Judged on what the article keeps (repeats of the headline and labels dropped), and taken
  // when it keeps more.
  if (body_length < config.retry_length) {
    Article all;
    const std::size_t all_length = article_from(extract(output->root, false, config), source_path, config, all);
    if (all_length > body_length) {
      article = std::move(all);
      body_length = all_length;
    }
  }
  // A page whose visible text holds no article may keep it in embedded JSON (rendered by
  // scripts): read only now, and only from the record that names the headline.
  if (body_length < config.min_body_length) {
    std::vector<std::string> embedded = embedded_prose(output->root, article.title);
    std::size_t embedded_length = 0;
    for (const auto& p : embedded) embedded_length += code_point_count(p);
    if (embedded_length > body_length) {
      drop_headline_lead(embedded, article.title);
      article.paragraphs = std::move(embedded);
      body_length = embedded_length;
    }
  }
  if (article.paragraphs.empty() || body_length < config.min_body_length) throw Error::no_article(source_path);
  return article;
}

}  // namespace briefcast
