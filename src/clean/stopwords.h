// stopwords: the function words of a language ("the", "of", "que", "и", ...). Prose is dense in
// them and page debris (menus, labels, teasers) is not, which makes their share of a block's
// words the strongest single sign of running text (the jusText observation).
// Lists are short and hand-written: en, es, fr, de, it, pt, ru, nl.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// The languages that have a list, as ISO 639-1 codes.
const std::vector<std::string>& stopword_languages();

// True when the lower-cased `word` is a stop word of `language` (false for an unknown language).
bool is_stopword(std::string_view lower_word, std::string_view language);

// Share of the words of `text` that are stop words of `language`; 0 for text without words.
double stopword_density(std::string_view text, std::string_view language);

// Share of `lower_tokens` (already lower-cased words) that are stop words of `language`.
double stopword_share(const std::vector<std::string_view>& lower_tokens, std::string_view language);

// The language whose stop words cover the largest share of `text`, or empty when none covers
// at least `min_density` (a page in a language without a list, or no prose at all).
std::string guess_language_by_stopwords(std::string_view text, double min_density = 0.12);

}  // namespace briefcast
