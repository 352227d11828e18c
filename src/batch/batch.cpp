#include "batch/batch.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "assemble/wav_reader.h"
#include "batch/budget_combined.h"
#include "batch/content_hash.h"
#include "batch/join.h"
#include "batch/output_naming.h"
#include "batch/stale_temp_files.h"
#include "model/error.h"

namespace briefcast {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// True when `path` is a briefcast output made from exactly `hash`; fills in what it holds.
bool is_up_to_date(const std::string& path, const std::string& hash, ArticleResult& article) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return false;
  try {
    WavInfo info = read_wav_info(path);
    if (hash_from_comment(info.comment) != hash || info.frames <= 0) return false;
    article.frames = info.frames;
    article.sample_rate_hz = info.sample_rate_hz;
    article.title = !info.chapters.empty() ? info.chapters.front().title : info.title;
    return true;
  } catch (const Error&) {
    return false;  // unreadable or foreign: make it again
  }
}

bool same_folder(const fs::path& a, const fs::path& b) {
  std::error_code error_a, error_b;
  fs::path canonical_a = fs::weakly_canonical(a.empty() ? fs::path(".") : a, error_a);
  fs::path canonical_b = fs::weakly_canonical(b.empty() ? fs::path(".") : b, error_b);
  return !error_a && !error_b && canonical_a == canonical_b;
}

std::string combined_hash(const BatchConfig& config, const std::vector<ArticleResult>& articles,
                          const std::vector<std::string>& hashes) {
  Fnv1a64 hash;
  hash.update_field("combined").update_field(config.combined_title).update_field(config.combined_date);
  hash.update_field(std::int64_t{config.render.pauses.chapter_ms});
  if (config.combined_budget.active()) {
    const TimeBudget& budget = config.combined_budget;
    hash.update_field("budget").update_field(std::to_string(budget.max_minutes));
    hash.update_field(std::to_string(budget.max_story_minutes)).update_field(budget.headlines_only ? "headlines" : "");
  }
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (!articles[i].ok()) continue;
    hash.update_field(articles[i].output).update_field(hashes[i]);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.digest()));
  return std::string("fnv1a64:") + hex;
}

void make_combined(const BatchConfig& config, std::vector<ArticleResult>& articles,
                   const std::vector<std::string>& hashes, CombinedResult& combined, const std::atomic<bool>* stop) {
  combined.path = config.combined_path;
  std::vector<std::string> paths;
  std::vector<std::size_t> indexes;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].ok()) {
      paths.push_back(articles[i].output);
      indexes.push_back(i);
    }
  }
  if (paths.empty()) {
    combined.status = ArticleStatus::kFailed;
    combined.error = "not written: no article succeeded";
    return;
  }
  try {
    std::vector<JoinInput> inputs = inspect_join_inputs(paths);
    const std::string hash = combined_hash(config, articles, hashes);
    ArticleResult existing;
    std::vector<Chapter> chapters;
    const bool budgeted = config.combined_budget.active();
    if (!config.force && is_up_to_date(config.combined_path, hash, existing)) {
      chapters = budgeted ? read_wav_info(config.combined_path).chapters
                          : plan_join(inputs, ms_to_frames(config.render.pauses.chapter_ms, inputs.front().sample_rate_hz));
      combined.status = ArticleStatus::kUpToDate;
    } else if (budgeted) {
      std::vector<std::string> sources;
      for (std::size_t i : indexes) sources.push_back(articles[i].input);
      const BudgetedCombinedConfig budget{config.render,         config.combined_budget, config.workers,
                                          config.combined_path,  config.combined_title,  config.combined_date,
                                          hash_comment(hash)};
      chapters = write_budgeted_combined(sources, budget, stop);
      combined.status = ArticleStatus::kSynthesized;
    } else {
      JoinConfig join;
      join.chapter_pause_ms = config.render.pauses.chapter_ms;
      join.title = config.combined_title;
      join.date = config.combined_date;
      join.comment = hash_comment(hash);
      chapters = join_wavs(inputs, config.combined_path, join);
      combined.status = ArticleStatus::kSynthesized;
    }
    for (std::size_t k = 0; k < chapters.size(); ++k) articles[indexes[k]].combined_start_frame = chapters[k].start_frame;
    combined.chapters = chapters.size();
    combined.sample_rate_hz = inputs.front().sample_rate_hz;
    combined.frames = chapters.back().start_frame + chapters.back().frame_count;
  } catch (const Error& e) {
    combined.status = ArticleStatus::kFailed;
    combined.error = e.one_line();
  }
}

// Creates the output folder and gives each input its output file name there, keeping clear of
// the combined file's name when it is written to the same folder.
std::vector<std::string> prepare_output_folder(const std::vector<std::string>& inputs, const BatchConfig& config) {
  std::error_code error;
  fs::create_directories(config.out_dir, error);
  if (!fs::is_directory(config.out_dir)) {
    throw Error::output(config.out_dir, "cannot create output folder" + (error ? ": " + error.message() : ""));
  }
  std::vector<std::string> reserved;
  fs::path combined_path(config.combined_path);
  if (!config.combined_path.empty() && same_folder(combined_path.parent_path(), config.out_dir)) {
    reserved.push_back(combined_path.filename().string());
  }
  std::vector<std::string> names = assign_output_names(inputs, reserved);
  // Leftovers of a run that was killed outright (SIGKILL, power loss) before it could clean up.
  remove_stale_temp_files(config.out_dir, names);
  if (!config.combined_path.empty()) remove_stale_temp_files(config.combined_path);
  return names;
}

