#include "pipeline/inspect_json.h"

#include "pipeline/briefing.h"
#include "synth/voice_choice.h"

namespace briefcast {

nlohmann::json article_json(const Article& article) {
  const std::string spoken_language = article_language(article, "");
  return {
      {"title", article.title},
      {"paragraphs", article.paragraphs},
      {"byline", article.metadata.byline},
      {"date", article.metadata.date},
      {"site", article.metadata.site},
      {"language", article.metadata.language},
      {"spoken_language", spoken_language},
      {"voice", voice_for_language(spoken_language)},
      {"input_kind", to_string(article.metadata.input_kind)},
      {"source", article.metadata.source_path},
  };
}

nlohmann::json segment_json(const Segment& segment) {
  return {{"kind", to_string(segment.kind)},
          {"paragraph", segment.paragraph_index},
          {"text", segment.text},
          {"spoken", segment.spoken}};
}

std::string json_text(const nlohmann::json& json, int indent) {
  return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace briefcast
