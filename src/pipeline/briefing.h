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

// The language an article is read in: `requested` when given (--lang), else the page's own
// declared language, else a guess from its text, else English.
std::string article_language(const Article& article, const std::string& requested);

// How each article's language, and the voice that speaks it, are chosen.
struct LanguageChoice {
  bool per_article = false;             // false: every article in NormalizeConfig::language
  std::string forced_language;          // --lang: every article in this language; empty: its own
  bool voice_follows_language = false;  // no --voice given: each article in its language's voice
};

// For one article: the normalize config to use (its language set) and, when the voice
// follows the language, the synthesizer switched to that language's voice.
NormalizeConfig prepare_article_language(const Article& article, const NormalizeConfig& normalize,
                                         const LanguageChoice& choice, Synthesizer& synthesizer);

// Reads a pronunciation lexicon file. Throws Error (Stage::kInput) when it cannot be read;
// bad lines come back in `errors` ("line 3: ...").
LexiconParseResult load_lexicon_file(const std::string& path);

// What surrounds the stories. The defaults give a plain briefing (stories and pauses only);
// `briefcast build` turns the intro and outro on unless asked not to.
struct ProductionConfig {
  bool spoken_intro = false;         // "Briefing for <date>. Three stories: ..."
  bool spoken_outro = false;         // "That was the briefing for <date>."
  std::string date;                  // as spoken, "Friday, November 27"; empty leaves it out
  std::vector<std::int16_t> chime;   // played between stories, at the synthesizer's rate; empty: none
};

// chapter_index of segments spoken outside any story (the intro and outro).
inline constexpr std::size_t kNoChapter = static_cast<std::size_t>(-1);

// Where one spoken segment (a headline or a sentence) sits in the spool, for captions.
struct SpokenSegment {
  std::size_t chapter_index = 0;  // which article, 0-based; kNoChapter for intro and outro
  SegmentKind kind = SegmentKind::kSentence;
  std::string text;               // the written form, as a reader would want to see it
  std::int64_t start_frame = 0;   // where its first word starts (eSpeak's word event), in the spool
  std::int64_t end_frame = 0;     // one past its last synthesized frame
};

// A rendered briefing: the chapters and every spoken segment, in frames of the spool.
struct RenderedBriefing {
  std::vector<Chapter> chapters;
  std::vector<SpokenSegment> segments;
};

// Reads `path` ("-" for standard input) and cleans it. Throws Error naming the file.
Article load_article(const std::string& path, const CleanConfig& config = {});

// The segments of `article` with their spoken form filled in.
std::vector<Segment> script_article(const Article& article, const NormalizeConfig& config);

// Speaks `script` into `spool` with the configured pauses between segments (none before the
// first or after the last). Returns the number of frames appended.
std::int64_t speak_script(const std::vector<Segment>& script, Synthesizer& synthesizer, const PauseConfig& pauses,
                          PcmSpool& spool);

// As speak_script, and returns where each spoken segment landed (chapter_index left 0).
std::vector<SpokenSegment> speak_script_timed(const std::vector<Segment>& script, Synthesizer& synthesizer,
                                              const PauseConfig& pauses, PcmSpool& spool);

// Speaks each article as one chapter, `pauses.chapter_ms` of silence between chapters, and
// returns the chapters with their start frames in `spool` and the timing of every spoken
// segment. With `production`,
// the intro opens the first chapter (which always starts at frame 0), the chime sits in the
// middle of each pause between chapters, and the outro ends the last chapter.
RenderedBriefing render_briefing_timed(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                       const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool,
                                       const ProductionConfig& production = {}, const LanguageChoice& language = {});

}  // namespace briefcast
