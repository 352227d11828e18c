#include "clean/html_blocks.h"

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "clean/html_dom.h"
#include "clean/html_hints.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

std::size_t non_space_chars(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_space(next_code_point(text, pos))) ++count;
  }
  return count;
}

bool is_article_element(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || attribute(node, "itemprop") == "articleBody";
}

// Furniture elements a reader skips by their tag (not scripts, styles or forms' controls).
bool is_furniture_tag(GumboTag tag) {
  return tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_MENU;
}

// The elements that hold an <article>, <main> or itemprop=articleBody somewhere below them:
// an <aside> or a "sidebar" that wraps the article is the page's layout, not furniture. One
// pass over the tree; each element's ancestors are marked once.
std::unordered_set<const GumboNode*> article_wrappers(const GumboNode* root, int max_depth) {
  std::unordered_set<const GumboNode*> wrappers;
  std::vector<std::pair<const GumboNode*, int>> stack{{root, 0}};
  while (!stack.empty()) {
    // Plain variables, not a structured binding: Clang before 16 cannot capture a binding in
    // the lambda below.
    const GumboNode* node = stack.back().first;
    const int depth = stack.back().second;
    stack.pop_back();
    if (!is_element(node) || depth > max_depth) continue;
    if (is_article_element(node)) {
      for (const GumboNode* p = node->parent; p != nullptr && wrappers.insert(p).second; p = p->parent) {
      }
    }
    for_each_child(node, [&](const GumboNode* child) { stack.emplace_back(child, depth + 1); });
  }
  return wrappers;
}

// Visible code points under `node` and how many of them are inside links.
struct TextCounts {
  std::size_t chars = 0;
  std::size_t link_chars = 0;
};

void count_text(const GumboNode* node, bool in_link, int depth, TextCounts& counts) {
  if (depth > 400) return;
  if (is_text_node(node)) {
    const std::size_t chars = non_space_chars(node->v.text.text);
    counts.chars += chars;
    if (in_link) counts.link_chars += chars;
    return;
  }
  if (!is_element(node) || is_skipped_tag(node->v.element.tag) || is_hidden(node)) return;
  const bool link = in_link || node->v.element.tag == GUMBO_TAG_A;
  for_each_child(node, [&](const GumboNode* child) { count_text(child, link, depth + 1, counts); });
}

// An element named for a list of links that holds prose: at least this much unlinked text,
// and links for less than this share of it.
constexpr std::size_t kMinProseInLinkList = 200;
constexpr double kMaxLinkShareOfProse = 0.3;

bool holds_prose(const GumboNode* node) {
  TextCounts counts;
  count_text(node, false, 0, counts);
  const std::size_t unlinked = counts.chars - counts.link_chars;
  return unlinked >= kMinProseInLinkList &&
         static_cast<double>(counts.link_chars) < kMaxLinkShareOfProse * static_cast<double>(counts.chars);
}

// An element named for a byline, a credit, a sign-up box or a dek holds at most this much
// visible text; a longer one is something else that borrowed the name.
constexpr std::size_t kMaxTemplatePartChars = 250;

bool is_template_part(const GumboNode* node) {
  if (!names_short_article_furniture(class_and_id(node))) return false;
  TextCounts counts;
  count_text(node, false, 0, counts);
  return counts.chars <= kMaxTemplatePartChars;
}

// Depth counters of the elements the walk is inside; each changes a block's flags.
struct Context {
  int link = 0;
  int heading = 0;
  int list = 0;
  int article = 0;
  int template_part = 0;
};

class DomWalker {
 public:
  DomWalker(HtmlPage& page, const WalkOptions& options, std::unordered_set<const GumboNode*> wrappers)
      : page_(page), options_(options), wrappers_(std::move(wrappers)) {}

  void walk(const GumboNode* node, int depth) {
    if (depth > options_.max_depth) return;
    if (is_text_node(node)) {
      add_text(node->v.text.text);
      return;
    }
    if (!is_element(node)) return;
    const GumboTag tag = node->v.element.tag;
    collect_metadata(node, page_.info);
    const bool wraps_article = wrappers_.count(node) > 0;
    if ((is_skipped_tag(tag) && !(wraps_article && is_furniture_tag(tag))) || is_hidden(node) ||
        skipped_by_name(node, tag) || skipped_from_print(node, wraps_article) ||
        screen_reader_only(node, wraps_article) || skipped_form(node, tag, wraps_article)) {
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
    walk_element(node, tag, depth);
  }

  void finish() { flush(); }

 private:
  void walk_element(const GumboNode* node, GumboTag tag, int depth) {
    const bool block = is_block_tag(tag);
    if (block) {
      flush();
      owners_.push_back(node);
    }
    const Context saved = context_;
    if (tag == GUMBO_TAG_A) ++context_.link;
    if (is_heading_tag(tag)) ++context_.heading;
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD) ++context_.list;
    if (is_article_element(node)) ++context_.article;
    if (context_.template_part == 0 && tag != GUMBO_TAG_BODY && is_template_part(node)) ++context_.template_part;

    const std::size_t chars_before = total_chars_;
    const std::size_t links_before = total_link_chars_;
    for_each_child(node, [&](const GumboNode* child) { walk(child, depth + 1); });

    if (block) flush();
    ElementStats& stats = page_.stats[node];
    stats.chars = total_chars_ - chars_before;
    stats.link_chars = total_link_chars_ - links_before;
    context_ = saved;
    if (block) owners_.pop_back();
  }

