// Reading an article from a file or standard input and turning its bytes into the UTF-8 text
// every later stage expects, refusing what cannot be an article (a directory, an empty, binary
// or oversized file, undecodable bytes) with an Error that names the file and the problem.
//
// The decoding rule, in order (the README's "Failure behaviour" section repeats it):
//  1. A byte order mark decides: UTF-8 (EF BB BF, stripped), UTF-16LE (FF FE) or UTF-16BE
//     (FE FF), decoded to UTF-8. After a BOM, a malformed sequence is an error with its offset.
//  2. Without a BOM, a NUL byte, or control bytes (other than white space) making up more than
//     1 in 20 of the file and at least 32 of them, mean a binary file.
//  3. Valid UTF-8 is taken as it is.
//  4. Otherwise the text is read as windows-1252 when it is plainly that: it holds no valid
//     multi-byte UTF-8 sequence at all, none of the five bytes windows-1252 leaves undefined
//     (81 8D 8F 90 9D), and no run of more than three bytes >= 0x80 (Western text has accented
//     letters and typographic quotes among ASCII; runs of high bytes are another legacy
//     charset, such as Cyrillic or Shift_JIS, that we would only garble).
//     Before that, HTML that declares a legacy charset in a <meta> tag is decoded by that
//     charset. Both use ICU's converters (io/charset.h).
//  5. Text holding more valid multi-byte UTF-8 sequences than invalid bytes is UTF-8 with
//     stray bytes (a page saved as UTF-8 with some latin-1 pasted in): each stray byte is read
//     as windows-1252, the character its writer meant.
//  6. Anything else is refused: "not UTF-8 text: invalid byte 0xNN at offset N".
// Then control characters other than tab, line feed and carriage return are dropped (C0, DEL
// and the C1 range U+0080-U+009F, so no terminal escape survives); form feed and vertical tab
// become line feeds, so the words on either side stay apart.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace briefcast {

// Largest article accepted, in bytes; a bigger file is refused rather than read into memory.
inline constexpr std::size_t kMaxArticleBytes = 64u * 1024u * 1024u;

// Where an article's text came from, as decided by the rule above.
// kDeclaredByPage: HTML that names its own legacy charset (<meta charset="windows-1251">),
// decoded by that declaration (io/charset.h).
// kUtf8WithStrayBytes: rule 5 below.
enum class TextEncoding { kUtf8, kUtf8WithBom, kUtf16Le, kUtf16Be, kWindows1252, kDeclaredByPage, kUtf8WithStrayBytes };

const char* to_string(TextEncoding encoding);

struct DecodedText {
  std::string utf8;  // valid UTF-8, control characters removed
  TextEncoding encoding = TextEncoding::kUtf8;
};

// Applies the decoding rule to `bytes`. Throws Error (Stage::kInput, naming `path`) when the
// bytes are binary, undecodable, empty or only whitespace once decoded. Pure: no I/O.
DecodedText decode_article_text(std::string_view bytes, const std::string& path);

// Reads `path` ("-" for standard input) whole and decodes it with decode_article_text.
// Returns UTF-8 text. Throws Error (Stage::kInput) when the file is missing, unreadable, a
// directory, larger than kMaxArticleBytes, or refused by the decoding rule.
std::string read_article_bytes(const std::string& path);


}  // namespace briefcast
