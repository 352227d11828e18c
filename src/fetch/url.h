// The few URL facts the fetcher and the CLI need before any transfer: is an argument a URL
// at all, and is it one we fetch.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// The scheme of `text` lower-cased ("https"), or empty when it does not start like a URL
// ("scheme:" with a letter first, then letters, digits, '+', '-' or '.'). A Windows-style or
// relative path has no scheme here; "C:" is a one-letter scheme and is not taken as one.
std::string url_scheme(std::string_view text);

// True for http:// and https:// URLs (any case).
bool is_http_url(std::string_view text);

// True when `text` looks like a URL of any scheme (so "file:///etc/passwd" is a URL we refuse,
// not a file name).
bool looks_like_url(std::string_view text);

}  // namespace briefcast
