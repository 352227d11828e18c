#include "clean/html_extractor.h"

#include "model/error.h"

namespace briefcast {

Article clean_html(std::string_view, const std::string& source_path, const HtmlCleanConfig&) {
  throw Error::no_article(source_path);
}

}  // namespace briefcast
