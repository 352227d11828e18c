// Shared by the two cleaner targets, which differ only in how the bytes are read: the cleaner
// returns an article with a headline, all in valid UTF-8, or throws briefcast::Error; nothing else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "clean/cleaner.h"
#include "fuzz_check.h"
#include "model/error.h"

namespace briefcast::fuzz {

inline void clean_and_check(const std::uint8_t* data, std::size_t size, const CleanConfig& config, const char* name) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  try {
    const Article article = clean_article(page, name, config);
    check(!article.title.empty(), "an article has a headline");
    check(is_utf8(article.title), "the headline is UTF-8");
    for (const std::string& paragraph : article.paragraphs) check(is_utf8(paragraph), "paragraphs are UTF-8");
  } catch (const Error&) {
    // "no article text found" and the like: the expected answer to most inputs.
  }
}

}  // namespace briefcast::fuzz
