// json_ld: reads the schema.org Article description that many news pages embed as
// <script type="application/ld+json"> (headline, articleBody, author, dates, publisher).
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

struct JsonLdArticle {
  std::string headline;
  std::string article_body;
  std::string author;
  std::string date_published;
  std::string publisher;
  bool found = false;  // an Article-like object was present
};

// Merges what the JSON-LD block `json` says about an Article-like object (Article,
// NewsArticle, BlogPosting, ReportageNewsArticle, ...; also inside "@graph" and arrays) into
// `article`, keeping fields already filled. Malformed JSON is ignored: pages get it wrong often.
void read_json_ld(std::string_view json, JsonLdArticle& article);

}  // namespace briefcast