  // What the site leaves out of a printed page, unless it holds the article (a print class on
  // a layout wrapper).
  bool skipped_from_print(const GumboNode* node, bool wraps_article) const {
    return options_.skip_unlikely && !wraps_article && names_print_hidden(class_and_id(node));
  }

  // A form (a comment box, a rating, a sign-up, a search) asks the reader for something; it is
  // not the article (Readability and trafilatura drop forms too). A form around the whole page
  // (some frameworks wrap every page in one) holds the article's prose and is walked; the walk
  // that skips nothing reads every form.
  bool skipped_form(const GumboNode* node, GumboTag tag, bool wraps_article) const {
    return options_.skip_unlikely && tag == GUMBO_TAG_FORM && !wraps_article && !holds_prose(node);
  }

  // Text for screen readers only (in both walks: no article hides there), unless it holds the
  // article.
  static bool screen_reader_only(const GumboNode* node, bool wraps_article) {
    return !wraps_article && names_screen_reader_only(class_and_id(node));
  }

  // Readability's skip of furniture by its class/id, except where the name misleads: words
  // inside a running sentence (a glossary pop-up's <span>) are part of it, and a "menu" that
  // holds mostly unlinked prose is not a menu (a tab container around a product's description).
  bool skipped_by_name(const GumboNode* node, GumboTag tag) const {
    if (!options_.skip_unlikely) return false;
    const std::string hints = class_and_id(node);
    if (!is_unlikely_candidate(tag, hints, context_.article > 0)) return false;
    if (!is_block_tag(tag) && current_chars_ > 0) return false;
    return !(names_only_link_lists(hints) && holds_prose(node));
  }

  void add_text(std::string_view text) {
    if (current_.empty()) block_context_ = context_;
    current_.append(text);
    const std::size_t chars = non_space_chars(text);
    current_chars_ += chars;
    total_chars_ += chars;
    if (context_.template_part > 0) current_template_chars_ += chars;
    if (context_.link > 0) {
      current_link_chars_ += chars;
      total_link_chars_ += chars;
    }
  }

  void flush() {
    if (current_chars_ > 0) {
      HtmlBlock out;
      out.block.text = collapse_whitespace(current_);
      out.block.link_density = static_cast<double>(current_link_chars_) / static_cast<double>(current_chars_);
      out.block.is_heading = block_context_.heading > 0;
      out.block.is_list_item = block_context_.list > 0;
      out.owner = owners_.empty() ? nullptr : owners_.back();
      out.in_article = block_context_.article > 0;
      out.near_image = image_owner_ != nullptr && out.owner != nullptr && image_owner_ == out.owner;
      out.template_part = current_template_chars_ == current_chars_;
      page_.blocks.push_back(std::move(out));
    }
    current_.clear();
    current_chars_ = 0;
    current_link_chars_ = 0;
    current_template_chars_ = 0;
  }

  void scan_metadata(const GumboNode* node, int depth) {
    if (depth > options_.max_depth) return;
    for_each_child(node, [&](const GumboNode* child) {
      if (!is_element(child)) return;
      collect_metadata(child, page_.info);
      scan_metadata(child, depth + 1);
    });
  }

  HtmlPage& page_;
  const WalkOptions& options_;
  std::unordered_set<const GumboNode*> wrappers_;
  std::vector<const GumboNode*> owners_;
  const GumboNode* image_owner_ = nullptr;
  std::string current_;
  std::size_t current_chars_ = 0;
  std::size_t current_link_chars_ = 0;
  std::size_t current_template_chars_ = 0;
  Context context_;
  Context block_context_;
  std::size_t total_chars_ = 0;
  std::size_t total_link_chars_ = 0;
};

}  // namespace

HtmlPage walk_page(const GumboNode* root, const WalkOptions& options) {
  HtmlPage page;
  DomWalker walker(page, options, article_wrappers(root, options.max_depth));
  walker.walk(root, 0);
  walker.finish();
  return page;
}

double link_density(const ElementStats& stats) {
  return stats.chars == 0 ? 0.0 : static_cast<double>(stats.link_chars) / static_cast<double>(stats.chars);
}

}  // namespace briefcast
