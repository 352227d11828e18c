#include "clean/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "clean/json_ld.h"
#include "clean/metadata_lines.h"
#include "clean/stopwords.h"
#include "clean/unicode_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

// Deeper trees are pathological (or hostile); their far leaves are not article text.
constexpr int kMaxDomDepth = 400;

// Class/id words of page furniture, and of article containers (readability's lists, which
// record what sites name these parts).
constexpr std::array<std::string_view, 30> kUnlikelyHints = {
    "banner",   "breadcrumb", "combx",   "comment",  "community", "disqus",   "extra",     "footer",
    "gdpr",     "header",     "menu",    "related",  "remark",    "replies",  "rss",       "shoutbox",
    "sidebar",  "skyscraper", "social",  "sponsor",  "pagination", "pager",   "popup",     "share",
    "newsletter", "cookie",   "caption", "subscribe", "promo",    "ad-break"};
constexpr std::array<std::string_view, 7> kMaybeHints = {"and", "article", "body", "column", "content", "main",
                                                         "shadow"};
constexpr std::array<std::string_view, 13> kPositiveHints = {"article", "body", "content", "entry", "hentry",
                                                             "h-entry", "main",  "page",    "post",  "text",
                                                             "blog",    "story", "articlebody"};
constexpr std::array<std::string_view, 20> kNegativeHints = {
    "hidden", "banner", "combx",  "comment",  "com-",    "contact", "foot",  "footer", "footnote", "masthead",
    "media",  "meta",   "outbrain", "promo",  "related", "share",   "sidebar", "sponsor", "widget", "tags"};

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

bool contains_any(std::string_view text, const auto& words) {
  for (const auto word : words) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

std::string attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? std::string() : std::string(attr->value);
}

// Lower-cased class and id, the words readability judges an element by.
std::string class_and_id(const GumboNode* node) {
  std::string hints = attribute(node, "class");
  hints.push_back(' ');
  hints.append(attribute(node, "id"));
  std::transform(hints.begin(), hints.end(), hints.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return hints;
}

bool is_heading_tag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

// Elements whose content is never article text a reader sees. (Not <form>: some sites wrap
// the whole page in one.)
bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool is_hidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  std::string style = attribute(node, "style");
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  std::transform(style.begin(), style.end(), style.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// Readability drops elements whose class/id names furniture unless they also name content.
bool is_unlikely_candidate(const GumboNode* node, const std::string& hints) {
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
      tag == GUMBO_TAG_A) {
    return false;
  }
  return contains_any(hints, kUnlikelyHints) && !contains_any(hints, kMaybeHints);
}

int class_weight(const std::string& hints) {
  constexpr int kHintWeight = 25;
  int weight = 0;
  if (contains_any(hints, kNegativeHints)) weight -= kHintWeight;
  if (contains_any(hints, kPositiveHints)) weight += kHintWeight;
  return weight;
}

struct HtmlBlock {
  TextBlock block;
  const GumboNode* owner = nullptr;  // the block element the text was collected in
  bool in_article = false;           // inside <article>, <main> or itemprop=articleBody
  bool near_image = false;           // in or beside the element of an <img>
};

struct ElementStats {
  std::size_t chars = 0;       // non-space code points of visible text in the subtree
  std::size_t link_chars = 0;  // of those, inside links
  double score = 0.0;          // readability content score
  bool scored = false;
};

struct PageInfo {
  std::string lang;
  std::string title;
  std::string og_title;
  std::string og_site;
  std::string meta_author;
  std::string meta_date;
  std::vector<std::string> h1s;
  JsonLdArticle json_ld;
};

std::size_t non_space_chars(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_space(next_code_point(text, pos))) ++count;
  }
  return count;
}

std::string node_text(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  // Iterative, children pushed in reverse so text comes out in document order.
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      out.append(n->v.text.text);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
  return out;
}

// One walk over the DOM: page metadata, text blocks and per-element text statistics.
class DomWalker {
 public:
  explicit DomWalker(PageInfo& info) : info_(info) {}

