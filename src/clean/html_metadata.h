// html_metadata: what a page says about itself outside its text: <html lang>, <title>, the
// <h1>s, meta tags (og:title, og:site_name, author, dates) and JSON-LD.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "clean/json_ld.h"

namespace briefcast {

struct PageInfo {
  std::string lang;
  std::string title;
  std::string og_title;
  std::string og_site;
  std::string meta_author;
  std::string meta_date;
  std::vector<std::string> h1s;  // white space collapsed, in document order
  // <h2> and <h3>: a blog's <h1> is often its name, with the post's title a level below.
  std::vector<std::string> subheads;
  JsonLdArticle json_ld;
};

// Adds what the element `node` says to `info`, keeping fields already filled (the first wins).
// Only looks at the element itself, not its descendants (except for the text of title/h1/JSON-LD).
void collect_metadata(const GumboNode* node, PageInfo& info);

}  // namespace briefcast
