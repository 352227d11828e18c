// clean: page text or HTML -> Article {title, paragraphs, metadata}.
// Finds the article in whatever a person saved or copied from a news page and drops the page
// debris around it (navigation, section labels, widget token runs, share bars, footers, ...).
// Pure: no I/O. Thread-safe: no shared state.
#pragma once

#include <string>
#include <string_view>

#include "clean/html_extractor.h"
#include "clean/text_cleaner.h"
#include "model/article.h"

namespace briefcast {

struct CleanConfig {
  // Pages are sniffed (HTML markup vs. copied text) unless a kind is forced here.
  bool force_text = false;
  bool force_html = false;
  // The rules' thresholds for each kind of input (defaults tuned on the cleaning-dev corpus).
  TextCleanConfig text;
  HtmlCleanConfig html;
};

// Returns the article found in `page`. `source_path` is only used for metadata and errors.
// Throws Error (Stage::kClean, "no article text found") when nothing article-like remains.
Article clean_article(std::string_view page, const std::string& source_path, const CleanConfig& config = {});

// True when `page` looks like HTML markup rather than copied text (by content, not file name).
bool looks_like_html(std::string_view page);

}  // namespace briefcast
