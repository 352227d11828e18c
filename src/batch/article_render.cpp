#include "batch/article_render.h"

#include <nlohmann/json.hpp>

#include "assemble/pcm_spool.h"
#include "assemble/sndfile_writer.h"
#include "batch/content_hash.h"
#include "model/error.h"

namespace briefcast {

std::string render_settings_key(const ArticleRenderConfig& config) {
  // Structured bindings name every field: adding one to these structs stops this from
  // compiling until the key (and its test, tests/batch/render_settings_key_test.cpp) has it.
  const auto& [voice, pauses, clean, language] = config;
  const auto& [voice_name, rate_wpm, pitch] = voice;
  const auto& [after_title_ms, sentence_ms, paragraph_ms, chapter_ms] = pauses;
  const auto& [force_text, force_html, text_thresholds, html_thresholds] = clean;
  const auto& [per_article, forced_language, voice_follows_language] = language;
  static_cast<void>(chapter_ms);       // a single article has no chapter pause
  static_cast<void>(text_thresholds);  // tuned in code: covered by the version
  static_cast<void>(html_thresholds);
  const auto flag = [](bool on) { return on ? "1" : "0"; };
  // Readable, though hashed: easy to inspect when a rerun redoes too much.
  return std::string("briefcast ") + BRIEFCAST_VERSION + "; voice " + voice_name + "; rate " +
         std::to_string(rate_wpm) + "; pitch " + std::to_string(pitch) + "; pauses " + std::to_string(after_title_ms) +
         "/" + std::to_string(sentence_ms) + "/" + std::to_string(paragraph_ms) + "; input " +
         (force_text ? "text" : force_html ? "html" : "sniff") + "; language " + flag(per_article) + "/" +
         forced_language + "/voice-follows " + flag(voice_follows_language);
}

RenderedArticle render_article(const std::string& input_path, const std::string& output_path,
                               const std::string& content_hash, const ArticleRenderConfig& config) {
  return render_loaded_article(load_article(input_path, config.clean), input_path, output_path, content_hash, config);
}

RenderedArticle render_loaded_article(const Article& article, const std::string& input_path,
                                      const std::string& output_path, const std::string& content_hash,
                                      const ArticleRenderConfig& config) {
  Synthesizer synthesizer(config.voice);
  const NormalizeConfig normalize = prepare_article_language(article, NormalizeConfig{}, config.language, synthesizer);
  PcmSpool spool;
  std::int64_t frames = 0;
  try {
    frames = speak_script(script_article(article, normalize), synthesizer, config.pauses, spool);
  } catch (const Error& e) {
    if (!e.path().empty()) throw;
    throw Error(e.stage(), input_path, e.message());
  }
  if (frames == 0) throw Error(Stage::kSynth, input_path, "nothing to speak");

  std::vector<Chapter> chapters{Chapter{article.title, 0, frames}};
  AudioTags tags;
  tags.title = article.title;
  tags.artist = "briefcast";
  tags.comment = hash_comment(content_hash);
  write_briefing_wav(output_path, synthesizer.sample_rate_hz(), chapters, tags, spool);
  return RenderedArticle{article.title, frames, synthesizer.sample_rate_hz()};
}

void prepare_workers(const VoiceConfig& voice) {
  Synthesizer synthesizer(voice);
  // What a worker would load on its first article: the language detector and the formatters
  // and break rules of the normalizer and segmenter.
  Article sample;
  sample.title = "Markets rise on Tuesday";
  sample.paragraphs = {"Shares rose 3.5% to $12.50 on Jan. 5, 2024, the U.S. exchange said. Dr. Smith agreed."};
  const NormalizeConfig normalize =
      prepare_article_language(sample, NormalizeConfig{}, LanguageChoice{.per_article = true}, synthesizer);
  script_article(sample, normalize);
  if (synthesizer.voice().voice != voice.voice) synthesizer.set_voice(voice);
}

std::string encode_rendered(const RenderedArticle& rendered) {
  nlohmann::json payload = {
      {"title", rendered.title}, {"frames", rendered.frames}, {"sample_rate_hz", rendered.sample_rate_hz}};
  return payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

RenderedArticle decode_rendered(const std::string& payload) {
  nlohmann::json json = nlohmann::json::parse(payload, nullptr, false);
  if (json.is_discarded() || !json.is_object()) throw Error(Stage::kSynth, "", "worker sent an unreadable result");
  RenderedArticle rendered;
  rendered.title = json.value("title", std::string());
  rendered.frames = json.value("frames", std::int64_t{0});
  rendered.sample_rate_hz = json.value("sample_rate_hz", 0);
  return rendered;
}

}  // namespace briefcast
