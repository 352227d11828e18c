// charset: turns a page's bytes into UTF-8. Order of evidence, as browsers do it: a byte order
// mark, then the charset the page declares (HTML meta), then the bytes themselves (valid UTF-8
// stays; anything else is guessed with uchardet, falling back to windows-1252).
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// The charset an HTML page declares in its first kilobytes (`<meta charset=...>` or
// `<meta http-equiv="Content-Type" content="...; charset=...">`), lower-cased; empty if none.
std::string declared_html_charset(std::string_view page);

// The page as UTF-8. `declared` is a charset label from the page or the user (may be empty).
// ISO-8859-1 and US-ASCII labels are read as windows-1252, as the HTML standard says.
// Never throws on bad bytes: what cannot be decoded becomes U+FFFD.
std::string decode_to_utf8(std::string_view bytes, std::string_view declared = {});

}  // namespace briefcast
