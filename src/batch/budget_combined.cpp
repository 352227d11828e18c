#include "batch/budget_combined.h"

#include <nlohmann/json.hpp>

#include "assemble/pcm_spool.h"
#include "assemble/sndfile_writer.h"
#include "model/error.h"

namespace briefcast {

namespace {

// Runs in the worker: the whole build pipeline within the budget, then the WAV.
std::string render_combined(const std::vector<std::string>& inputs, const BudgetedCombinedConfig& config) {
  std::vector<Article> articles;
  for (const std::string& input : inputs) articles.push_back(load_article(input, config.render.clean));
  Synthesizer synthesizer(config.render.voice);
  PcmSpool spool;
  RenderedBriefing briefing = render_briefing_budgeted(articles, synthesizer, NormalizeConfig{}, config.render.pauses,
                                                       spool, ProductionConfig{}, config.render.language, config.budget);
  AudioTags tags;
  tags.title = config.title;
  tags.artist = "briefcast";
  tags.date = config.date;
  tags.comment = config.comment;
  write_briefing_wav(config.path, synthesizer.sample_rate_hz(), briefing.chapters, tags, spool);
  nlohmann::json chapters = nlohmann::json::array();
  for (const Chapter& chapter : briefing.chapters) {
    chapters.push_back({{"title", chapter.title}, {"start", chapter.start_frame}, {"frames", chapter.frame_count}});
  }
  return chapters.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::vector<Chapter> write_budgeted_combined(const std::vector<std::string>& inputs, const BudgetedCombinedConfig& config,
                                             const std::atomic<bool>* stop) {
  JobOutcome result;
  run_jobs(
      1, [&](std::size_t) { return render_combined(inputs, config); },
      [&](std::size_t, const JobOutcome& outcome) { result = outcome; }, config.workers, stop);
  if (result.end != JobEnd::kFinished) throw Error(Stage::kAssemble, "", "not written: " + result.detail);
  nlohmann::json json = nlohmann::json::parse(result.payload, nullptr, false);
  if (json.is_discarded() || !json.is_array() || json.empty()) {
    throw Error(Stage::kAssemble, config.path, "worker sent an unreadable result");
  }
  std::vector<Chapter> chapters;
  for (const nlohmann::json& chapter : json) {
    chapters.push_back({chapter.value("title", std::string()), chapter.value("start", std::int64_t{0}),
                        chapter.value("frames", std::int64_t{0})});
  }
  return chapters;
}

}  // namespace briefcast
