// briefcast build ARTICLE... -o briefing.wav: the whole pipeline into one chaptered briefing,
// in the format its extension names, with optional chapter files, captions and a page.
#include <ctime>
#include <iomanip>
#include <iostream>
#include <optional>

#include "assemble/sound_loader.h"
#include "cli/cli_model.h"
#include "cli/commands.h"
#include "model/audio_tags.h"
#include "cli/common_options.h"
#include "cli/test_hooks.h"
#include "cli/data_files.h"
#include "cli/source_options.h"
#include "cli/engine_guard.h"
#include "io/atomic_output.h"
#include "output/briefing_output.h"
#include "pipeline/announcements.h"
#include "pipeline/briefing.h"
#include "synth/engine_watch.h"

namespace briefcast::cli {

namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  OutputConfig output;  // the CLI fills its plain fields directly; lists are parsed below
  std::optional<std::string> title;
  bool keep_going = false;
  bool quiet = false;
  VoiceConfig voice;
  PauseConfig pauses;
  CleanConfig clean;
  SourceOptions sources;
  std::string chapter_formats;  // "cue,ffmeta,json,vtt" or "all"; parsed by the library
  std::string loudness;         // "off" or LUFS; empty: the default for the channel count
  bool no_intro = false;
  std::string chime_path;
  std::string language;      // --lang; empty: each article's own or detected
  bool voice_given = false;  // --voice was set: it speaks every article
  std::string lexicon_path;
  double timeout_seconds = kDefaultArticleTimeoutSeconds;
  TimeBudget budget;
};

int run_build(const BuildOptions& options) {
  // Fail fast on what costs nothing to check: the options, the voice and the output location.
  OutputConfig output = options.output;
  output.chapter_formats = parse_chapter_formats(options.chapter_formats);
  output.loudness = parse_loudness_option(options.loudness);
  { AtomicOutput probe(output.audio_path); }  // a folder or a missing one is an output error (1)
  Synthesizer synthesizer(options.voice);
  // One process speaks every article here (batch gives each its own worker): an engine crash
  // or hang ends the run with an error naming the article.
  install_engine_guard(options.timeout_seconds);
  set_engine_watch_fault_hook(test_fault_hook());
  validate_output_config(output, synthesizer.sample_rate_hz());

  std::vector<Article> articles;
  int failures = 0;
  for (SourcedArticle& loaded : load_sources(options.inputs, make_source_config(options.sources, options.clean))) {
    if (loaded.article) {
      articles.push_back(*std::move(loaded.article));
    } else {
      report_error(*loaded.error);
      ++failures;
    }
  }
  if (failures > 0 && !options.keep_going) {
    report_error(output.audio_path + ": not written (" + std::to_string(failures) +
                 " article(s) failed; --keep-going builds the rest)");
    return kExitFailed;
  }
  if (articles.empty()) {
    report_error(output.audio_path + ": not written (no article could be read)");
    return kExitFailed;
  }

  NormalizeConfig normalize;
  if (!options.lexicon_path.empty()) normalize.lexicon = load_lexicon(options.lexicon_path);
  LanguageChoice language;
  language.per_article = true;
  language.forced_language = options.language;
  language.voice_follows_language = !options.voice_given;
  PcmSpool spool;
  ProductionConfig production;
  production.spoken_intro = !options.no_intro;
  production.spoken_outro = !options.no_intro;
  production.date = today_spoken();
  if (!options.chime_path.empty()) production.chime = load_sound(find_sound(options.chime_path), synthesizer.sample_rate_hz());
  RenderedBriefing briefing =
      options.budget.active()
          ? render_briefing_budgeted(articles, synthesizer, normalize, options.pauses, spool, production, language,
                                     options.budget)
          : render_briefing_timed(articles, synthesizer, normalize, options.pauses, spool, production, language);

  AudioTags tags;
  tags.date = today_iso();
  tags.title = options.title.value_or(default_briefing_title(tags.date));
  tags.artist = "briefcast";
  OutputReport report = write_briefing_outputs(output, briefing, spool, synthesizer.sample_rate_hz(), tags);

  if (!options.quiet) {
    std::cerr << printable(describe_output(report, briefing.chapters.size())) << '\n';
    for (std::size_t i = 1; i < report.written.size(); ++i) std::cerr << printable(report.written[i]) << '\n';
  }
  return failures > 0 ? kExitFailed : kExitOk;
}

}  // namespace