  void walk(const GumboNode* node, int depth) {
    if (depth > kMaxDomDepth) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      add_text(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    collect_metadata(node, tag);
    if (is_skipped_tag(tag) || is_hidden(node) || is_unlikely_candidate(node, class_and_id(node))) {
      // Hidden parts still carry metadata (<head>, JSON-LD scripts anywhere).
      scan_metadata(node, depth);
      return;
    }
    if (tag == GUMBO_TAG_BR) {
      flush();
      return;
    }
    if (tag == GUMBO_TAG_IMG) {
      image_owner_ = owners_.empty() ? nullptr : owners_.back();
      return;
    }

    const bool block = is_block_tag(tag);
    if (block) {
      flush();
      owners_.push_back(node);
    }
    const bool article = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || attribute(node, "itemprop") == "articleBody";
    if (tag == GUMBO_TAG_A) ++link_depth_;
    if (is_heading_tag(tag)) ++heading_depth_;
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD) ++list_depth_;
    if (article) ++article_depth_;

    const std::size_t chars_before = total_chars_;
    const std::size_t links_before = total_link_chars_;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) walk(static_cast<const GumboNode*>(children.data[i]), depth + 1);

    if (block) flush();
    ElementStats& stats = stats_[node];
    stats.chars = total_chars_ - chars_before;
    stats.link_chars = total_link_chars_ - links_before;

    if (tag == GUMBO_TAG_A) --link_depth_;
    if (is_heading_tag(tag)) --heading_depth_;
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD) --list_depth_;
    if (article) --article_depth_;
    if (block) owners_.pop_back();
  }

  void finish() { flush(); }

  std::vector<HtmlBlock>& blocks() { return blocks_; }
  std::unordered_map<const GumboNode*, ElementStats>& stats() { return stats_; }

 private:
  void add_text(std::string_view text) {
    if (current_.empty()) {
      current_heading_ = heading_depth_ > 0;
      current_list_ = list_depth_ > 0;
      current_article_ = article_depth_ > 0;
    }
    current_.append(text);
    const std::size_t chars = non_space_chars(text);
    current_chars_ += chars;
    total_chars_ += chars;
    if (link_depth_ > 0) {
      current_link_chars_ += chars;
      total_link_chars_ += chars;
    }
  }

  void flush() {
    if (current_chars_ > 0) {
      HtmlBlock out;
      out.block.text = collapse_whitespace(current_);
      out.block.link_density = static_cast<double>(current_link_chars_) / static_cast<double>(current_chars_);
      out.block.is_heading = current_heading_;
      out.block.is_list_item = current_list_;
      out.owner = owners_.empty() ? nullptr : owners_.back();
      out.in_article = current_article_;
      // Short text in the element that holds an image (or in its parent) is the image's caption.
      out.near_image = image_owner_ != nullptr && out.owner != nullptr &&
                       image_owner_ == out.owner;
      blocks_.push_back(std::move(out));
    }
    current_.clear();
    current_chars_ = 0;
    current_link_chars_ = 0;
  }

  void scan_metadata(const GumboNode* node, int depth) {
    if (depth > kMaxDomDepth || node->type != GUMBO_NODE_ELEMENT) return;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      collect_metadata(child, child->v.element.tag);
      scan_metadata(child, depth + 1);
    }
  }

  void collect_metadata(const GumboNode* node, GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_HTML:
        if (info_.lang.empty()) info_.lang = attribute(node, "lang");
        break;
      case GUMBO_TAG_TITLE:
        if (info_.title.empty()) info_.title = collapse_whitespace(node_text(node));
        break;
      case GUMBO_TAG_H1:
        info_.h1s.push_back(collapse_whitespace(node_text(node)));
        break;
      case GUMBO_TAG_META: {
        std::string key = attribute(node, "property");
        if (key.empty()) key = attribute(node, "name");
        std::transform(key.begin(), key.end(), key.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
        const std::string content = collapse_whitespace(attribute(node, "content"));
        if (content.empty()) break;
        if (key == "og:title" && info_.og_title.empty()) info_.og_title = content;
        if (key == "og:site_name" && info_.og_site.empty()) info_.og_site = content;
        if (key == "author" && info_.meta_author.empty()) info_.meta_author = content;
        if ((key == "article:published_time" || key == "date" || key == "pubdate" || key == "dc.date") &&
            info_.meta_date.empty()) {
          info_.meta_date = content;
        }
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type") == "application/ld+json") read_json_ld(node_text(node), info_.json_ld);
        break;
      default:
        break;
    }
  }

  PageInfo& info_;
  std::vector<HtmlBlock> blocks_;
  std::unordered_map<const GumboNode*, ElementStats> stats_;
  std::vector<const GumboNode*> owners_;
  const GumboNode* image_owner_ = nullptr;
  std::string current_;
  std::size_t current_chars_ = 0;
  std::size_t current_link_chars_ = 0;
  bool current_heading_ = false;
  bool current_list_ = false;
  bool current_article_ = false;
  std::size_t total_chars_ = 0;
  std::size_t total_link_chars_ = 0;
  int link_depth_ = 0;
  int heading_depth_ = 0;
  int list_depth_ = 0;
  int article_depth_ = 0;
};

