// Turns batch arguments into the list of article files to speak, in a stable order: plain
// files as given, folders walked recursively (sorted), and @LIST files with one path per line
// ("@-" reads the list from `standard_input`). Duplicates are dropped, first occurrence wins.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// Extensions taken from a folder without sniffing the content (compared case-insensitively).
inline constexpr std::string_view kArticleExtensions[] = {".txt", ".html", ".htm"};

// Bytes read from an unrecognized file in a folder to decide whether it is HTML.
inline constexpr std::size_t kSniffBytes = 8192;

// The article paths named by `arguments`. A named file is kept even if it is missing or
// unreadable, so that it fails visibly as an article; in folders, hidden entries are skipped
// and other files only count when their extension or content says article. Throws Error
// (Stage::kInput) when a @LIST file cannot be read.
std::vector<std::string> discover_inputs(const std::vector<std::string>& arguments, std::istream& standard_input);

// True when a file met in a folder should be treated as an article.
bool is_article_file(const std::string& path);

}  // namespace briefcast
