// briefcast publish AUDIO... --out-dir DIR --base-url URL: adds briefings made any other way
// (build, batch --combined, join) to a podcast folder's feed. Each file's duration and chapters
// are read from the audio itself; its chapters JSON and WebVTT transcript are taken from
// beside it when they exist (the chapters JSON is made from the audio's chapters otherwise).
#include <sys/stat.h>

#include <ctime>
#include <filesystem>
#include <memory>

#include "assemble/audio_probe.h"
#include "chapters/podcast_json.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/test_hooks.h"
#include "cli/podcast_options.h"
#include "io/atomic_output.h"
#include "model/error.h"
#include "output/chapter_sidecars.h"
#include "output/output_paths.h"
#include "publish/feed_lock.h"

namespace briefcast::cli {

namespace {

namespace fs = std::filesystem;

struct PublishOptions {
  std::vector<std::string> inputs;
  PodcastOptions podcast;
  std::string date;  // empty: each file's modification date
  bool quiet = false;
};

std::string modification_date(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) throw Error::input(path, "cannot read the file");
  std::tm local{};
  localtime_r(&info.st_mtime, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

bool same_folder(const std::string& path, const std::string& dir) {
  std::error_code error;
  return fs::equivalent(fs::absolute(path).parent_path(), dir, error);
}

// Puts `source` into the staging folder as `name`, unless it already is out-dir's own file.
void stage_copy(const std::string& source, const std::string& name, const std::string& out_dir,
                std::vector<StagedFile>& staged) {
  if (same_folder(source, out_dir) && file_name(source) == name) return;
  std::string target = staging_dir(out_dir) + "/" + name;
  std::error_code error;
  fs::copy_file(source, target, fs::copy_options::overwrite_existing, error);
  if (error) throw Error::output(target, "cannot copy " + source + ": " + error.message());
  staged.push_back({target, name});
}

struct StagedEpisode {
  PodcastEpisode episode;
  std::vector<StagedFile> files;
};

StagedEpisode stage_input(const std::string& input, const PublishOptions& options, std::int64_t now_s) {
  const std::string& out_dir = options.podcast.publish.out_dir;
  AudioSummary summary = probe_audio(input);
  std::string name = file_name(input);
  if (name.empty() || name.front() == '.' || name == kFeedFileName) {
    throw Error::input(input, "cannot publish a file of this name");
  }
  StagedEpisode staged;
  PodcastEpisode& episode = staged.episode;
  episode.key = "file:" + name;
  episode.date = options.date.empty() ? modification_date(input) : options.date;
  std::string top = !summary.chapters.empty() ? summary.chapters.front().title : summary.title;
  episode.title = episode_title(episode.date, top.empty() ? strip_extension(name) : top);
  episode.published_s = episode_time(episode.date, now_s);
  episode.audio_file = name;
  episode.duration_ms = summary.duration_ms;
  for (const Chapter& chapter : summary.chapters) episode.stories.push_back({chapter.title, "", ""});

  fs::create_directories(staging_dir(out_dir));
  stage_copy(input, name, out_dir, staged.files);
  std::string chapters_json = chapter_sidecar_path(input, ChapterFormat::kPodcastJson);
  episode.chapters_file = file_name(chapters_json);
  if (fs::exists(chapters_json)) {
    stage_copy(chapters_json, episode.chapters_file, out_dir, staged.files);
  } else if (!summary.chapters.empty()) {
    std::string target = staging_dir(out_dir) + "/" + episode.chapters_file;
    write_file_atomically(target, make_podcast_chapters_json(summary.chapters, kProbeMillisecondRate));
    staged.files.push_back({target, episode.chapters_file});
  } else {
    episode.chapters_file.clear();
  }
  std::string transcript = strip_extension(input) + ".vtt";
  if (fs::exists(transcript)) {
    episode.transcript_file = file_name(transcript);
    stage_copy(transcript, episode.transcript_file, out_dir, staged.files);
  }
  return staged;
}

int run_publish(const PublishOptions& options) {
  if (!options.date.empty()) checked_date(options.date, "--date");
  check_podcast_options(options.podcast);
  const PublishConfig& config = options.podcast.publish;
  FeedLock lock(config.out_dir, options.podcast.lock_wait_seconds);
  FeedState state = load_feed_state(config.out_dir);
  for (const std::string& input : options.inputs) {
    std::int64_t now_s = static_cast<std::int64_t>(std::time(nullptr));
    StagedEpisode staged = stage_input(input, options, now_s);
    test_crash_point("publish");
    std::string title = staged.episode.title;
    PublishResult result = publish_episode(config, state, std::move(staged.episode), staged.files, {}, now_s);
    report_published(result, title, options.quiet);
  }
  return kExitOk;
}

}  // namespace

void add_publish_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<PublishOptions>();
  CLI::App* command = app.add_subcommand(
      "publish", "Add finished briefings (any audio format) as episodes of a podcast folder's feed.xml");
  command->add_option("audio", options->inputs, "Briefings to add (.mp3 .m4a .m4b .ogg .opus .flac .wav)")->required();
  command->add_option("--date", options->date, "The episodes' date, YYYY-MM-DD (default: each file's modification date)");
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  add_podcast_options(*command, options->podcast);
  command->callback([options, &action] { action = [options] { return run_publish(*options); }; });
}

}  // namespace briefcast::cli
