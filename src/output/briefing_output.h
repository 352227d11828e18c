// The last step of `build`: from the rendered briefing (mono samples in a spool, chapters in
// frames) to every file the user asked for: the audio in the format its extension names, at
// the loudness, rate and channel count asked for, then chapter sidecars. Each file is written
// atomically, and the audio before anything that refers to it.
#pragma once

#include <string>
#include <vector>

#include "assemble/audio_format.h"
#include "model/audio_tags.h"
#include "assemble/loudness_plan.h"
#include "assemble/pcm_spool.h"
#include "model/article.h"
#include "output/chapter_sidecars.h"
#include "pipeline/briefing.h"

namespace briefcast {

struct OutputConfig {
  std::string audio_path;                      // its extension picks the format
  std::vector<ChapterFormat> chapter_formats;  // sidecars beside the audio, none by default
  LoudnessConfig loudness;
  int sample_rate_hz = 0;                      // 0: keep the synthesizer's rate
  int channels = 1;                            // 1 or 2
  std::string captions_path;                   // .vtt or .srt; empty: no captions
  std::string page_path;                       // .html listening page; empty: none
};

// "off", or a target such as "-16" or "-16.5" (LUFS). Throws Error (Stage::kUsage).
LoudnessConfig parse_loudness_option(const std::string& text);

// Checks what can be checked before synthesis: a known extension, a channel count and rate
// the encoder takes. Throws Error (Stage::kUsage) naming the problem.
void validate_output_config(const OutputConfig& config, int synth_rate_hz);

// The rate the audio is written at: --sample-rate, else 48000 for Opus, else the voice's.
int output_rate_hz(const OutputConfig& config, int synth_rate_hz);

struct OutputReport {
  std::vector<std::string> written;  // every path written, the audio first
  AudioContainer container = AudioContainer::kWav;
  std::int64_t frames = 0;           // audio frames written
  int sample_rate_hz = 0;            // of the audio written
  int channels = 1;
  bool loudness_applied = false;
  LoudnessReport loudness;
};

// What `build` prints when it is done: "FILE: 6 chapter(s), 9:41 of audio, 22050 Hz, 1 channel(s)",
// then the loudness it reached when it normalized. One line, no newline.
std::string describe_output(const OutputReport& report, std::size_t chapter_count);

// "M:SS" for `frames` at `rate_hz` (whole seconds, rounded down; minutes grow past 59).
std::string clock_duration(std::int64_t frames, int rate_hz);

// `spool` holds mono samples at `synth_rate_hz`; the briefing's chapters and segments are
// frames into it. Throws Error (Stage::kOutput or kUsage).
OutputReport write_briefing_outputs(const OutputConfig& config, const RenderedBriefing& briefing,
                                    const PcmSpool& spool, int synth_rate_hz, const AudioTags& tags);

}  // namespace briefcast
