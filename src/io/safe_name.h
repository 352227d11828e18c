// Output names made from untrusted text (an input file name, an article's headline) that can
// never leave the output folder or surprise a shell or a terminal. For the batch command and
// any other code that names files after articles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace briefcast {

// A name made only of what an output name needs: the fallback when nothing usable is left.
inline constexpr std::string_view kFallbackOutputName = "article";

// Turns `raw` into one safe path component (the caller adds its extension), at most
// `max_bytes` bytes long (at least 1):
//  - no '/', '\\', NUL, control characters (C0, DEL, C1), and none of : * ? " < > | (they
//    break names on other filesystems); each run of these becomes one '_';
//  - invalid UTF-8 bytes and invisible format characters that can disguise a name
//    (bidirectional overrides, zero-width characters, BOM) are dropped;
//  - runs of dots become one dot, so ".." never appears; no leading dot or dash (no hidden
//    files, nothing read as an option), no leading or trailing white space, no trailing dot;
//  - cut at a UTF-8 character boundary; never empty (kFallbackOutputName, cut to fit).
// Pure and thread-safe.
std::string safe_output_name(std::string_view raw, std::size_t max_bytes);

}  // namespace briefcast
