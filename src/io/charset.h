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

// `bytes` converted from `charset` (any label ICU knows) with ICU's converter; bytes the charset
// leaves undefined become U+FFFD (or the C1 control ICU maps them to). Empty when ICU does not
// know the label. The one decoder of legacy charsets (windows-1252 included) in briefcast.
std::string convert_to_utf8(std::string_view bytes, std::string_view charset);

// UTF-8 with a few stray bytes (a page saved as UTF-8 with some latin-1 pasted in): valid
// sequences are kept and every byte that starts no valid sequence is read as windows-1252,
// which is what the writer of such a byte almost always meant.
std::string decode_utf8_with_fallback(std::string_view bytes);

// True when `bytes` hold more valid multi-byte UTF-8 sequences than invalid bytes: UTF-8 with
// stray bytes rather than a legacy charset.
bool is_mostly_utf8(std::string_view bytes);

// The page as UTF-8. `declared` is a charset label from the page or the user (may be empty).
// ISO-8859-1 and US-ASCII labels are read as windows-1252 and GB2312 as GB18030, as the HTML
// standard says. A UTF-8 label (or none) on bytes that are mostly UTF-8 decodes the stray bytes
// as windows-1252. Never throws on bad bytes: what cannot be decoded becomes U+FFFD.
std::string decode_to_utf8(std::string_view bytes, std::string_view declared = {});

}  // namespace briefcast