double link_density(const ElementStats& stats) {
  return stats.chars == 0 ? 0.0 : static_cast<double>(stats.link_chars) / static_cast<double>(stats.chars);
}

int tag_weight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

std::size_t comma_count(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x060C) ++count;
  }
  return count;
}

// Readability's scoring: each paragraph gives points to its ancestors (fewer the further up),
// containers start from their tag and class/id, and a container's score is discounted by the
// share of its text inside links. Returns the best container, or nullptr.
const GumboNode* best_container(const std::vector<HtmlBlock>& blocks,
                                std::unordered_map<const GumboNode*, ElementStats>& stats,
                                const HtmlCleanConfig& config) {
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
    for (int level = 0; level < kAncestorLevels && ancestor != nullptr && ancestor->type == GUMBO_NODE_ELEMENT;
         ++level) {
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

// The best container and those of its siblings that look like more of the same article.
std::unordered_set<const GumboNode*> content_roots(const GumboNode* top,
                                                   const std::unordered_map<const GumboNode*, ElementStats>& stats,
                                                   const HtmlCleanConfig& config) {
  std::unordered_set<const GumboNode*> roots{top};
  const GumboNode* parent = top->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return roots;
  const double top_score = stats.at(top).score;
  const double threshold = std::max(10.0, top_score * config.sibling_score_share);
  const std::string top_class = attribute(top, "class");
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling == top || sibling->type != GUMBO_NODE_ELEMENT) continue;
    const auto it = stats.find(sibling);
    if (it == stats.end()) continue;
    double bonus = 0.0;
    if (!top_class.empty() && attribute(sibling, "class") == top_class) bonus += top_score * 0.2;
    if (it->second.scored && it->second.score + bonus >= threshold) {
      roots.insert(sibling);
      continue;
    }
    if (sibling->v.element.tag == GUMBO_TAG_P) {
      const std::string text = collapse_whitespace(node_text(sibling));
      const double density = link_density(it->second);
      const std::size_t length = code_point_count(text);
      if ((length > 80 && density < 0.25) || (length > 0 && density == 0.0 && ends_with_sentence_punctuation(text))) {
        roots.insert(sibling);
      }
    }
  }
  return roots;
}

bool inside_any(const GumboNode* node, const std::unordered_set<const GumboNode*>& roots) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent) {
    if (roots.count(n) > 0) return true;
  }
  return false;
}

// Lower-cased word 3-grams (single words for shorter texts), for comparing texts.
std::unordered_set<std::string> shingles(std::string_view text) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  std::unordered_set<std::string> out;
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

double containment(const std::unordered_set<std::string>& part, const std::unordered_set<std::string>& whole) {
  if (part.empty()) return 0.0;
  std::size_t hits = 0;
  for (const auto& s : part) hits += whole.count(s);
  return static_cast<double>(hits) / static_cast<double>(part.size());
}