// Each article's output and content hash, and which of them must be synthesized.
struct BatchPlan {
  std::vector<ArticleResult> articles;
  std::vector<std::string> hashes;
  std::vector<std::size_t> pending;  // indexes of articles to synthesize
};

BatchPlan plan_batch(const std::vector<std::string>& inputs, const BatchConfig& config,
                     const std::vector<std::string>& names) {
  BatchPlan plan;
  plan.articles.resize(inputs.size());
  plan.hashes.resize(inputs.size());
  const std::string settings = render_settings_key(config.render);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    ArticleResult& article = plan.articles[i];
    article.input = inputs[i];
    article.output = (fs::path(config.out_dir) / names[i]).string();
    // An unreadable input gets an empty hash and goes to a worker, which reports why.
    const auto prepared = config.prepared.find(inputs[i]);
    plan.hashes[i] = prepared != config.prepared.end() ? content_hash(prepared->second.content_key, settings)
                                                       : file_content_hash(inputs[i], settings).value_or("");
    if (!config.force && !plan.hashes[i].empty() && is_up_to_date(article.output, plan.hashes[i], article)) {
      article.status = ArticleStatus::kUpToDate;
    } else {
      plan.pending.push_back(i);
    }
  }
  return plan;
}

// Longest first (input size stands in for speaking time): a long article started last would
// leave the other workers idle while it runs alone. Reports keep the input order.
std::vector<std::size_t> longest_first(std::vector<std::size_t> pending, const std::vector<std::string>& inputs,
                                       const BatchConfig& config) {
  std::error_code error;
  std::vector<std::uintmax_t> sizes(inputs.size(), 0);
  for (std::size_t i : pending) {
    const auto prepared = config.prepared.find(inputs[i]);
    const std::uintmax_t size =
        prepared != config.prepared.end() ? prepared->second.content_key.size() : fs::file_size(inputs[i], error);
    sizes[i] = error ? 0 : size;  // an unreadable input fails at once wherever it goes
  }
  std::stable_sort(pending.begin(), pending.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
  return pending;
}

// What a worker's job ended with, written into its article's report.
void record_outcome(ArticleResult& article, const JobOutcome& outcome) {
  article.wall_seconds = outcome.wall_seconds;
  if (outcome.end == JobEnd::kFinished) {
    try {
      RenderedArticle rendered = decode_rendered(outcome.payload);
      article.status = ArticleStatus::kSynthesized;
      article.title = rendered.title;
      article.frames = rendered.frames;
      article.sample_rate_hz = rendered.sample_rate_hz;
    } catch (const Error& e) {
      article.status = ArticleStatus::kFailed;
      article.error = e.message();
    }
    return;
  }
  article.status = outcome.end == JobEnd::kCancelled ? ArticleStatus::kCancelled : ArticleStatus::kFailed;
  article.error = outcome.detail;
  // Errors about the input itself name it; the report already does.
  const std::string prefix = article.input + ": ";
  if (article.error.compare(0, prefix.size(), prefix) == 0) article.error.erase(0, prefix.size());
  remove_stale_temp_files(article.output);
}

// The combined file, unless the run was stopped before it.
void finish_combined(const BatchConfig& config, BatchResult& result, const std::vector<std::string>& hashes,
                     const std::atomic<bool>* stop) {
  if (result.interrupted) {
    result.combined.path = config.combined_path;
    result.combined.status = ArticleStatus::kCancelled;
    result.combined.error = "not written: the run was stopped";
  } else {
    make_combined(config, result.articles, hashes, result.combined, stop);
  }
}

}  // namespace

BatchResult run_batch(const std::vector<std::string>& inputs, const BatchConfig& config, BatchObserver& observer,
                      const std::atomic<bool>* stop) {
  const Clock::time_point start = Clock::now();
  const std::vector<std::string> names = prepare_output_folder(inputs, config);
  BatchPlan plan = plan_batch(inputs, config, names);
  BatchResult result;
  result.articles = std::move(plan.articles);
  const std::vector<std::string>& hashes = plan.hashes;
  const std::vector<std::size_t> pending = longest_first(std::move(plan.pending), inputs, config);
  ProgressTracker tracker(inputs.size(), start);
  // Fail fast on an unknown voice, once, rather than in every worker, and load what every
  // worker needs once, before they fork; a run with nothing to do needs no engine at all.
  if (!pending.empty()) prepare_workers(config.render.voice);
  tracker.set_to_process(pending.size());
  observer.on_start(tracker.progress());
  for (const ArticleResult& article : result.articles) {
    if (article.status == ArticleStatus::kUpToDate) {
      tracker.record(article, false);
      observer.on_article(article, tracker.progress());
    }
  }

  auto job = [&](std::size_t k) {
    const std::size_t i = pending[k];
    if (config.worker_hook) config.worker_hook(inputs[i]);
    const auto prepared = config.prepared.find(inputs[i]);
    if (prepared != config.prepared.end()) {
      return encode_rendered(render_loaded_article(prepared->second.article, inputs[i], result.articles[i].output,
                                                   hashes[i], config.render));
    }
    return encode_rendered(render_article(inputs[i], result.articles[i].output, hashes[i], config.render));
  };
  auto done = [&](std::size_t k, const JobOutcome& outcome) {
    ArticleResult& article = result.articles[pending[k]];
    record_outcome(article, outcome);
    tracker.record(article, true);
    observer.on_article(article, tracker.progress());
  };
  run_jobs(pending.size(), job, done, config.workers, stop);

  result.interrupted = stop != nullptr && stop->load();
  if (!config.combined_path.empty()) {
    finish_combined(config, result, hashes, stop);
    observer.on_combined(result.combined);
  }
  result.wall_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
}

}  // namespace briefcast
