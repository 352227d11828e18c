// briefcast daily: one episode a day from the configured feeds. Fetches the feeds, speaks the
// items no other episode has spoken into out-dir/YYYY-MM-DD.<format> with its chapters JSON and
// WebVTT transcript, and adds it to out-dir/feed.xml. The folder's lock is held for the whole
// run, so two runs at once never pick the same items or interleave their writes. The work is
// the daily stage's (daily/daily_episode.h); this file reads the options and reports.
#include <ctime>
#include <iostream>

#include "assemble/sound_loader.h"
#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/data_files.h"
#include "cli/test_hooks.h"
#include "cli/engine_guard.h"
#include "cli/podcast_options.h"
#include "cli/source_options.h"
#include "daily/daily_episode.h"
#include "publish/feed_lock.h"
#include "synth/engine_watch.h"

namespace briefcast::cli {

namespace {

struct DailyOptions {
  PodcastOptions podcast;
  SourceOptions sources;
  std::string date;  // empty: today
  std::string format = "mp3";
  bool quiet = false;
  VoiceConfig voice;
  PauseConfig pauses;
  TimeBudget budget;
  std::string chime_path;
  double timeout_seconds = kDefaultArticleTimeoutSeconds;
};

DailyEpisode speak_episode(const DailyOptions& options, const DailyItems& items, const std::string& date) {
  Synthesizer synthesizer(options.voice);
  install_engine_guard(options.timeout_seconds);
  set_engine_watch_fault_hook(test_fault_hook());
  DailyRenderConfig config;
  config.staging_dir = staging_dir(options.podcast.publish.out_dir);
  config.date = date;
  config.format = options.format;
  config.published_s = episode_time(date, static_cast<std::int64_t>(std::time(nullptr)));
  config.podcast_title = options.podcast.publish.channel.title;
  config.podcast_author = options.podcast.publish.channel.author;
  config.pauses = options.pauses;
  if (!options.chime_path.empty()) config.chime = load_sound(find_sound(options.chime_path), synthesizer.sample_rate_hz());
  config.voice_follows_language = options.voice.voice == VoiceConfig{}.voice;
  config.budget = options.budget;
  return render_daily_episode(items, synthesizer, config);
}

int run_daily(const DailyOptions& options) {
  std::string date = options.date.empty() ? today_iso() : checked_date(options.date, "--date");
  check_podcast_options(options.podcast);
  if (options.sources.feeds.empty() && options.sources.opml_files.empty()) {
    throw Error::usage("daily needs at least one --feed or --opml (or feed = [...] in the config)");
  }
  const SourceConfig sources = make_source_config(options.sources, CleanConfig{});
  const PublishConfig& config = options.podcast.publish;
  FeedLock lock(config.out_dir, options.podcast.lock_wait_seconds);
  FeedState state = load_feed_state(config.out_dir);

  DailyItems items = select_daily_items(sources, state, "daily:" + date);
  for (const Error& error : items.errors) report_error(error);
  if (items.feeds_read == 0) {
    report_error(date + ": no feed could be read; no episode added");
    return kExitFailed;
  }
  if (items.new_items == 0) {
    if (!options.quiet) std::cout << date << ": nothing new in the feeds; no episode added\n";
    return kExitOk;
  }
  if (items.articles.empty()) {
    report_error(date + ": none of the " + std::to_string(items.new_items) + " new item(s) could be read; no episode added");
    return kExitFailed;
  }
  DailyEpisode daily = speak_episode(options, items, date);
  test_crash_point("daily");
  std::string title = daily.episode.title;
  PublishResult result = publish_episode(config, state, std::move(daily.episode), daily.staged, daily.spoken_items,
                                         static_cast<std::int64_t>(std::time(nullptr)));
  report_published(result, title, options.quiet);
  return items.errors.empty() ? kExitOk : kExitFailed;
}

}  // namespace

void add_daily_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<DailyOptions>();
  CLI::App* command = app.add_subcommand(
      "daily", "Speak today's new feed items into a podcast episode and add it to the folder's feed.xml");
  add_feed_options(*command, options->sources);
  add_fetch_options(*command, options->sources);
  command->add_option("--date", options->date, "The episode's date, YYYY-MM-DD (default: today); makes up a missed day")
      ->type_name("YYYY-MM-DD");
  command->add_option("--format", options->format, "Audio format of the episodes")
      ->check(CLI::IsMember({"mp3", "m4a", "opus", "ogg"}))
      ->capture_default_str();
  command->add_option("--chime", options->chime_path, "A short sound between stories: a sound file, or the name of an installed one (chime)")
      ->type_name(kFileValue);
  command->add_option("--timeout", options->timeout_seconds, "Seconds allowed per article before the run stops (0: none)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  add_podcast_options(*command, options->podcast);
  add_voice_options(*command, options->voice);
  add_pause_options(*command, options->pauses);
  add_budget_options(*command, options->budget);
  command->callback([options, &action] { action = [options] { return run_daily(*options); }; });
}

}  // namespace briefcast::cli
