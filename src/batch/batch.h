// briefcast batch: many articles into one WAV each (and optionally one combined briefing),
// on every core through worker processes, skipping outputs that are already up to date.
//
//   BatchConfig config;
//   config.out_dir = "out";
//   BatchResult result = run_batch(discover_inputs(args, std::cin), config, observer, &stop_flag);
//
// Call from a single-threaded process with no Synthesizer alive: workers are forked.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "batch/article_render.h"
#include "batch/batch_result.h"
#include "batch/progress.h"
#include "batch/worker_pool.h"
#include "pipeline/budget_briefing.h"

namespace briefcast {

struct BatchConfig {
  std::string out_dir;              // created when missing
  ArticleRenderConfig render;       // voice, pauses and input kind for every article
  WorkerPoolConfig workers;         // process count and per-article timeout
  bool force = false;               // redo outputs even when up to date
  std::string combined_path;        // empty: no combined briefing
  std::string combined_title;       // INFO title of the combined briefing
  std::string combined_date;        // INFO date of the combined briefing
  TimeBudget combined_budget;       // the combined briefing's time limits (batch/budget_combined.h)
  // Articles already read (fetched pages, feed items), by input name; an input listed here is
  // not read from disk, and its content key decides whether its output is up to date.
  std::map<std::string, PreparedArticle> prepared;
  // Runs in a worker just before it speaks `input_path`. For fault-injection tests only.
  std::function<void(const std::string& input_path)> worker_hook;
};

// Runs the batch over `inputs` (in order; see discover_inputs). A failed article is recorded
// and the others go on. When `*stop` becomes true, workers are killed, their temporary files
// removed, finished outputs kept and the result marked interrupted. Throws Error when the
// output folder cannot be made, and Error::usage for an unknown voice (checked in a worker).
BatchResult run_batch(const std::vector<std::string>& inputs, const BatchConfig& config, BatchObserver& observer,
                      const std::atomic<bool>* stop = nullptr);

}  // namespace briefcast
