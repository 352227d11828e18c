// briefcast daily: one episode a day from the configured feeds. Fetches the feeds, speaks the
// items no other episode has spoken into out-dir/YYYY-MM-DD.<format> with its chapters JSON and
// WebVTT transcript, and adds it to out-dir/feed.xml. The folder's lock is held for the whole
// run, so two runs at once never pick the same items or interleave their writes.
#include <ctime>
#include <filesystem>
#include <iostream>

#include "assemble/wav_file.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/test_hooks.h"
#include "cli/daily_items.h"
#include "cli/engine_guard.h"
#include "cli/podcast_options.h"
#include "output/briefing_output.h"
#include "output/output_paths.h"
#include "pipeline/announcements.h"
#include "pipeline/briefing.h"
#include "publish/feed_lock.h"
#include "synth/engine_watch.h"

namespace briefcast::cli {

namespace {

struct DailyOptions {
  PodcastOptions podcast;
  DailySources sources;
  std::string date;           // empty: today
  std::string format = "mp3";
  bool quiet = false;
  VoiceConfig voice;
  PauseConfig pauses;
  std::string chime_path;
  double timeout_seconds = kDefaultArticleTimeoutSeconds;
};

struct DailyAudio {
  OutputReport report;
  RenderedBriefing briefing;
  std::vector<StagedFile> staged;
};

// Speaks the articles into the staging folder: the audio, its chapters JSON and its captions.
DailyAudio make_daily_audio(const DailyOptions& options, const std::vector<Article>& articles, const std::string& date) {
  const std::string staging = staging_dir(options.podcast.publish.out_dir);
  std::filesystem::create_directories(staging);
  Synthesizer synthesizer(options.voice);
  install_engine_guard(options.timeout_seconds);
  set_engine_watch_fault_hook(test_fault_hook());

  OutputConfig output;
  output.audio_path = staging + "/" + date + "." + options.format;
  output.chapter_formats = {ChapterFormat::kPodcastJson};
  output.captions_path = staging + "/" + date + ".vtt";
  output.channels = 2;  // podcast apps expect stereo; -16 LUFS is the stereo target
  output.sample_rate_hz = options.format == "opus" ? 48000 : 44100;
  output.loudness = parse_loudness_option("");
  validate_output_config(output, synthesizer.sample_rate_hz());

  PcmSpool spool;
  ProductionConfig production;
  production.spoken_intro = production.spoken_outro = true;
  int year = 0;
  unsigned month = 0, day = 0;
  std::sscanf(date.c_str(), "%d-%u-%u", &year, &month, &day);
  production.date = spoken_date(year, month, day);
  if (!options.chime_path.empty()) production.chime = load_sound(options.chime_path, synthesizer.sample_rate_hz());
  LanguageChoice language;
  language.per_article = true;
  language.voice_follows_language = options.voice.voice == VoiceConfig{}.voice;

  DailyAudio audio;
  audio.briefing = render_briefing_timed(articles, synthesizer, {}, options.pauses, spool, production, language);
  AudioTags tags{options.podcast.publish.channel.title + " " + date, options.podcast.publish.channel.author, date, ""};
  audio.report = write_briefing_outputs(output, audio.briefing, spool, synthesizer.sample_rate_hz(), tags);
  for (const std::string& path : audio.report.written) audio.staged.push_back({path, file_name(path)});
  return audio;
}

PodcastEpisode daily_episode(const std::string& date, const DailyItems& items, const DailyAudio& audio) {
  PodcastEpisode episode;
  episode.key = "daily:" + date;
  episode.date = date;
  episode.title = episode_title(date, items.articles.front().article.title);
  episode.published_s = episode_time(date, static_cast<std::int64_t>(std::time(nullptr)));
  for (const StagedFile& file : audio.staged) {
    if (file.name.ends_with(".chapters.json")) {
      episode.chapters_file = file.name;
    } else if (file.name.ends_with(".vtt")) {
      episode.transcript_file = file.name;
    } else if (episode.audio_file.empty()) {
      episode.audio_file = file.name;
    }
  }
  episode.duration_ms = audio.report.frames * 1000 / std::max(audio.report.sample_rate_hz, 1);
  for (const DailyArticle& item : items.articles) episode.stories.push_back({item.article.title, item.link, item.feed_title});
  return episode;
}

int run_daily(const DailyOptions& options) {
  std::string date = options.date.empty() ? today_iso() : checked_date(options.date, "--date");
  check_podcast_options(options.podcast);
  if (options.sources.feeds.empty()) throw Error::usage("daily needs at least one --feed (or feed = [...] in the config)");
  const PublishConfig& config = options.podcast.publish;
  FeedLock lock(config.out_dir, options.podcast.lock_wait_seconds);
  FeedState state = load_feed_state(config.out_dir);

  DailyItems items = load_daily_items(options.sources, state, "daily:" + date);
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
  std::vector<Article> articles;
  std::vector<std::string> spoken;
  for (const DailyArticle& item : items.articles) {
    articles.push_back(item.article);
    spoken.push_back(item.item_key);
  }
  DailyAudio audio = make_daily_audio(options, articles, date);
  test_crash_point("daily");
  PodcastEpisode episode = daily_episode(date, items, audio);
  std::string title = episode.title;
  PublishResult result = publish_episode(config, state, std::move(episode), audio.staged, spoken,
                                         static_cast<std::int64_t>(std::time(nullptr)));
  report_published(result, title, options.quiet);
  return items.errors.empty() ? kExitOk : kExitFailed;
}

}  // namespace

void add_daily_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<DailyOptions>();
  CLI::App* command = app.add_subcommand(
      "daily", "Speak today's new feed items into a podcast episode and add it to the folder's feed.xml");
  command->add_option("--feed", options->sources.feeds, "A feed URL (or file) to take items from; repeatable");
  command->add_option("--max-items", options->sources.max_items, "Items taken from each feed, newest first")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  command->add_option("--fetch-timeout", options->sources.fetch_timeout_s, "Seconds allowed per download")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--date", options->date, "The episode's date, YYYY-MM-DD (default: today); makes up a missed day");
  command->add_option("--format", options->format, "Audio format of the episodes")
      ->check(CLI::IsMember({"mp3", "m4a", "opus", "ogg"}))
      ->capture_default_str();
  command->add_option("--chime", options->chime_path, "A short sound between stories (e.g. audio/chime.wav)");
  command->add_option("--timeout", options->timeout_seconds, "Seconds allowed per article before the run stops (0: none)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  add_podcast_options(*command, options->podcast);
  add_voice_options(*command, options->voice);
  add_pause_options(*command, options->pauses);
  command->callback([options, &action] { action = [options] { return run_daily(*options); }; });
}

}  // namespace briefcast::cli
