// The JSON that `briefcast clean --json` and `briefcast segment --json` print. These shapes
// are an interface (scripts read them), so they are made and tested here, not in the CLI.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/article.h"

namespace briefcast {

// The article as the cleaner kept it: title, paragraphs, metadata, and the language and voice
// `build` and `batch` would speak it in without --lang or --voice.
nlohmann::json article_json(const Article& article);

// One segment: kind, paragraph index, written text and spoken form.
nlohmann::json segment_json(const Segment& segment);

// `json` as text (indent < 0: one line); invalid UTF-8 is replaced, never thrown on.
std::string json_text(const nlohmann::json& json, int indent);

}  // namespace briefcast
