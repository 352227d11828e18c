// The combined briefing of a batch within a time budget (batch --combined --max-minutes ...).
// The per-article WAVs stay whole; the combined briefing is spoken again from the articles in
// one worker process (synthesis is cheap) and cut by the time-budget planner, so the cut is
// planned from real durations, exactly as `build` plans it.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "batch/article_render.h"
#include "batch/worker_pool.h"
#include "model/article.h"
#include "pipeline/budget_briefing.h"

namespace briefcast {

struct BudgetedCombinedConfig {
  ArticleRenderConfig render;
  TimeBudget budget;
  WorkerPoolConfig workers;  // its timeout applies to the whole combined briefing
  std::string path;
  std::string title;
  std::string date;
  std::string comment;  // INFO comment (the content hash)
};

// Writes the briefing of `inputs` (in order) to config.path atomically and returns its
// chapters. Throws Error with the worker's message (a budget too short for the headlines
// says how many minutes they need).
std::vector<Chapter> write_budgeted_combined(const std::vector<std::string>& inputs, const BudgetedCombinedConfig& config,
                                             const std::atomic<bool>* stop);

}  // namespace briefcast
