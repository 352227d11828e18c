// normalize: written form -> spoken form, so the engine says what a newsreader would say
// ("$3.5 billion" -> "three point five billion dollars"). English rules only; text in other
// languages passes through untouched. Pure and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace briefcast {

struct NormalizeConfig {
  // BCP 47 language of the text; only "en*" is rewritten.
  std::string language = "en";
};

// The spoken form of one sentence (or any line of text). Never splits or merges lines.
std::string normalize_text(std::string_view written, const NormalizeConfig& config = {});

// Fills Segment::spoken for every segment that carries text.
void normalize_segments(std::vector<Segment>& segments, const NormalizeConfig& config = {});

}  // namespace briefcast