// Removes a site name suffix or prefix ("Headline | Site", "Site - Headline").
std::string strip_site_name(const std::string& title) {
  constexpr std::array<std::string_view, 5> kSeparators = {" | ", " - ", " – ", " — ", " :: "};
  std::string best = title;
  for (const auto sep : kSeparators) {
    const std::size_t pos = title.rfind(sep);
    if (pos == std::string::npos) continue;
    const std::string head = title.substr(0, pos);
    const std::string tail = title.substr(pos + sep.size());
    const std::string& longer = word_tokens(head).size() >= word_tokens(tail).size() ? head : tail;
    if (word_tokens(longer).size() >= 3 && longer.size() < best.size()) best = longer;
  }
  return best;
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

std::string choose_headline(const PageInfo& info) {
  const std::string title = strip_site_name(info.title);
  std::string reference = !info.og_title.empty() ? strip_site_name(info.og_title) : title;
  if (reference.empty()) reference = info.json_ld.headline;
  // An <h1> that agrees with the page's own title is the visible headline.
  std::string best;
  double best_overlap = 0.0;
  for (const auto& h1 : info.h1s) {
    const double overlap = word_overlap(h1, reference);
    if (!h1.empty() && overlap > best_overlap) {
      best_overlap = overlap;
      best = h1;
    }
  }
  if (!best.empty() && best_overlap >= 0.5) return best;
  if (!info.json_ld.headline.empty()) return collapse_whitespace(info.json_ld.headline);
  if (!reference.empty()) return reference;
  if (!info.h1s.empty()) return info.h1s.front();
  return {};
}

std::string normalize_language(std::string lang) {
  lang = collapse_whitespace(lang);
  std::replace(lang.begin(), lang.end(), '_', '-');
  return lang;
}

// An upper bound on how deeply `html` nests elements, from a linear scan of its tags: every
// start tag that is not void or self-closed opens a level, every end tag closes one. Unclosed
// tags count as open, which is what makes a parser's tree deep.
std::size_t estimated_nesting_depth(std::string_view html) {
  static const std::unordered_set<std::string> kVoid = {"area", "base", "br", "col", "embed", "hr", "img",
                                                         "input", "link", "meta", "source", "track", "wbr"};
  std::size_t depth = 0, deepest = 0;
  for (std::size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    const bool closing = html[i + 1] == '/';
    std::size_t name_start = i + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    if (name_end == name_start) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    std::size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    std::string name(html.substr(name_start, name_end - name_start));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool self_closed = html[tag_end - 1] == '/';
    if (!self_closed && kVoid.count(name) == 0) deepest = std::max(deepest, ++depth);
    i = tag_end;
  }
  return deepest;
}

}  // namespace

