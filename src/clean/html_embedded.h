// html_embedded: the article's prose when the page shows none. Pages rendered by scripts keep
// their text in embedded JSON: JSON-LD of any type (a HowTo's steps, a Recipe's instructions),
// <script type="application/json"> state, or the props of a client-side component in a data-*
// attribute. Structured data is not trusted over visible text, so this is read only when the
// visible page yields no article, and only from the record that names the page's headline:
// app state also holds related items, teasers and menus.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <vector>

namespace briefcast {

struct EmbeddedProseConfig {
  // A record names the headline when its title, name or headline field shares at least this
  // share of its words with it (html_similarity's word_overlap).
  double min_title_agreement = 0.8;
  // A plain string is prose with at least this many words and a sentence end.
  std::size_t min_words = 8;
};

// The paragraphs of the embedded record (a JSON object) whose title agrees with `headline` and
// which holds the most prose, in its order; empty when no record names the headline. String
// values holding HTML are parsed and read as paragraphs; plain strings split at line breaks.
std::vector<std::string> embedded_prose(const GumboNode* root, const std::string& headline,
                                        const EmbeddedProseConfig& config = {});

}  // namespace briefcast
