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

struct ArticleRenderConfig {
  VoiceConfig voice;
  PauseConfig pauses;
  CleanConfig clean;
};

struct RenderedArticle {
  std::string title;
  std::int64_t frames = 0;
  int sample_rate_hz = 0;
};

// Speaks `input_path` into `output_path` (atomically) tagged with `content_hash`. Creates the
// process's Synthesizer, so call it where no other one is alive (a worker process). Throws
// Error naming the input.
RenderedArticle render_article(const std::string& input_path, const std::string& output_path,
                               const std::string& content_hash, const ArticleRenderConfig& config);

// Throws what constructing a Synthesizer for `voice` would throw (Error::usage for an unknown
// voice), but does so in a throwaway worker process: eSpeak NG cannot be initialized again
// once terminated, not even in a process forked later, so the batch parent never starts it.
void check_voice_in_worker(const VoiceConfig& voice);

// Payload encoding for sending a RenderedArticle from a worker to the batch parent.
std::string encode_rendered(const RenderedArticle& rendered);
RenderedArticle decode_rendered(const std::string& payload);

}  // namespace briefcast
