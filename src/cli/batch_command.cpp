// briefcast batch INPUT... --out-dir DIR: one WAV per article on every core, resumable, with
// an optional combined briefing. Owns the process-level parts the library must not touch:
// signal handlers, the terminal, the report file and the exit code.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

#include "batch/batch.h"
#include "batch/batch_report.h"
#include "batch/input_discovery.h"
#include "cli/cli_model.h"
#include "cli/commands.h"
#include "model/audio_tags.h"
#include "cli/common_options.h"
#include "cli/test_hooks.h"
#include "cli/source_options.h"

namespace briefcast::cli {

namespace {

// Set by SIGINT/SIGTERM; the batch polls it and stops soon after.
std::atomic<bool> g_stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_stop_signal(int /*signal*/) { g_stop_requested = true; }

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a waiting poll() wakes up at once
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::optional<int> jobs;
  std::optional<std::string> combined;
  std::optional<std::string> title;
  std::optional<std::string> report;
  double timeout_seconds = kDefaultArticleTimeoutSeconds;
  bool force = false;
  bool quiet = false;
  VoiceConfig voice;
  bool voice_given = false;  // --voice was set: it speaks every article
  PauseConfig pauses;
  CleanConfig clean;
  TimeBudget budget;
  SourceOptions sources;
};

// A live status line on a terminal; one line per article otherwise. Failures always show.
class TerminalProgress : public BatchObserver {
 public:
  TerminalProgress(bool quiet, bool live) : quiet_(quiet), live_(live) {}

  void on_start(const BatchProgress& progress) override {
    if (!quiet_ && live_) draw(progress);
  }

  void on_article(const ArticleResult& article, const BatchProgress& progress) override {
    bool failed = article.status == ArticleStatus::kFailed;
    if (quiet_) {
      if (failed) report_error(article.input + ": " + article.error);
      return;
    }
    if (!live_) {
      std::cerr << printable(format_article_line(article, progress)) << '\n';
      return;
    }
    if (failed) {
      clear();
      report_error(article.input + ": " + article.error);
    }
    draw(progress);
  }

  void on_combined(const CombinedResult& combined) override {
    if (live_ && !quiet_) clear();
    if (combined.status == ArticleStatus::kFailed) {
      report_error(combined.path + ": " + combined.error);
    } else if (!quiet_ && combined.status != ArticleStatus::kCancelled) {
      double seconds = combined.sample_rate_hz > 0 ? static_cast<double>(combined.frames) / combined.sample_rate_hz : 0;
      std::cerr << printable(combined.path) << ": " << combined.chapters << " chapter(s), " << format_clock(seconds)
                << " of audio" << (combined.status == ArticleStatus::kUpToDate ? " (up to date)" : "") << '\n';
    }
  }

  void finish() {
    if (live_ && !quiet_) clear();
  }

 private:
  void draw(const BatchProgress& progress) { std::cerr << "\r\033[K" << format_progress_line(progress) << std::flush; }
  void clear() { std::cerr << "\r\033[K" << std::flush; }

