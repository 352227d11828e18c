// The pipeline glue: reads and cleans articles, turns each into its spoken script
// (segment -> normalize), speaks scripts with pauses into a spool, and lays chapters out.
// Holds no global state of its own; the Synthesizer passed in is the process's one engine.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "assemble/pcm_spool.h"
#include "clean/cleaner.h"
#include "model/article.h"
#include "normalize/normalizer.h"
#include "synth/synthesizer.h"

namespace briefcast {

// Silences inserted between units of speech, in milliseconds.
struct PauseConfig {
  int after_title_ms = 900;
  int sentence_ms = 350;
  int paragraph_ms = 800;
  int chapter_ms = 2000;
};

// Reads `path` ("-" for standard input) and cleans it. Throws Error naming the file.
Article load_article(const std::string& path, const CleanConfig& config = {});

// The segments of `article` with their spoken form filled in.
std::vector<Segment> script_article(const Article& article, const NormalizeConfig& config);

// Speaks `script` into `spool` with the configured pauses between segments (none before the
// first or after the last). Returns the number of frames appended.
std::int64_t speak_script(const std::vector<Segment>& script, Synthesizer& synthesizer, const PauseConfig& pauses,
                          PcmSpool& spool);

// The same into any sink (pauses arrive as runs of zero samples), for writers that stream
// straight to their output. Returns the number of frames passed to `sink`.
std::int64_t speak_script(const std::vector<Segment>& script, Synthesizer& synthesizer, const PauseConfig& pauses,
                          const PcmSink& sink);

// Speaks each article as one chapter, `pauses.chapter_ms` of silence between chapters, and
// returns the chapters with their start frames in `spool`.
std::vector<Chapter> render_briefing(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                     const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool);

}  // namespace briefcast