void add_build_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* command = app.add_subcommand("build", "Speak articles into one briefing, a chapter per article");
  command->add_option("articles", options->inputs,
                      "Article files (copied page text or HTML) or http(s) URLs of pages; - reads stdin")
      ->type_name(kFileValue);
  command->add_option("-o,--output", options->output.audio_path,
                      "The briefing to write; the extension picks the format: .wav .flac .ogg .opus .mp3 .m4a .m4b")
      ->type_name(kFileValue)
      ->required();
  command->add_option("--chapters", options->chapter_formats,
                      "Chapter files beside the audio: any of cue,ffmeta,json,vtt, or all")
      ->type_name("LIST");
  command->add_option("--loudness", options->loudness,
                      "Integrated loudness target in LUFS, or 'off' (default -19 mono, -16 stereo; true peak <= -1 dBTP)")
      ->type_name("LUFS");
  command->add_option("--sample-rate", options->output.sample_rate_hz,
                      "Output sample rate in Hz (default: the voice's 22050; 48000 for .opus)")
      ->type_name("HZ")
      ->check(CLI::Range(8000, 192000));
  command->add_option("--channels", options->output.channels, "Output channels: 1, or 2 (the mono voice in both)")
      ->type_name("N")
      ->check(CLI::IsMember({1, 2}))
      ->capture_default_str();
  command->add_option("--captions", options->output.captions_path, "Sentence-timed captions to write (.vtt or .srt)")
      ->type_name(kFileValue);
  command->add_option("--page", options->output.page_path,
                      "A listening page to write (.html): player, chapter buttons, highlighted transcript")
      ->type_name(kFileValue);
  command->add_flag("--no-intro", options->no_intro, "Leave out the spoken intro and outro");
  command
      ->add_option("--chime", options->chime_path,
                   "A short sound to play between stories: a sound file, or the name of an installed one (chime)")
      ->type_name(kFileValue);
  command->add_option("--title", options->title, "Briefing title (default: \"Briefing YYYY-MM-DD\")");
  command->add_option("--timeout", options->timeout_seconds, "Seconds allowed per article before the run stops (0: none)")
      ->type_name("SECONDS")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_flag("--keep-going", options->keep_going, "Build from the readable articles when some fail (exit 1)");
  command->add_flag("-q,--quiet", options->quiet, "Print nothing but errors");
  command->add_option("--lang", options->language,
                      "Language of every article (BCP 47, e.g. en, de); default: the page's own or detected")
      ->type_name("TAG");
  command->add_option("--lexicon", options->lexicon_path, "Pronunciation lexicon file (word = respelling per line)")
      ->type_name(kFileValue);
  add_voice_options(*command, options->voice);
  add_pause_options(*command, options->pauses);
  add_input_kind_options(*command, options->clean);
  add_budget_options(*command, options->budget);
  add_feed_options(*command, options->sources);
  add_fetch_options(*command, options->sources);
  command->callback([options, command, &action] {
    if (options->inputs.empty() && options->sources.feeds.empty() && options->sources.opml_files.empty()) {
      throw CLI::RequiredError("build needs articles, --feed or --opml");
    }
    // Without --voice, each article is spoken by the voice of its own language.
    options->voice_given = command->count("--voice") > 0;
    action = [options] { return run_build(*options); };
  });
}

}  // namespace briefcast::cli
