// Recognizes text that is already an article in plain form: a headline line, then paragraphs
// separated by blank lines, each ending as a sentence ends. Such text has no page debris to
// drop (no menus, labels or widget lines, which never end in sentence punctuation), so it is
// taken whole, however short, instead of being judged block by block like a copied page.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/article.h"

namespace briefcast {

struct PlainArticleConfig {
  std::size_t max_title_bytes = 300;
};

// The article when `text` (UTF-8) is in plain form, std::nullopt when it is not.
std::optional<Article> read_plain_article(std::string_view text, const std::string& source_path,
                                          const PlainArticleConfig& config = {});

}  // namespace briefcast
