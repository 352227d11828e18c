// Reading an article's bytes from a file or standard input, refusing what cannot be an article
// (a directory, an empty or binary file) with an Error that names the file and the problem.
#pragma once

#include <cstddef>
#include <string>

namespace briefcast {

// Largest article accepted, in bytes; a bigger file is refused rather than read into memory.
inline constexpr std::size_t kMaxArticleBytes = 64u * 1024u * 1024u;

// Reads `path` ("-" for standard input) whole. Throws Error (Stage::kInput) when the file is
// missing, unreadable, a directory, empty or whitespace only, too large, or binary (NUL bytes).
std::string read_article_bytes(const std::string& path);

}  // namespace briefcast
