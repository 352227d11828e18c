#include "clean/cleaner.h"

#include <sstream>

#include "model/error.h"

namespace briefcast {

bool looks_like_html(std::string_view page) {
  return page.find("<html") != std::string_view::npos || page.find("<!DOCTYPE") != std::string_view::npos;
}

Article clean_article(std::string_view page, const std::string& source_path, const CleanConfig&) {
  Article article;
  article.metadata.source_path = source_path;
  std::istringstream in{std::string(page)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (article.title.empty()) {
      article.title = line;
    } else {
      article.paragraphs.push_back(line);
    }
  }
  if (article.title.empty()) throw Error::no_article(source_path);
  return article;
}

}  // namespace briefcast
