// One article into one WAV: what a batch worker does. The WAV has a single chapter titled with
// the headline, the headline as INFO title, and the content hash as INFO comment, so that a
// later run can tell the output is up to date and `join` can title its chapter.
#pragma once

#include <cstdint>
#include <string>

#include "clean/cleaner.h"
#include "pipeline/briefing.h"
#include "synth/synthesizer.h"

namespace briefcast {

// Every setting that shapes one article's audio, in one place: the incremental key
// (render_settings_key) is made from all of it, so no setting can change the audio without
// redoing the outputs it affects.
struct ArticleRenderConfig {
  VoiceConfig voice;
  PauseConfig pauses;
  CleanConfig clean;
  LanguageChoice language{.per_article = true};  // each article in its own language
};

// A readable key of every field of `config` that shapes one article's audio, and the tool's
// version (which stands for the cleaner's tuned thresholds and every rule in code). Not in
// it: pauses.chapter_ms, which only the combined briefing uses.
std::string render_settings_key(const ArticleRenderConfig& config);

struct RenderedArticle {
  std::string title;
  std::int64_t frames = 0;
  int sample_rate_hz = 0;
};

// An article read before the batch began (a fetched page or feed item), with what it was made
// from: `content_key` stands in for the input's bytes in the up-to-date check.
struct PreparedArticle {
  Article article;
  std::string content_key;
};

// As render_article, for an article already read; `input_name` names it in errors.
RenderedArticle render_loaded_article(const Article& article, const std::string& input_name,
                                      const std::string& output_path, const std::string& content_hash,
                                      const ArticleRenderConfig& config);

// Speaks `input_path` into `output_path` (atomically) tagged with `content_hash`. Creates the
// process's Synthesizer, so call it where no other one is alive (a worker process). Throws
// Error naming the input.
RenderedArticle render_article(const std::string& input_path, const std::string& output_path,
                               const std::string& content_hash, const ArticleRenderConfig& config);

// Run once in the batch parent before forking workers. Throws what constructing a Synthesizer
// for `voice` would throw (Error::usage for an unknown voice); otherwise leaves eSpeak NG
// initialized with the voice's dictionary loaded, and the language detector and the number
// formatters loaded, so every worker forked later inherits them instead of loading its own
// (tens of milliseconds per article). The engine is never terminated here: eSpeak NG cannot
// be initialized again once terminated, not even in a process forked later.
void prepare_workers(const VoiceConfig& voice);

// Payload encoding for sending a RenderedArticle from a worker to the batch parent.
std::string encode_rendered(const RenderedArticle& rendered);
RenderedArticle decode_rendered(const std::string& payload);

}  // namespace briefcast
