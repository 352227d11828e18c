#include "batch/article_render.h"

#include <nlohmann/json.hpp>

#include "assemble/pcm_spool.h"
#include "assemble/wav_file.h"
#include "batch/content_hash.h"
#include "batch/worker_pool.h"
#include "model/error.h"

namespace briefcast {

RenderedArticle render_article(const std::string& input_path, const std::string& output_path,
                               const std::string& content_hash, const ArticleRenderConfig& config) {
  Article article = load_article(input_path, config.clean);
  Synthesizer synthesizer(config.voice);
  NormalizeConfig normalize;
  normalize.language = config.voice.voice;
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
  WavTags tags;
  tags.title = article.title;
  tags.artist = "briefcast";
  tags.comment = hash_comment(content_hash);
  write_briefing_wav(output_path, synthesizer.sample_rate_hz(), chapters, tags, spool);
  return RenderedArticle{article.title, frames, synthesizer.sample_rate_hz()};
}

void check_voice_in_worker(const VoiceConfig& voice) {
  auto job = [&voice](std::size_t) -> std::string {
    try {
      Synthesizer synthesizer(voice);
      return "";
    } catch (const Error& e) {
      return (e.stage() == Stage::kUsage ? "U" : "E") + e.one_line();
    }
  };
  JobOutcome result;
  run_jobs(1, job, [&result](std::size_t, const JobOutcome& outcome) { result = outcome; }, WorkerPoolConfig{1, 0});
  if (result.end != JobEnd::kFinished) throw Error::synth("", "cannot start eSpeak NG: " + result.detail);
  if (result.payload.empty()) return;
  if (result.payload[0] == 'U') throw Error::usage(result.payload.substr(1));
  throw Error::synth("", result.payload.substr(1));
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
