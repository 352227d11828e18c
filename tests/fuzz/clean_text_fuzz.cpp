// Fuzz target: the cleaner on copied page text (any bytes). It returns an article with a
// headline, all in valid UTF-8, or throws briefcast::Error; nothing else.
#include <cstdint>

#include "clean/cleaner.h"
#include "fuzz_check.h"
#include "model/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using briefcast::fuzz::check;
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  briefcast::CleanConfig config;
  config.force_text = true;
  try {
    const briefcast::Article article = briefcast::clean_article(page, "fuzz.txt", config);
    check(!article.title.empty(), "an article has a headline");
    check(briefcast::fuzz::is_utf8(article.title), "the headline is UTF-8");
    for (const std::string& paragraph : article.paragraphs) {
      check(briefcast::fuzz::is_utf8(paragraph), "paragraphs are UTF-8");
    }
  } catch (const briefcast::Error&) {
    // "no article text found" and the like: the expected answer to most inputs.
  }
  return 0;
}
