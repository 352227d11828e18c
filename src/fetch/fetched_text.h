// Turns a fetched response into the UTF-8 text the cleaner reads, with the same rules as an
// article file (io/article_input.h), plus the one thing only HTTP knows: the charset in the
// Content-Type header. Order of evidence, as in browsers: a byte order mark, then the header's
// charset, then the page's own <meta> declaration, then the bytes themselves.
#pragma once

#include <string>
#include <string_view>

#include "fetch/fetcher.h"

namespace briefcast {

// The lower-cased charset parameter of a Content-Type value ("text/html; charset=KOI8-R"
// gives "koi8-r"); empty when there is none.
std::string content_type_charset(std::string_view content_type);

// The media type alone, lower-cased ("text/html").
std::string content_type_media(std::string_view content_type);

// The response body as article text. Throws Error (Stage::kInput, naming the URL) for a
// response that is not text (an image, a PDF, binary bytes), or is empty.
std::string fetched_article_text(const FetchResult& response);

}  // namespace briefcast