  bool quiet_;
  bool live_;
};

// Pages and feed items are fetched and cleaned here, before any worker is forked; workers speak
// them from the memory they inherit. Failures are reported at once and returned, so that the
// --report file lists a page that could not be fetched next to the articles that failed later.
std::vector<ArticleResult> prepare_web_articles(const std::vector<std::string>& pages, const BatchOptions& options,
                                                std::vector<std::string>& inputs, BatchConfig& config) {
  std::vector<ArticleResult> failures;
  if (pages.empty() && options.sources.feeds.empty() && options.sources.opml_files.empty()) return failures;
  for (SourcedArticle& loaded : load_sources(pages, make_source_config(options.sources, options.clean))) {
    if (!loaded.article) {
      report_error(*loaded.error);
      ArticleResult failed;
      failed.input = loaded.source;
      failed.status = ArticleStatus::kFailed;
      failed.error = loaded.error->one_line();
      failures.push_back(std::move(failed));
    } else if (config.prepared.count(loaded.source) == 0) {
      inputs.push_back(loaded.source);
      config.prepared[loaded.source] = PreparedArticle{*std::move(loaded.article), std::move(loaded.content_key)};
    }
  }
  return failures;
}

int run_batch_command(const BatchOptions& options) {
  for (const std::string& input : options.inputs) {
    if (input == "-") throw Error::usage("batch reads files; give '@-' to read a list of paths from stdin");
  }
  if (options.budget.active() && !options.combined) {
    throw Error::usage("--max-minutes, --max-story-minutes and --headlines shape the --combined briefing; give --combined");
  }
  BatchConfig config;
  std::vector<std::string> files;
  std::vector<std::string> pages;
  for (const std::string& input : options.inputs) (is_web_input(input) ? pages : files).push_back(input);
  std::vector<std::string> inputs = discover_inputs(files, std::cin);
  std::vector<ArticleResult> fetch_failures = prepare_web_articles(pages, options, inputs, config);
  if (inputs.empty()) {
    if (fetch_failures.empty()) report_error("no articles found in the given inputs");
    if (options.report) write_batch_report(*options.report, BatchResult{std::move(fetch_failures), {}, false, 0});
    return kExitFailed;
  }

  config.out_dir = options.out_dir;
  config.render = {options.voice, options.pauses, options.clean};
  config.render.language.voice_follows_language = !options.voice_given;
  config.workers.worker_count = options.jobs.value_or(0);
  config.workers.timeout_seconds = options.timeout_seconds;
  config.force = options.force;
  config.combined_path = options.combined.value_or("");
  config.combined_date = today_iso();
  config.combined_title = options.title.value_or(default_briefing_title(config.combined_date));
  config.combined_budget = options.budget;
  config.worker_hook = test_fault_hook();

  install_stop_handlers();
  TerminalProgress progress(options.quiet, ::isatty(STDERR_FILENO) == 1);
  BatchResult result = run_batch(inputs, config, progress, &g_stop_requested);
  progress.finish();
  // Pages that never became an article are failed articles of this run, for the summary line,
  // the report and the exit code alike.
  result.articles.insert(result.articles.end(), std::make_move_iterator(fetch_failures.begin()),
                         std::make_move_iterator(fetch_failures.end()));

  if (options.report) write_batch_report(*options.report, result);
  if (result.interrupted) {
    report_error("stopped: finished outputs are kept; run the same command again to continue");
  } else if (!options.quiet) {
    std::cerr << summary_line(result) << '\n';
  }
  return result.all_ok() ? kExitOk : kExitFailed;
}

}  // namespace

void add_batch_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* command = app.add_subcommand(
      "batch", "Speak many articles, one WAV each, on every core; skips outputs already up to date");
  command
      ->add_option("inputs", options->inputs,
                   "Article files, folders (searched recursively), @LIST files (one path per line; @- reads stdin) "
                   "and http(s) URLs of pages")
      ->type_name(kFileValue);
  command->add_option("--out-dir", options->out_dir, "Folder for the per-article WAVs (created if missing)")
      ->type_name(kDirValue)
      ->required();
  command->add_option("-j,--jobs", options->jobs, "Worker processes (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
  command->add_option("--combined", options->combined, "Also write one briefing with a chapter per article")
      ->type_name(kFileValue);
  command->add_option("--title", options->title, "Title of the combined briefing (default: \"Briefing YYYY-MM-DD\")");
  command->add_option("--report", options->report, "Write a JSON report of every article")->type_name(kFileValue);
  command->add_option("--timeout", options->timeout_seconds, "Seconds allowed per article before its worker is killed (0: none)")
      ->type_name("SECONDS")
      ->check(CLI::Range(0.0, 1e7))
      ->capture_default_str();
  command->add_flag("--force", options->force, "Redo every output, even those up to date");
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  add_voice_options(*command, options->voice);
  add_pause_options(*command, options->pauses);
  add_input_kind_options(*command, options->clean);
  add_budget_options(*command, options->budget);
  add_feed_options(*command, options->sources);
  add_fetch_options(*command, options->sources);
  command->footer("Exit codes: 0 every article done, 1 some article failed or the run was stopped (the rest\n"
                  "are written; rerun to continue), 2 usage error.");
  command->callback([options, command, &action] {
    // Without --voice, each article is spoken by the voice of its own language.
    options->voice_given = command->count("--voice") > 0;
    if (options->inputs.empty() && options->sources.feeds.empty() && options->sources.opml_files.empty()) {
      throw CLI::RequiredError("batch needs inputs, --feed or --opml");
    }
    action = [options] { return run_batch_command(*options); };
  });
}

}  // namespace briefcast::cli
