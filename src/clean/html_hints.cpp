#include "clean/html_hints.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace briefcast {

namespace {

constexpr std::array<std::string_view, 42> kUnlikelyHints = {
    "banner",   "breadcrumb", "combx",   "comment",  "community", "disqus",   "extra",     "footer",
    "gdpr",     "header",     "menu",    "related",  "remark",    "replies",  "rss",       "shoutbox",
    "sidebar",  "skyscraper", "social",  "sponsor",  "pagination", "pager",   "popup",     "share",
    "newsletter", "cookie",   "caption", "subscribe", "promo",    "ad-break", "modal", "overlay",
    "taboola",  "outbrain",   "recommend", "trending", "popular", "author-bio", "authorbio", "author-box",
    "authorbox", "about-author"};
constexpr std::array<std::string_view, 7> kMaybeHints = {"and", "article", "body", "column", "content", "main",
                                                         "shadow"};
constexpr std::array<std::string_view, 13> kPositiveHints = {"article", "body", "content", "entry", "hentry",
                                                             "h-entry", "main",  "page",    "post",  "text",
                                                             "blog",    "story", "articlebody"};
constexpr std::array<std::string_view, 20> kNegativeHints = {
    "hidden", "banner", "combx",  "comment",  "com-",    "contact", "foot",  "footer", "footnote", "masthead",
    "media",  "meta",   "outbrain", "promo",  "related", "share",   "sidebar", "sponsor", "widget", "tags"};

// The short parts of an article's template (see names_short_article_furniture).
constexpr std::array<std::string_view, 6> kShortFurnitureHints = {"byline", "credit", "signup", "dek", "deck",
                                                                  "standfirst"};

// Furniture that is a list of links: a menu, a breadcrumb trail, a pager.
constexpr std::array<std::string_view, 4> kLinkListHints = {"menu", "breadcrumb", "pagination", "pager"};

bool contains_any(std::string_view text, const auto& words) {
  for (const auto word : words) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

bool is_unlikely_candidate(GumboTag tag, const std::string& hints, bool inside_article) {
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
      tag == GUMBO_TAG_A) {
    return false;
  }
  if (contains_any(hints, kMaybeHints)) return false;
  for (const auto word : kUnlikelyHints) {
    if (inside_article && word == "header") continue;
    if (hints.find(word) != std::string::npos) return true;
  }
  return false;
}

bool names_print_hidden(const std::string& hints) {
  constexpr std::array<std::string_view, 7> kPrintHidden = {"noprint",      "no-print",     "hidden-print",
                                                            "d-print-none", "print:hidden", "print:d-none",
                                                            "hide-for-print"};
  return contains_any(hints, kPrintHidden);
}

bool names_screen_reader_only(const std::string& hints) {
  constexpr std::array<std::string_view, 7> kScreenReaderOnly = {
      "sr-only", "screen-reader", "visually-hidden", "visuallyhidden", "element-invisible", "assistive-text",
      "visible-sr"};
  return contains_any(hints, kScreenReaderOnly);
}

bool names_only_link_lists(const std::string& hints) {
  bool any = false;
  for (const auto word : kUnlikelyHints) {
    if (hints.find(word) == std::string::npos) continue;
    if (std::find(kLinkListHints.begin(), kLinkListHints.end(), word) == kLinkListHints.end()) return false;
    any = true;
  }
  return any;
}

bool names_short_article_furniture(const std::string& hints) { return contains_any(hints, kShortFurnitureHints); }

int class_weight(const std::string& hints) {
  constexpr int kHintWeight = 25;
  int weight = 0;
  if (contains_any(hints, kNegativeHints)) weight -= kHintWeight;
  if (contains_any(hints, kPositiveHints)) weight += kHintWeight;
  return weight;
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

}  // namespace briefcast
