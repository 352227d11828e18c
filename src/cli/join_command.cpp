// briefcast join A.wav B.wav ... -o briefing.wav: per-article WAVs into one chaptered briefing.
// The reduce step after synthesis ran elsewhere (GNU parallel, a Slurm array, another machine).
#include <ctime>
#include <iostream>
#include <optional>

#include "batch/join.h"
#include "batch/progress.h"
#include "cli/cli_model.h"
#include "cli/commands.h"
#include "model/audio_tags.h"
#include "cli/common_options.h"

namespace briefcast::cli {

namespace {

struct JoinOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::optional<std::string> title;
  int chapter_pause_ms = PauseConfig{}.chapter_ms;
  bool quiet = false;
};

int run_join(const JoinOptions& options) {
  std::vector<JoinInput> inputs = inspect_join_inputs(options.inputs);
  JoinConfig config;
  config.chapter_pause_ms = options.chapter_pause_ms;
  config.date = today_iso();
  config.title = options.title.value_or(default_briefing_title(config.date));
  std::vector<Chapter> chapters = join_wavs(inputs, options.output, config);
  if (!options.quiet) {
    const Chapter& last = chapters.back();
    double seconds = static_cast<double>(last.start_frame + last.frame_count) / inputs.front().sample_rate_hz;
    std::cerr << printable(options.output) << ": " << chapters.size() << " chapter(s), " << format_clock(seconds)
              << " of audio\n";
  }
  return kExitOk;
}

}  // namespace

void add_join_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<JoinOptions>();
  CLI::App* command = app.add_subcommand(
      "join", "Join per-article WAVs into one briefing, a chapter per input titled from its own label");
  command->add_option("inputs", options->inputs, "WAV files, in chapter order")->type_name(kFileValue)->required();
  command->add_option("-o,--output", options->output, "The briefing to write (.wav)")->type_name(kFileValue)->required();
  command->add_option("--title", options->title, "Briefing title (default: \"Briefing YYYY-MM-DD\")");
  command->add_option("--pause-chapter", options->chapter_pause_ms, "Pause between chapters, ms")
      ->type_name("MS")
      ->check(CLI::Range(0, 60000))
      ->capture_default_str();
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  command->callback([options, &action] { action = [options] { return run_join(*options); }; });
}

}  // namespace briefcast::cli