Article clean_html(std::string_view html, const std::string& source_path, const HtmlCleanConfig& config) {
  // The HTML5 tree builder's cost grows with the square of the nesting depth; real pages stay
  // in the tens, so a page nested thousands deep is refused rather than parsed for minutes.
  if (estimated_nesting_depth(html) > config.max_nesting_depth) {
    throw Error(Stage::kClean, source_path,
                "HTML nested more than " + std::to_string(config.max_nesting_depth) + " levels deep; not parsed");
  }
  GumboPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output) throw Error::no_article(source_path);

  PageInfo info;
  DomWalker walker(info);
  walker.walk(output->root, 0);
  walker.finish();
  std::vector<HtmlBlock>& page = walker.blocks();

  std::vector<TextBlock> all;
  all.reserve(page.size());
  for (const auto& b : page) all.push_back(b.block);
  std::string language = normalize_language(info.lang);
  std::string primary = to_lower(language.substr(0, language.find('-')));
  if (std::find(stopword_languages().begin(), stopword_languages().end(), primary) == stopword_languages().end()) {
    primary.clear();
  }
  // Trust the page's own lang only when its stop words are there; pages often keep a template's.
  const std::string guessed = [&] {
    std::string prose;
    for (const auto& b : all) {
      if (word_tokens(b.text).size() >= 8) prose.append(b.text).push_back('\n');
    }
    return guess_language_by_stopwords(prose);
  }();
  // A declared language without a list (ja, ko, zh, ...) is believed: English words in its
  // menus would otherwise win the guess.
  const bool declared_unlisted = !language.empty() && primary.empty();
  if (!guessed.empty() && guessed != primary && !declared_unlisted) primary = guessed;
  if (language.empty()) language = guessed;

  compute_block_features(all, primary, config.blocks);
  const BlockConfig block_config = calibrated_config(all, config.blocks);
  classify_blocks(all, block_config);
  for (std::size_t i = 0; i < page.size(); ++i) page[i].block = all[i];

  const GumboNode* top = best_container(page, walker.stats(), config);

  Article article;
  article.metadata.source_path = source_path;
  article.metadata.input_kind = InputKind::kHtml;
  article.metadata.language = language;
  article.metadata.site = !info.og_site.empty() ? info.og_site : collapse_whitespace(info.json_ld.publisher);
  article.metadata.byline = !info.json_ld.author.empty() ? collapse_whitespace(info.json_ld.author) : info.meta_author;
  article.metadata.date = !info.json_ld.date_published.empty() ? info.json_ld.date_published : info.meta_date;
  article.title = choose_headline(info);

  std::vector<std::size_t> chosen;
  if (top != nullptr) {
    const auto roots = content_roots(top, walker.stats(), config);
    // The container's blocks as kept (good) or not (bad): its densest run is the article, so
    // teasers after a run of furniture at its end are left out.
    std::vector<TextBlock> container;
    std::vector<std::size_t> container_index;
    for (std::size_t i = 0; i < page.size(); ++i) {
      if (!inside_any(page[i].owner, roots)) continue;
      container.push_back(page[i].block);
      container.back().final_class = BlockClass::kBad;
      container_index.push_back(i);
    }
    for (std::size_t k = 0; k < container.size(); ++k) {
      const std::size_t i = container_index[k];
      const TextBlock& b = page[i].block;
      if (b.widget_token || b.link_density > config.max_body_link_density) continue;
      if (page[i].near_image && b.effective_length < config.max_caption_length) continue;
      // Inside the article's container, sentences with a few links are still prose.
      const bool linked_prose = b.effective_length >= block_config.length_low && b.ends_sentence &&
                                b.boilerplate == BoilerplateKind::kNone;
      if (b.initial_class == BlockClass::kBad && b.final_class != BlockClass::kGood && !linked_prose) continue;
      if (b.effective_length < block_config.length_high && (looks_like_byline(b.text) || looks_like_dateline(b.text))) {
        continue;
      }
      container[k].final_class = BlockClass::kGood;
    }
    const auto [run_first, run_last] = densest_good_run(container, block_config);
    for (std::size_t k = run_first; k < run_last; ++k) {
      if (container[k].final_class == BlockClass::kGood) chosen.push_back(container_index[k]);
    }
  }

  // JSON-LD articleBody, when it describes the same text, tells which blocks are the article.
  const std::string& ld_body = info.json_ld.article_body;
  if (code_point_count(ld_body) >= config.min_body_length) {
    const auto body_shingles = shingles(ld_body);
    std::vector<std::size_t> agreeing;
    std::unordered_set<std::string> covered;
    for (std::size_t i = 0; i < page.size(); ++i) {
      const auto block_shingles = shingles(page[i].block.text);
      if (containment(block_shingles, body_shingles) >= 0.6) {
        agreeing.push_back(i);
        covered.insert(block_shingles.begin(), block_shingles.end());
      }
    }
    if (containment(body_shingles, covered) >= config.json_ld_agreement) chosen = std::move(agreeing);
  }

  std::size_t body_length = 0;
  std::unordered_set<std::string> seen;
  for (const std::size_t i : chosen) {
    const std::string& text = page[i].block.text;
    if (article.paragraphs.empty() && !article.title.empty() && word_overlap(text, article.title) >= 0.8) continue;
    if (!seen.insert(text).second && page[i].block.char_count < 200) continue;
    body_length += page[i].block.effective_length;
    article.paragraphs.push_back(text);
  }
  // When the DOM holds too little (text rendered by scripts, a paywall stub), the page's own
  // articleBody is the article.
  if ((article.paragraphs.empty() || body_length < config.min_body_length) &&
      code_point_count(ld_body) >= config.min_body_length) {
    article.paragraphs.clear();
    std::size_t start = 0;
    while (start < ld_body.size()) {
      std::size_t end = ld_body.find('\n', start);
      if (end == std::string::npos) end = ld_body.size();
      std::string paragraph = collapse_whitespace(std::string_view(ld_body).substr(start, end - start));
      if (!paragraph.empty()) article.paragraphs.push_back(std::move(paragraph));
      start = end + 1;
    }
    body_length = code_point_count(ld_body);
  }
  if (article.paragraphs.empty() || body_length < config.min_body_length) throw Error::no_article(source_path);
  if (article.title.empty()) article.title = article.paragraphs.front();
  return article;
}

}  // namespace briefcast
